import type { Browser, Page } from 'playwright-core';
import { axeViolations } from './support/axe';
import { launchChromium } from './support/browser';
import { errorText, text } from './support/catalogue';
import { focusedMatches, tabTo, typeInto } from './support/keyboard';
import { certify, chooseNationality, datePartsIn, receiptShown, send, typeDateOfBirth, typePartA } from './support/signing';
import { cleanUpTestData, startWebApp, type WebApp } from './support/web-app';

/*
 * The date of birth in three fields (day, month, year, in the order the language writes dates)
 * and the Annex III certification, with the keyboard alone. The proof of work is off here (the
 * flow tests solve it).
 */
describe('signing page: date of birth and certification', () => {
  let app: WebApp;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    [app, browser] = await Promise.all([startWebApp({ ECI_CAPTCHA: 'off' }), launchChromium()]);
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

  const open = async (lang: string, country: string) => {
    await page.goto(`${app.baseUrl}/${lang}/demo`);
    await page.locator('h1').first().waitFor();
    await chooseNationality(page, lang, country);
  };
  const ids = (parts: string[]) => parts.map((part) => `field-dateOfBirth-${part}`);
  const shownOrder = () => page.locator('#field-dateOfBirth input').evaluateAll((inputs) => inputs.map((input) => input.id));

  it('is one fieldset with a legend, a hint and three labelled numeric fields, day first in French and year first in Hungarian', async () => {
    await open('fr', 'FR');
    const group = page.locator('fieldset#field-dateOfBirth');
    expect(await group.locator('legend').innerText()).toBe(text('fr', 'fields.dateOfBirth.label'));
    expect(await group.getAttribute('aria-describedby')).toBe('field-dateOfBirth-hint');
    expect(await page.locator('#field-dateOfBirth-hint').innerText()).toBe(text('fr', 'fields.dateOfBirth.hint'));
    expect(await shownOrder()).toEqual(ids(['day', 'month', 'year']));
    for (const part of ['day', 'month', 'year']) {
      const input = page.locator(`#field-dateOfBirth-${part}`);
      expect(await page.locator(`label[for="field-dateOfBirth-${part}"]`).innerText()).toBe(text('fr', `page.date.${part}`));
      expect({ part, inputmode: await input.getAttribute('inputmode'), autocomplete: await input.getAttribute('autocomplete'), type: await input.getAttribute('type') }).toEqual({
        part,
        inputmode: 'numeric',
        autocomplete: `bday-${part}`,
        type: 'text',
      });
    }
    // Unticked by default, the Commission's wording as its label.
    expect(await page.locator('#field-certified').isChecked()).toBe(false);
    expect(await page.locator('label[for="field-certified"]').innerText()).toBe(text('fr', 'certification.statement'));

    await open('hu', 'SK'); // a Slovak national reading Hungarian (Slovakia asks for the date of birth)
    expect(await shownOrder()).toEqual(ids(datePartsIn('hu')));
    expect(datePartsIn('hu')).toEqual(['year', 'month', 'day']);
    expect(await page.locator('#field-dateOfBirth-hint').innerText()).toBe(text('hu', 'fields.dateOfBirth.hint'));
  });

  it('a signer reading Hungarian types the date year first with the keyboard; the page sends one YYYY-MM-DD date and the certification', async () => {
    await open('hu', 'SK');
    await typePartA(
      page,
      { fullFirstNames: 'Eszter', familyNames: 'Kovács', street: 'Hradná', streetNumber: '7', postalCode: '94501', city: 'Komárno', residenceCountry: 'SK', dateOfBirth: '1985-11-02' },
      text('hu', 'countries.SK'),
      'hu',
    );
    await certify(page);
    const request = page.waitForRequest((r) => r.method() === 'POST' && r.url().endsWith('/api/initiatives/demo/signatures'));
    await send(page);
    const body = (await request).postDataJSON() as Record<string, unknown>;
    expect(body).toMatchObject({ nationality: 'SK', dateOfBirth: '1985-11-02', certified: true });
    expect(Object.keys(body).filter((key) => key.startsWith('dateOfBirth'))).toEqual(['dateOfBirth']);
    await receiptShown(page, 'hu');
  });

  it('refuses 31/02 with one message for the group, marks the day, and the summary link focuses it', async () => {
    await open('fr', 'FR');
    await typeDateOfBirth(page, 'fr', '1985-02-31');
    await page.keyboard.press('Tab'); // leaving the group checks it (moving inside it does not)

    const expected = errorText('fr', { field: 'dateOfBirth', code: 'invalid_date', params: { reason: 'date' } });
    await expect(page.locator('#field-dateOfBirth-error').innerText()).resolves.toContain(expected);
    expect(await page.locator('#field-dateOfBirth .error-message').count()).toBe(1);
    expect(await page.getAttribute('fieldset#field-dateOfBirth', 'aria-describedby')).toBe('field-dateOfBirth-hint field-dateOfBirth-error');
    const invalid = () => page.locator('#field-dateOfBirth input[aria-invalid="true"]').evaluateAll((inputs) => inputs.map((input) => input.id));
    expect(await invalid()).toEqual(['field-dateOfBirth-day']);

    await send(page);
    await page.locator('.error-summary').waitFor();
    expect(await focusedMatches(page, '.error-summary')).toBe(true);
    const link = page.locator('.error-summary a[href="#field-dateOfBirth"]');
    expect((await link.innerText()).split('\n')).toEqual([text('fr', 'fields.dateOfBirth.label'), expected]);
    await link.focus();
    await page.keyboard.press('Enter');
    expect(await focusedMatches(page, '#field-dateOfBirth-day')).toBe(true);

    // A two-digit year: the year is marked, and the link now goes to it.
    await page.fill('#field-dateOfBirth-day', '2');
    await page.fill('#field-dateOfBirth-month', '11');
    await page.fill('#field-dateOfBirth-year', '85');
    await send(page);
    await page.locator('.error-summary').waitFor();
    expect(await invalid()).toEqual(['field-dateOfBirth-year']);
    await page.locator('.error-summary a[href="#field-dateOfBirth"]').focus();
    await page.keyboard.press('Enter');
    expect(await focusedMatches(page, '#field-dateOfBirth-year')).toBe(true);

    // Leading zeros are fine: 02 / 11 / 1985 takes away the error.
    await page.fill('#field-dateOfBirth-day', '02');
    await page.fill('#field-dateOfBirth-year', '1985');
    await expect(page.locator('#field-dateOfBirth-error').count()).resolves.toBe(0);
  });

  it('a signer too young: the whole date is marked', async () => {
    await open('el', 'GR');
    const year = new Date().getUTCFullYear() - 10;
    await typeDateOfBirth(page, 'el', `${year}-01-01`);
    await page.keyboard.press('Tab');
    await page.locator('#field-dateOfBirth-error').waitFor();
    expect(await page.locator('#field-dateOfBirth input[aria-invalid="true"]').count()).toBe(3);
  });

  it('without the certification: the summary says so, links to the box, and the statement is not sent until it is ticked', async () => {
    await open('pl', 'PL');
    await typeInto(page, '#field-fullFirstNames', 'Zofia');
    let sent = 0;
    page.on('request', (r) => {
      if (r.method() === 'POST' && r.url().includes('/signatures')) sent++;
    });
    await send(page);
    await page.locator('.error-summary').waitFor();
    const link = page.locator('.error-summary a[href="#field-certified"]');
    expect((await link.innerText()).split('\n')).toEqual([text('pl', 'certification.title'), text('pl', 'certification.required')]);
    expect(await page.locator('#field-certified-error').innerText()).toContain(text('pl', 'certification.required'));
    expect(await page.getAttribute('#field-certified', 'aria-describedby')).toBe('field-certified-error');
    await link.focus();
    await page.keyboard.press('Enter');
    expect(await focusedMatches(page, '#field-certified')).toBe(true);
    await page.keyboard.press('Space');
    await expect(page.locator('#field-certified-error').count()).resolves.toBe(0);
    expect(sent).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('moving between the three fields with Tab and Shift+Tab raises no error before the group is left', async () => {
    await open('sv', 'FI'); // a Finn reading Swedish: year first
    await tabTo(page, '#field-dateOfBirth-year');
    await page.keyboard.type('1990');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.type('5');
    await page.keyboard.press('Tab');
    expect(await focusedMatches(page, '#field-dateOfBirth-day')).toBe(true);
    expect(await page.locator('#field-dateOfBirth-error').count()).toBe(0);
  });
});
