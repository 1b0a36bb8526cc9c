import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { AdjustableClock } from '../../api/test/fixtures/adjustable-clock';
import { expectVerifiedExport } from '../../api/test/fixtures/export-zip';
import { demoExportCredentials } from '../../api/test/fixtures/exports';
import { demoCredentials } from '../../api/test/fixtures/sessions';
import { polish } from '../../api/test/fixtures/statements';
import { launchChromium, openDesktopPage } from './support/browser';
import {
  downloadKeyFile,
  fillExportForm,
  followLink,
  makeKey,
  sendKey,
  SEVEN_ORGANISERS,
  signInToConsole,
  typeOrganisers,
  typeRegisterAndTexts,
  typeRegistration,
} from './support/console';
import { tabTo, typeInto } from './support/keyboard';
import { cleanUpTestData, startWebApp, type WebApp } from './support/web-app';

/*
 * Issue 16's whole journey in Chromium, keyboard only (Tab, typing, Enter, Space, arrows; the
 * files of the export chosen with setInputFiles, as a file dialog cannot be driven), on one app:
 * the demo organiser creates an initiative through the New form, makes its key in the browser
 * (the key file downloaded), adds a partner and creates an auditor's account; statements are
 * signed through the API while it collects; in a fresh browser the auditor signs in, exports
 * Poland with the downloaded key file and the demo certificate, and the ZIP verifies as the
 * export tests check it and holds those statements; the audit trail verifies and lists the
 * journey's entries.
 */

const SLUG = 'journey-2022';
const PASSPHRASE = 'a journey through the whole console';
const AUDITOR = { email: 'journey.auditor@example.org', password: 'the journey auditor password' };
const STATEMENTS = [101, 102, 103].map((n) => polish(n));

/** An English console text (`{feature}.{key.path}`), placeholders filled as i18next does. */
function words(key: string, params: Record<string, string> = {}): string {
  const [feature, ...path] = key.split('.');
  const catalogue = JSON.parse(readFileSync(join(__dirname, '../../../i18n/console', feature, 'en.json'), 'utf8')) as Record<string, unknown>;
  const found = path.reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], catalogue);
  if (typeof found !== 'string') throw new Error(`No text console.${key} in English`);
  return found.replace(/\{\{(\w+)\}\}/g, (_, name: string) => params[name]);
}

