import { LANGUAGES, type Language } from '@eci/rules';
import type { Browser, Page } from 'playwright-core';
import { pesel } from '../../api/test/fixtures/identity-numbers';
import { axeViolations } from './support/axe';
import { launchChromium } from './support/browser';
import { text } from './support/catalogue';
import { fillDateOfBirth } from './support/signing';
import { cleanUpTestData, startWebApp, type WebApp } from './support/web-app';

/*
 * axe-core (WCAG 2.1 A and AA) on the states of the signing page, in all 24 languages: the page
 * of an initiative collecting through the COCS (no form), the initiative, the empty form, the form
 * with errors, the date of birth (three fields) refused for one part, the confirmation. The
 * certification is ticked before each statement is sent. One app, one browser,
 * one statement per language (a different identity each time); the proof of work is off here
 * (the flow tests check the page with it).
 */

type Signer = { country: string; fill(page: Page, n: number, lang: Language): Promise<void> };

const SIGNERS: Signer[] = [
  {
    // Part A
    country: 'FR',
    async fill(page, n, lang) {
      await page.fill('#field-fullFirstNames', 'Claire');
      await page.fill('#field-familyNames', `Martin ${lang.toUpperCase()}`);
      await page.fill('#field-street', 'Rue des Lilas');
      await page.fill('#field-streetNumber', String(n + 1));
      await page.fill('#field-postalCode', '75011');
      await page.fill('#field-city', 'Paris');
      await page.selectOption('#field-residenceCountry', 'FR');
      await fillDateOfBirth(page, '1981-04-12');
    },
  },
  {
    // Part B, one document
    country: 'PL',
    async fill(page, n) {
      await page.fill('#field-fullFirstNames', 'Ewa');
      await page.fill('#field-familyNames', 'Wiśniewska');
      await page.fill('#field-idDocumentNumber', pesel('1980-02-02', 100 + n));
    },
  },
  {
    // Part B, a choice of documents (radios)
    country: 'PT',
    async fill(page, n) {
      await page.fill('#field-fullFirstNames', 'Maria');
      await page.fill('#field-familyNames', 'Silva');
      await page.check('input[name="idDocumentType"][value="passport"]');
      await page.fill('#field-idDocumentNumber', `PA${String(100000 + n)}`);
    },
  },
  {
    // Part A, a German living abroad (the note about registration with the mission shows)
    country: 'DE',
    async fill(page, n, lang) {
      await page.fill('#field-fullFirstNames', 'Jonas');
      await page.fill('#field-familyNames', `Becker ${lang.toUpperCase()}`);
      await page.fill('#field-street', 'Stephansplatz');
      await page.fill('#field-streetNumber', String(n + 1));
      await page.fill('#field-postalCode', '1010');
      await page.fill('#field-city', 'Wien');
      await page.selectOption('#field-residenceCountry', 'AT');
      await fillDateOfBirth(page, '1975-09-30');
    },
  },
];

/** Two pages check two languages at a time (axe runs in the page; the test mostly waits). */
const PAIRS = LANGUAGES.flatMap((lang, n) => (n % 2 === 0 ? [[lang, LANGUAGES[n + 1]] as const] : []));

