import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { expectVerifiedExport } from '../../api/test/fixtures/export-zip';
import { demoExportCredentials } from '../../api/test/fixtures/exports';
import { pesel } from '../../api/test/fixtures/identity-numbers';
import { demoCredentials } from '../../api/test/fixtures/sessions';
import { launchChromium, openDesktopPage } from './support/browser';
import { text } from './support/catalogue';
import { fillExportForm, followLink, signInToConsole } from './support/console';
import { chooseByTyping, tabTo, waitForFocus } from './support/keyboard';
import { watchCspViolations } from './support/page-watch';
import { cleanUpTestData, startWebApp, type WebApp } from './support/web-app';

/*
 * The demo auditor, with the keyboard alone (Tab, typing, Enter, Space; the two files chosen with
 * setInputFiles, as a file dialog cannot be driven), exports Poland from the console: the ZIP the
 * browser downloads verifies as the export API tests check it (signed PDF, valid XML, manifest and
 * its signature), it is listed among earlier exports with its SHA-256, a wrong passphrase is
 * refused in the user's language; then the audit trail is verified in place, and after an entry is
 * changed in the database the verdict names it and leads to it.
 */
/** A console text as i18n/console/{feature}/{lang}.json gives it (`console.{feature}.{key}`), placeholders filled. */
function consoleText(lang: string, key: string, params: Record<string, string> = {}): string {
  const [, feature, ...path] = key.split('.');
  const catalogue = JSON.parse(readFileSync(join(__dirname, '../../../i18n/console', feature, `${lang}.json`), 'utf8')) as Record<string, unknown>;
  const found = path.reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], catalogue);
  if (typeof found !== 'string') throw new Error(`No text ${key} in ${lang}`);
  return found.replace(/\{\{(\w+)\}\}/g, (_, name: string) => params[name]);
}