describe('console: the whole journey (keyboard only)', () => {
  const clock = new AdjustableClock();
  let app: WebApp;
  let browser: Browser;
  let page: Page;
  /** The key file the organiser's browser downloaded, kept (in the app's test data dir) after that browser is closed. */
  let keyFilePath: string;

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await cleanUpTestData();
  });
  // The app's first start (embedded database, the demo's key pair and accounts) on two shared cores can pass a minute.
  beforeAll(async () => {
    [app, browser] = await Promise.all([startWebApp({ ECI_CAPTCHA: 'off' }, { clock }), launchChromium()]);
  }, 180_000);

  it('the organiser creates an initiative, makes its key, adds a partner and an auditor account', async () => {
    page = await openDesktopPage(browser);
    await signInToConsole(page, app.baseUrl, demoCredentials(app).organiser);
    await followLink(page, '/en/console/new');
    // Registered in 2022: it may collect online on its own site (here).
    await typeRegistration(page, { slug: SLUG, registrationNumber: 'ECI(2022)000042', registrationDate: '2022-10-03' });
    await typeInto(page, '#field-collectionStart', '2023-01-16');
    await typeRegisterAndTexts(page, {
      registerUrl: 'https://citizens-initiative.europa.eu/initiatives/details/2022/000042_en',
      title: 'Repair before replacing',
      subject: 'A right to repair everyday devices.',
      objectives: 'We ask the Commission to propose rules making spare parts and repair manuals available for ten years.',
    });
    await typeOrganisers(page, SEVEN_ORGANISERS);
    await tabTo(page, 'form.initiative-form button[type="submit"]');
    await Promise.all([page.waitForURL(`${app.baseUrl}/en/console/${SLUG}`), page.keyboard.press('Enter')]);
    expect(await page.locator('h1').innerText()).toBe('Repair before replacing');

    // Its key, made in the browser at the default cost, the key file downloaded, then the public key sent.
    await followLink(page, `/en/console/${SLUG}/key`);
    await makeKey(page, PASSPHRASE);
    const download = await downloadKeyFile(page);
    expect(download.suggestedFilename()).toBe(`organiser-key-${SLUG}.json`);
    keyFilePath = join(app.env.ECI_DATA_DIR, 'downloaded-organiser-key.json');
    await download.saveAs(keyFilePath);
    await sendKey(page);
    expect(await page.locator('.console-notice').innerText()).toBe(words('keys.sent'));
    expect(await page.locator('code.console-secret').innerText()).toBe(JSON.parse(readFileSync(keyFilePath, 'utf8')).publicKey);

    // A partner: its read token shown once.
    await followLink(page, `/en/console/${SLUG}/partners`);
    await typeInto(page, '#field-name', 'Repair Café Network');
    await typeInto(page, '#field-slug', 'repair-cafe');
    await typeInto(page, '#field-allowedOrigins', 'https://repaircafe.example.org');
    await tabTo(page, 'form button[type="submit"]');
    await page.keyboard.press('Enter');
    await page.locator('.console-token').waitFor();
    const token = await page.locator('#token-repair-cafe').inputValue();
    expect(token).toMatch(/^ecip_[A-Za-z0-9_-]{43}$/);
    await app.http.get(`/api/initiatives/${SLUG}/partners/repair-cafe/progress`).set('authorization', `Bearer ${token}`).expect(200);

    // An auditor's account (the role: Tab into the radios, the arrow moves to "Auditor").
    await followLink(page, `/en/console/${SLUG}/people`);
    await typeInto(page, '#field-email', AUDITOR.email);
    await tabTo(page, '#field-role');
    await page.keyboard.press('ArrowDown');
    expect(await page.locator('input[name="role"]:checked').inputValue()).toBe('auditor');
    await typeInto(page, '#field-password', AUDITOR.password);
    await page.keyboard.press('Enter');
    await page.locator('[role="status"]', { hasText: words('people.created', { email: AUDITOR.email, role: 'Auditor' }) }).waitFor({ timeout: 30_000 });
    await page.context().close();
  }, 240_000);

  it('the auditor, in a fresh browser, exports Poland with the downloaded key file: the ZIP verifies and holds the statements', async () => {
    // Signed through the API while the initiative collected (the server's clock in 2023).
    const receipts = await clock.at('2023-03-01T12:00:00Z', async () => {
      const signed: string[] = [];
      for (const statement of STATEMENTS) signed.push((await app.http.post(`/api/initiatives/${SLUG}/signatures`).send(statement).expect(201)).body.receipt);
      return signed;
    });
    expect(receipts).toHaveLength(STATEMENTS.length);

    page = await openDesktopPage(browser);
    await signInToConsole(page, app.baseUrl, AUDITOR);
    await followLink(page, `/en/console/${SLUG}`);
    await followLink(page, `/en/console/${SLUG}/exports`);
    const dataDir = app.env.ECI_DATA_DIR;
    await fillExportForm(page, {
      country: 'Poland',
      keyFile: keyFilePath,
      passphrase: PASSPHRASE,
      certificate: join(dataDir, 'demo-certificate.p12'),
      certificatePassphrase: demoExportCredentials(dataDir).certificatePassphrase,
    });
    const [zipFile] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.keyboard.press('Enter')]);
    expect(zipFile.suggestedFilename()).toBe('statements-PL.zip');
    const zip = readFileSync(await zipFile.path());
    const { manifest } = await expectVerifiedExport(zip, 'PL', { contains: STATEMENTS.map((s) => s.idDocumentNumber) });
    expect(manifest.counts).toMatchObject({ total: STATEMENTS.length, online: STATEMENTS.length, paper: 0 });

    // Listed among the earlier exports, with the ZIP's SHA-256.
    const sha256 = createHash('sha256').update(zip).digest('hex');
    await page.locator('.console-earlier-exports li', { hasText: sha256 }).waitFor();
  }, 180_000);

  it('the auditor verifies the audit trail (intact) and finds the journey in it', async () => {
    await followLink(page, `/en/console/${SLUG}/audit`);
    await tabTo(page, '.console-audit-verify button');
    await page.keyboard.press('Space');
    const verdict = page.locator('.console-audit-verdict');
    await verdict.waitFor();
    expect(await verdict.innerText()).toContain(words('audit.verify.valid'));

    await page.locator('.console-audit-entry[data-action="export"]').waitFor();
    const actions = await page.locator('.console-audit-entry').evaluateAll((entries) => entries.map((entry) => entry.getAttribute('data-action')));
    for (const action of ['initiative_created', 'key_changed', 'partner_created', 'account_created', 'export']) expect(actions).toContain(action);
    // In the order they happened.
    const order = ['initiative_created', 'key_changed', 'partner_created', 'account_created', 'export'].map((action) => actions.indexOf(action));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });
});
