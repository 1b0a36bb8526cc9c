import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { decryptKeyFile, defaultKdfCost, openStatement, parseKeyFile } from '@eci/statement-crypto';
import { PROGRESS_TTL_MS } from '../../api/src/progress/progress.service';
import { AdjustableClock } from '../../api/test/fixtures/adjustable-clock';
import { demoCredentials, login, type LoggedIn } from '../../api/test/fixtures/sessions';
import { polish } from '../../api/test/fixtures/statements';
import { launchChromium, openDesktopPage } from './support/browser';
import { downloadKeyFile, followLink, makeKey, sendKey, signInToConsole } from './support/console';
import { tabTo, waitForFocus } from './support/keyboard';
import { cleanUpTestData, startWebApp, WEB_DIR, type WebApp } from './support/web-app';

/*
 * The console's Keys page in Chromium on the real server, with the keyboard only (Tab, typing,
 * Space, Enter): the demo organiser makes the key pair of a new initiative, downloads the key file
 * and sends the public key. The file opens with the command's code (decryptKeyFile) and opens a
 * statement the server sealed to the key it was sent. The page keeps the strict policy (no
 * WebAssembly); only the key worker's script may compile it.
 */

const ROOT = resolve(__dirname, '../../..');
const SLUG = 'repair-2022';
const PASSPHRASE = 'correct horse battery staple';
/** Registered before 2023, so it collects online on its own site (here) and seals what it collects. */
const initiative = {
  ...(JSON.parse(readFileSync(join(ROOT, 'docs/examples/initiative.json'), 'utf8')) as Record<string, unknown>),
  slug: SLUG,
  registrationNumber: 'ECI(2022)000042',
  registrationDate: '2022-10-03',
  collectionStart: '2023-01-16',
  cocsUrl: null,
};
const consoleText = (key: string, params: Record<string, string | number> = {}) =>
  (JSON.parse(readFileSync(join(ROOT, 'i18n/console/keys/en.json'), 'utf8')) as Record<string, string>)[key].replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name]));