describe('console: exports and the audit trail', () => {
  let app: WebApp;
  let browser: Browser;
  let page: Page;
  const poles = [
    { fullFirstNames: 'Zofia', familyNames: 'Wiśniewska', idDocumentNumber: pesel('1970-03-03', 31) },
    { fullFirstNames: 'Grzegorz', familyNames: 'Dąbrowski', idDocumentNumber: pesel('1955-12-12', 512) },
  ];
  const french = { fullFirstNames: 'Éloïse', familyNames: 'Lefèvre', dateOfBirth: '1992-02-29', street: 'Rue Oberkampf', streetNumber: '4', postalCode: '75011', city: 'Paris', residenceCountry: 'FR' };
  const files = (dataDir: string) => ({ keyFile: `${dataDir}/demo-organiser-key.json`, certificate: `${dataDir}/demo-certificate.p12` });

  beforeAll(async () => {
    [app, browser] = await Promise.all([startWebApp({ ECI_CAPTCHA: 'off' }), launchChromium()]);
    for (const p of poles) await app.http.post('/api/initiatives/demo/signatures').send({ nationality: 'PL', idDocumentType: 'national.id.number', certified: true, ...p }).expect(201);
    await app.http.post('/api/initiatives/demo/signatures').send({ nationality: 'FR', certified: true, ...french }).expect(201);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await cleanUpTestData();
  });
  beforeEach(async () => {
    page = await openDesktopPage(browser);
  });
  afterEach(() => page?.context().close());

  /** From anywhere in the console: Tab to a section of the demo initiative and open it with Enter. */
  const openSection = async (lang: string, section: string) => {
    await followLink(page, `/${lang}/console/demo/${section}`);
    await page.locator('h1').first().waitFor();
  };

  /** The console's home → the demo initiative (its sections' navigation). */
  const openDemo = async (lang: string) => {
    await followLink(page, `/${lang}/console/demo`);
    await page.locator('.console-nav').waitFor();
  };

  /** Fills the export form with the keyboard (and the files with setInputFiles); the focus on its button. */
  const fillExport = (country: string, passphrase: string, certificatePassphrase: string) =>
    fillExportForm(page, { country, ...files(app.env.ECI_DATA_DIR), passphrase, certificatePassphrase });

  it('exports Poland, and the downloaded ZIP verifies; the export is listed with its SHA-256 and the form keeps nothing', async () => {
    const violations = await watchCspViolations(page);
    const { auditor } = demoCredentials(app);
    const credentials = demoExportCredentials(app.env.ECI_DATA_DIR);
    await signInToConsole(page, app.baseUrl, auditor);
    await openDemo('en');
    await openSection('en', 'progress');
    expect(await page.locator('#country-table tr[data-country="PL"] td').first().textContent()).toBe('2');

    await openSection('en', 'exports');
    await page.locator('.console-earlier-exports').getByText(consoleText('en', 'console.exports.earlier.none')).waitFor();
    await fillExport('Poland', credentials.passphrase, credentials.certificatePassphrase);
    expect(await page.locator('#field-language').inputValue()).toBe('pl');

    // Every text the status region shows while the export is made, however short the wait.
    await page.evaluate(() => {
      const region = document.querySelector('.console-export-status') as HTMLElement;
      const seen: string[] = [];
      (window as unknown as { statusTexts: string[] }).statusTexts = seen;
      new MutationObserver(() => seen.push(region.textContent ?? '')).observe(region, { subtree: true, childList: true, characterData: true });
    });
    // The export's id (X-Export-Id) and the questions about its progress while it is made.
    let exportId: string | undefined;
    const progressAsked: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.url().endsWith('/api/initiatives/demo/exports/PL')) exportId = request.headers()['x-export-id'];
      if (request.url().includes('/api/initiatives/demo/exports/progress/')) progressAsked.push(request.url());
    });
    const download = page.waitForEvent('download', { timeout: 60_000 });
    await page.keyboard.press('Enter');
    const zipFile = await download;
    expect(zipFile.suggestedFilename()).toBe('statements-PL.zip');
    const zip = readFileSync(await zipFile.path());
    const statusTexts = await page.evaluate(() => (window as unknown as { statusTexts: string[] }).statusTexts);
    expect(statusTexts.some((shown) => shown.includes(consoleText('en', 'console.exports.preparing')))).toBe(true);
    expect(await page.getAttribute('.console-export-status', 'role')).toBe('status');
    expect(exportId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(progressAsked.length).toBeGreaterThan(0);
    expect(progressAsked.every((url) => url.endsWith(`/exports/progress/${exportId}`))).toBe(true);

    // The ZIP as the export API tests check it.
    await expectVerifiedExport(zip, 'PL', { contains: poles.map((p) => p.idDocumentNumber), excludes: [french.familyNames] });

    // The page says the file's SHA-256, focuses its link; the audit trail recorded the same hash.
    const sha256 = createHash('sha256').update(zip).digest('hex');
    expect(await page.locator('.console-export-status code').textContent()).toBe(sha256);
    await waitForFocus(page, '.console-export-status a[download="statements-PL.zip"]');
    const [recorded] = await app.sql<{ hash: string }>(`SELECT details->>'zipSha256' AS hash FROM audit_log WHERE action = 'export'`);
    expect(recorded.hash).toBe(sha256);
    const earlier = page.locator('.console-earlier-exports li', { hasText: sha256 });
    await earlier.waitFor();
    expect(await earlier.locator('h3').textContent()).toContain('Poland');

    // Nothing of the organisers' secrets stays in the page or the browser's storage.
    expect(await page.inputValue('#field-passphrase')).toBe('');
    expect(await page.inputValue('#field-certificatePassphrase')).toBe('');
    expect(await page.$eval('#field-keyFile', (input) => (input as HTMLInputElement).files?.length ?? 0)).toBe(0);
    expect(await page.$eval('#field-certificate', (input) => (input as HTMLInputElement).files?.length ?? 0)).toBe(0);
    const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
    expect(stored).not.toContain(credentials.passphrase);
    expect(stored).not.toContain(credentials.certificatePassphrase);
    expect(await violations()).toEqual([]);
  });

  it("refuses a wrong passphrase in the user's language (German), the API's own message", async () => {
    const { auditor } = demoCredentials(app);
    const credentials = demoExportCredentials(app.env.ECI_DATA_DIR);
    await signInToConsole(page, app.baseUrl, auditor);
    await page.goto(`${app.baseUrl}/de/console`);
    await openDemo('de');
    await openSection('de', 'exports');
    await fillExport('Polen', 'not the passphrase', credentials.certificatePassphrase);
    await page.keyboard.press('Enter');
    const summary = page.locator('.error-summary');
    await summary.waitFor({ timeout: 30_000 });
    expect(await summary.textContent()).toContain(text('de', 'errors.wrong_passphrase'));
    await waitForFocus(page, '.error-summary');
    expect(await page.locator('#field-passphrase-error').textContent()).toContain(text('de', 'errors.wrong_passphrase'));
    expect(await page.inputValue('#field-passphrase')).toBe('');
  });

  it('verifies the audit trail in place, then names the first broken entry and leads to it', async () => {
    const { auditor } = demoCredentials(app);
    await signInToConsole(page, app.baseUrl, auditor);
    await openDemo('en');
    await openSection('en', 'audit');

    // Only the exports, server-side.
    await chooseByTyping(page, '#field-action', consoleText('en', 'console.audit.actions.export'));
    await tabTo(page, '.console-audit-filters button[type="submit"]');
    await page.keyboard.press('Enter');
    const [exported] = await app.sql<{ id: string }>(`SELECT id::text AS id FROM audit_log WHERE action = 'export'`);
    const row = page.locator(`#audit-entry-${exported.id}`);
    await row.waitFor();
    await page.waitForFunction(() => [...document.querySelectorAll('.console-audit-entry')].every((entry) => entry.getAttribute('data-action') === 'export'));

    await tabTo(page, '.console-audit-verify button');
    await page.keyboard.press('Space');
    const verdict = page.locator('.console-audit-verdict');
    await verdict.waitFor();
    expect(await verdict.textContent()).toContain(consoleText('en', 'console.audit.verify.valid'));
    const head = await verdict.locator('code').textContent();
    const [last] = await app.sql<{ hash: string }>(`SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1`);
    expect(head).toBe(last.hash);

    await app.sql(`UPDATE audit_log SET details = '{"country":"DE"}' WHERE id = $1`, [exported.id]);
    await tabTo(page, '.console-audit-verify button');
    await page.keyboard.press('Space');
    const broken = page.locator('.console-audit-verdict--broken');
    await broken.waitFor();
    expect(await broken.textContent()).toContain(consoleText('en', 'console.audit.verify.brokenAt', { id: exported.id }));
    expect(await broken.textContent()).toContain(consoleText('en', 'console.audit.verify.brokenHash'));
    await tabTo(page, `.console-audit-verdict a[href="#audit-entry-${exported.id}"]`);
    await page.keyboard.press('Enter');
    await page.waitForFunction((id) => document.activeElement?.id === `audit-entry-${id}`, exported.id);
    expect(await row.getAttribute('class')).toContain('console-audit-entry--broken');
  });
});
