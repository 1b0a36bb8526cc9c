import type { Browser, Page } from 'playwright-core';
import { pesel, withWrongCheckDigit } from '../../api/test/fixtures/identity-numbers';
import { axeViolations } from './support/axe';
import { launchChromium } from './support/browser';
import { errorText, text } from './support/catalogue';
import { focusedMatches, tabTo } from './support/keyboard';
import { watchCspViolations } from './support/page-watch';
import { certify, chooseNationality, receiptShown, send, solveProofOfWork, typePartA, typePartB } from './support/signing';
import { cleanUpTestData, startWebApp, type WebApp } from './support/web-app';

/*
 * Signing with the keyboard alone (Tab, Space, Enter, typing), the ALTCHA proof of work really
 * solved in the browser (ECI_CAPTCHA=on), receipts confirmed by the API.
 */
describe('signing page: the flow', () => {
  let app: WebApp;
  let browser: Browser;
  let page: Page;
  const polish = { fullFirstNames: 'Anna Maria', familyNames: 'Kowalska', idDocumentNumber: pesel('1985-03-14', 1234) };

  beforeAll(async () => {
    [app, browser] = await Promise.all([startWebApp({ ECI_CAPTCHA: 'on' }), launchChromium()]);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await cleanUpTestData();
  });
  beforeEach(async () => {
    page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  });
  afterEach(() => page?.context().close());

  const open = async (path: string) => {
    await page.goto(`${app.baseUrl}${path}`);
    await page.locator('h1').first().waitFor();
  };

  it('a French signer (Part A) signs with the keyboard alone and the receipt confirms it', async () => {
    const violations = await watchCspViolations(page);
    await open('/fr/demo');
    expect(await page.getAttribute('html', 'lang')).toBe('fr');

    await chooseNationality(page, 'fr', 'FR');
    await typePartA(
      page,
      { fullFirstNames: 'Jean-Luc Émile', familyNames: 'Moreau', street: 'Rue de la République', streetNumber: '12 bis', postalCode: '69002', city: 'Lyon', residenceCountry: 'FR', dateOfBirth: '1979-11-02' },
      text('fr', 'countries.FR'),
      'fr',
    );
    await certify(page);
    await solveProofOfWork(page, 'fr');
    expect(await axeViolations(page)).toEqual([]); // the form with the proof-of-work widget, solved
    await send(page);

    const receipt = await receiptShown(page, 'fr');
    expect(await focusedMatches(page, 'h1')).toBe(true);
    const confirmed = await app.http.get(`/api/receipts/${receipt}`).expect(200);
    expect(confirmed.body).toEqual({ status: 'counted', initiative: 'demo', signedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });

    // The receipt page, reached with the keyboard, says the same.
    await tabTo(page, `a[href="/fr/demo/receipt/${receipt}"]`);
    await page.keyboard.press('Enter');
    await page.locator('#receipt-status', { hasText: text('fr', 'page.receipt.counted') }).waitFor();
    expect(await violations()).toEqual([]);
  });

  it('a Polish signer (Part B) signs with the keyboard alone and the receipt confirms it', async () => {
    await open('/pl/demo');
    expect(await page.getAttribute('html', 'lang')).toBe('pl');
    await chooseNationality(page, 'pl', 'PL');
    await typePartB(page, polish);
    await certify(page);
    await solveProofOfWork(page, 'pl');
    await send(page);
    const receipt = await receiptShown(page, 'pl');
    await app.http.get(`/api/receipts/${receipt}`).expect(200);
    const rows = await app.sql<{ nationality: string }>('SELECT nationality FROM signatures WHERE id = $1', [receipt]);
    expect(rows).toEqual([{ nationality: 'PL' }]);
  });

  it('a wrong PESEL shows the checksum error next to the field and in the summary, in Polish, as the server words it', async () => {
    const wrong = withWrongCheckDigit(pesel('1990-01-01', 7));
    await open('/pl/demo');
    await chooseNationality(page, 'pl', 'PL');
    await typePartB(page, { fullFirstNames: 'Piotr', familyNames: 'Nowak', idDocumentNumber: wrong });
    await page.keyboard.press('Tab'); // leaving the field checks it

    const expected = errorText('pl', { field: 'idDocumentNumber', code: 'checksum' });
    const server = await app.http
      .post('/api/initiatives/demo/signatures')
      .send({ nationality: 'PL', lang: 'pl', fullFirstNames: 'Piotr', familyNames: 'Nowak', idDocumentType: 'national.id.number', idDocumentNumber: wrong, certified: true })
      .expect(422);
    expect(server.body.errors).toContainEqual(expect.objectContaining({ field: 'idDocumentNumber', code: 'checksum', message: expected, overridable: true }));

    const inline = page.locator('#field-idDocumentNumber-error');
    await expect(inline.innerText()).resolves.toContain(expected);
    expect(await page.getAttribute('#field-idDocumentNumber', 'aria-invalid')).toBe('true');
    expect(await page.getAttribute('#field-idDocumentNumber', 'aria-describedby')).toContain('field-idDocumentNumber-error');

    // On submit the summary takes the focus and links to the field.
    await send(page);
    await page.locator('.error-summary').waitFor();
    expect(await focusedMatches(page, '.error-summary')).toBe(true);
    const link = page.locator('.error-summary a[href="#field-idDocumentNumber"]');
    expect((await link.innerText()).split('\n')).toEqual([text('pl', 'documents.PL.national_id_number.label'), expected]);
    expect(await page.title()).toMatch(new RegExp(`^${text('pl', 'page.errorTitlePrefix')}`));
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await focusedMatches(page, '#field-idDocumentNumber')).toBe(true);

    // "My number is correct": the rules call the error overridable; once confirmed, it is accepted and flagged.
    await tabTo(page, '#field-confirmIdFormat');
    await page.keyboard.press('Space');
    await expect(page.locator('#field-idDocumentNumber-error').count()).resolves.toBe(0);
    await certify(page);
    await solveProofOfWork(page, 'pl');
    await send(page);
    const receipt = await receiptShown(page, 'pl');
    const rows = await app.sql<{ id_format_confirmed: boolean }>('SELECT id_format_confirmed FROM signatures WHERE id = $1', [receipt]);
    expect(rows).toEqual([{ id_format_confirmed: true }]);
  });

  it('a second statement of the same person is explained kindly: their support already counts', async () => {
    await open('/pl/demo');
    await chooseNationality(page, 'pl', 'PL');
    await typePartB(page, { ...polish, fullFirstNames: 'Anna' });
    await certify(page);
    await solveProofOfWork(page, 'pl');
    await send(page);
    await page.locator('h1', { hasText: text('pl', 'page.alreadySigned.title') }).waitFor();
    expect(await focusedMatches(page, 'h1')).toBe(true);
    await expect(page.locator('main').innerText()).resolves.toContain(text('pl', 'page.alreadySigned.why'));
  });

  it('explains refusals in the summary: rate limit, closed collection, refused proof of work, server-side field errors', async () => {
    const answers: { status: number; errors: { field: string | null; code: string; message: string; params?: object }[] }[] = [
      { status: 429, errors: [{ field: null, code: 'rate_limited', message: 'x' }] },
      { status: 409, errors: [{ field: null, code: 'collection_ended', message: 'x' }] },
      { status: 422, errors: [{ field: 'familyNames', code: 'too_long', message: 'x', params: { max: 150 } }] },
      { status: 422, errors: [{ field: 'captcha', code: 'captcha', message: 'x', params: { reason: 'used' } }] },
    ];
    await page.route('**/api/initiatives/demo/signatures', (route) => {
      const answer = answers.shift() as (typeof answers)[number];
      return route.fulfill({ status: answer.status, contentType: 'application/json', body: JSON.stringify({ errors: answer.errors }) });
    });
    await open('/en/demo');
    await chooseNationality(page, 'en', 'PL');
    await typePartB(page, { fullFirstNames: 'Jan', familyNames: 'Kowalski', idDocumentNumber: pesel('1970-06-06', 55) });
    await certify(page);
    await solveProofOfWork(page, 'en');

    const summary = page.locator('.error-summary');
    for (const key of ['page.outcome.rateLimited', 'page.outcome.closed']) {
      await send(page);
      await summary.filter({ hasText: text('en', key) }).waitFor();
      expect(await focusedMatches(page, '.error-summary')).toBe(true);
    }
    await send(page);
    const tooLong = errorText('en', { field: 'familyNames', code: 'too_long', params: { max: 150 } });
    await page.locator('#field-familyNames-error', { hasText: tooLong }).waitFor();
    expect(await summary.locator('a[href="#field-familyNames"]').innerText()).toContain(tooLong);

    await send(page);
    await summary.filter({ hasText: text('en', 'page.captcha.failed') }).waitFor();
    await expect(page.locator('altcha-widget .altcha').getAttribute('data-state')).resolves.toBe('unverified');
  });
});