describe('console Keys page', () => {
  const clock = new AdjustableClock();
  let app: WebApp;
  let browser: Browser;
  let page: Page;
  let organiser: LoggedIn;

  beforeAll(async () => {
    [app, browser] = await Promise.all([startWebApp({ ECI_CAPTCHA: 'off' }, { clock }), launchChromium()]);
    const { email, password } = demoCredentials(app).organiser;
    organiser = await login(app, email, password);
    await app.http.post('/api/initiatives').set('cookie', organiser.cookie).set('x-csrf-token', organiser.csrf).send(initiative).expect(201);
    page = await openDesktopPage(browser);
    // The app's first start (embedded database, the demo's key pair) on two shared cores can pass a minute.
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await cleanUpTestData();
  });

  it('makes the key with the keyboard only: too short first, then the key file downloaded, the box ticked, the public key sent', async () => {
    await signInToConsole(page, app.baseUrl, demoCredentials(app).organiser);
    // From the account's initiatives to the initiative, then to its Keys section, by Tab and Enter.
    await followLink(page, `/en/console/${SLUG}`);
    await followLink(page, `/en/console/${SLUG}/key`);
    await page.locator('#field-passphrase').waitFor();
    expect(await page.locator('main').innerText()).toContain(consoleText('currentNone'));

    await tabTo(page, '#field-passphrase');
    await page.keyboard.type('too short');
    await page.keyboard.press('Enter');
    await page.locator('.error-summary').waitFor();
    await waitForFocus(page, '.error-summary');
    expect(await page.locator('.error-summary').innerText()).toContain(consoleText('passphraseTooShort', { min: 12 }));

    const made = await makeKey(page, PASSPHRASE);
    console.log(`Key pair made by the Keys page at the default cost in ${made} ms (measured, not asserted)`);
    await waitForFocus(page, '[role="status"]');
    expect(await page.locator('.error-summary').count()).toBe(0);

    const download = await downloadKeyFile(page);
    expect(download.suggestedFilename()).toBe(`organiser-key-${SLUG}.json`);
    const fileText = readFileSync(await download.path(), 'utf8');

    // Sending before ticking the box is refused in the page.
    await tabTo(page, 'form button[type="submit"]');
    await page.keyboard.press('Enter');
    await page.locator('.error-summary').waitFor();
    await waitForFocus(page, '.error-summary');
    expect(await page.locator('.error-summary').innerText()).toContain(consoleText('saveFirst'));
    expect((await app.http.get(`/api/initiatives`).set('cookie', organiser.cookie).expect(200)).body.find((i: { slug: string }) => i.slug === SLUG).publicKey).toBeNull();

    await sendKey(page);
    await waitForFocus(page, '.console-notice[role="status"]');
    expect(await page.locator('.console-notice').innerText()).toBe(consoleText('sent'));

    // The key the API holds is the file's; the file opens with the command's code and the passphrase.
    const keyFile = parseKeyFile(fileText);
    expect({ opslimit: keyFile.opslimit, memlimit: keyFile.memlimit }).toEqual(defaultKdfCost());
    const mine = (await app.http.get('/api/initiatives').set('cookie', organiser.cookie).expect(200)).body.find((i: { slug: string }) => i.slug === SLUG);
    expect(mine.publicKey).toBe(keyFile.publicKey);
    expect(await page.locator('code.console-secret').innerText()).toBe(keyFile.publicKey);
    const keys = decryptKeyFile(fileText, PASSPHRASE);
    expect(Buffer.from(keys.publicKey).toString('base64')).toBe(keyFile.publicKey);

    // A statement signed through the API while the initiative collected (its server's clock moved
    // back to 2023), as the server sealed it in the database, opens with the key from the file.
    await clock.at('2023-03-01T12:00:00Z', async () => {
      const signed = await app.http.post(`/api/initiatives/${SLUG}/signatures`).send(polish(7)).expect(201);
      const [row] = await app.sql<{ ciphertext: Buffer }>('SELECT ciphertext FROM signatures WHERE id = $1', [signed.body.receipt]);
      const opened = openStatement(row.ciphertext, keys);
      expect(opened.statement).toMatchObject({ part: 'B', nationality: 'PL', familyNames: 'Zielińska', signingDate: '2023-03-01', idDocumentNumber: polish(7).idDocumentNumber });
      expect(opened.initiative).toEqual({ registrationNumber: 'ECI(2022)000042', slug: SLUG });
    });
  }, 240_000);

  it('refuses, before a passphrase is typed, to replace a key statements are sealed to', async () => {
    clock.advance(PROGRESS_TTL_MS); // the counts the page read before the statement are stale
    await page.goto(`${app.baseUrl}/en/console/${SLUG}/key`);
    await page.locator('h1').waitFor();
    await page.getByText(consoleText('inUse')).waitFor();
    expect(await page.locator('#field-passphrase').count()).toBe(0);
    // The API says the same when asked anyway.
    const refused = await app.http
      .put(`/api/initiatives/${SLUG}/public-key`)
      .set('cookie', organiser.cookie)
      .set('x-csrf-token', organiser.csrf)
      .send({ publicKey: Buffer.alloc(32, 7).toString('base64') })
      .expect(409);
    expect(refused.body.errors).toEqual([expect.objectContaining({ field: 'publicKey', code: 'key_in_use' })]);
  });

  it('keeps the page’s strict policy (no WebAssembly there); only the key worker’s script may compile it', async () => {
    const pageRes = await app.http.get(`/en/console/${SLUG}/key`).expect(200);
    expect(pageRes.headers['content-security-policy']).toContain("script-src 'self';");
    const compiled = await page.evaluate(async () => {
      try {
        await WebAssembly.instantiate(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]));
        return 'compiled';
      } catch (error) {
        return String(error);
      }
    });
    expect(compiled).toMatch(/CompileError.*Content Security Policy/);

    const assets = readdirSync(join(WEB_DIR, 'assets'));
    const worker = assets.find((name) => /^organiser-key\.worker-[\w-]+\.js$/.test(name));
    const other = assets.find((name) => /^index-[\w-]+\.js$/.test(name));
    expect([worker, other]).toEqual([expect.any(String), expect.any(String)]);
    const workerRes = await app.http.get(`/assets/${worker}`).expect(200);
    expect(workerRes.headers['content-security-policy']).toContain("script-src 'self' 'wasm-unsafe-eval';");
    expect(workerRes.headers['content-security-policy']).not.toMatch(/'unsafe-eval'|'unsafe-inline'/);
    expect(workerRes.headers['x-content-type-options']).toBe('nosniff');
    const otherRes = await app.http.get(`/assets/${other}`).expect(200);
    expect(otherRes.headers['content-security-policy']).toContain("script-src 'self';");
    const gzipped = gzipSync(readFileSync(join(WEB_DIR, 'assets', worker as string))).length;
    console.log(`Key worker script (libsodium-wrappers-sumo, WebAssembly inlined): ${(gzipped / 1024).toFixed(1)} KB gzipped, loaded only when a key is made`);
  });
});