describe('signing page: accessibility (axe, WCAG 2.1 AA) in 24 languages', () => {
  let app: WebApp;
  let browser: Browser;
  let pages: Page[];

  beforeAll(async () => {
    [app, browser] = await Promise.all([startWebApp({ ECI_CAPTCHA: 'off' }), launchChromium()]);
    pages = await Promise.all([0, 1].map(async () => (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage()));
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await cleanUpTestData();
  });

  /** The four states of the page in one language, signing with the n-th identity. */
  async function violationsIn(page: Page, lang: Language): Promise<Record<string, string[]>> {
    const n = LANGUAGES.indexOf(lang);
    const signer = SIGNERS[n % SIGNERS.length];
    const found: Record<string, string[]> = {};

    // An initiative collecting online through the Commission's COCS: no form, a link there in this language.
    await page.goto(`${app.baseUrl}/${lang}/demo-cocs`);
    await page.locator('#cocs-signing').waitFor();
    expect(await page.locator('#field-nationality, form').count()).toBe(0);
    expect(new URL((await page.getAttribute('#cocs-link', 'href')) as string).searchParams.get('lang')).toBe(lang);
    expect((await page.locator('.demo-notice strong').innerText()).trim()).toBe(text(lang, 'page.demo.body'));
    found['COCS page'] = await axeViolations(page);

    await page.goto(`${app.baseUrl}/${lang}/demo`);
    await page.locator('#field-nationality').waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe(lang);
    expect((await page.locator('.demo-notice strong').innerText()).trim()).toBe(text(lang, 'page.demo.body'));
    found['initiative page'] = await axeViolations(page);

    await page.selectOption('#field-nationality', signer.country);
    await page.locator('#field-fullFirstNames').waitFor();
    found['empty form'] = await axeViolations(page);

    await page.click('button[type="submit"]');
    await page.locator('.error-summary').waitFor();
    found['form with errors'] = await axeViolations(page);

    // The date of birth in every language (Part B signers have none: a French national's form shows it).
    if (signer.country !== 'FR' && signer.country !== 'DE') await page.selectOption('#field-nationality', 'FR');
    await fillDateOfBirth(page, '1985-02-31');
    await page.fill('#field-dateOfBirth-year', '85');
    await page.click('button[type="submit"]');
    await page.locator('#field-dateOfBirth-year[aria-invalid="true"]').waitFor();
    found['date of birth refused'] = await axeViolations(page);
    if (signer.country !== 'FR' && signer.country !== 'DE') await page.selectOption('#field-nationality', signer.country);

    await signer.fill(page, n, lang);
    await page.check('#field-certified');
    if (signer.country === 'DE') {
      // A German living in Austria is told about registering with the German mission (notesFor).
      expect(await page.locator('.inset--note').innerText()).toBe(text(lang, 'notes.germansAbroad'));
    }
    await page.click('button[type="submit"]');
    await page.locator('#receipt-id').waitFor();
    found.confirmation = await axeViolations(page);
    return found;
  }

  const none = { 'COCS page': [], 'initiative page': [], 'empty form': [], 'form with errors': [], 'date of birth refused': [], confirmation: [] };

  it.each(PAIRS)('%s and %s: the COCS page, the initiative, the empty form, the form with errors, a refused date of birth and the confirmation', async (first, second) => {
    const [a, b] = await Promise.all([violationsIn(pages[0], first), violationsIn(pages[1], second)]);
    expect({ [first]: a, [second]: b }).toEqual({ [first]: none, [second]: none });
  });

  it('the receipt page and the already-signed page too (English)', async () => {
    const page = pages[0];
    await page.goto(`${app.baseUrl}/en/demo`);
    await page.selectOption('#field-nationality', 'PL');
    await SIGNERS[1].fill(page, 1000, 'en');
    await page.check('#field-certified');
    await page.click('button[type="submit"]');
    const receipt = (await page.locator('#receipt-id').innerText()).trim();
    await page.goto(`${app.baseUrl}/en/demo/receipt/${receipt}`);
    await page.locator('#receipt-status').waitFor();
    const found: Record<string, string[]> = { receipt: await axeViolations(page) };

    await page.goto(`${app.baseUrl}/en/demo`);
    await page.selectOption('#field-nationality', 'PL');
    await SIGNERS[1].fill(page, 1000, 'en');
    await page.check('#field-certified');
    await page.click('button[type="submit"]');
    await page.locator('.panel--info').waitFor();
    found['already signed'] = await axeViolations(page);
    expect(found).toEqual({ receipt: [], 'already signed': [] });
  });
});
