import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { decryptKeyFile, decryptKeyFileAsync, defaultKdfCost, interactiveKdfCost, keyFileText, openStatement, sealStatement, sealedPayloadOf, type OrganiserKeyFile } from '@eci/statement-crypto';
import { cleanUpTestData, startTestApp, type TestApp } from '../../api/test/harness';
import { launchChromium } from './support/browser';

/*
 * The console's key worker in Chromium, served by the real server: the page keeps the signing
 * page's strict policy (it cannot compile WebAssembly), the worker's script is the one response
 * allowed to, and the key file it makes opens with the command's code. Runs on a page built by
 * Vite from support/key-worker-page (the app's settings) until the console's Keys page calls it.
 */

type Generated = { keyFile: OrganiserKeyFile; publicKey: string; ms: number } | { error: unknown };
interface KeyWorkerPage {
  generate(passphrase: string, cost?: { opslimit: number; memlimit: number }): Promise<Generated>;
  compileInPage(): Promise<string>;
}

const ROOT = resolve(__dirname, '../../..');
const passphrase = 'correct horse battery staple';

describe('organiser key worker in the browser', () => {
  let outDir: string;
  let app: TestApp;
  let baseUrl: string;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    outDir = mkdtempSync(join(tmpdir(), 'key-worker-page-'));
    const build = spawnSync(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'apps/web/e2e/support/key-worker-page/vite.config.ts', '--logLevel', 'warn'], {
      cwd: ROOT,
      env: { ...process.env, KEY_WORKER_PAGE_OUT: outDir },
      encoding: 'utf8',
    });
    if (build.status !== 0) throw new Error(`Building the key worker page failed:\n${build.stdout}\n${build.stderr}`);
    [app, browser] = await Promise.all([startTestApp({ env: { ECI_WEB_DIR: outDir } }), launchChromium()]);
    await app.running.app.listen({ port: 0, host: '127.0.0.1' });
    baseUrl = `http://127.0.0.1:${(app.running.app.getHttpServer().address() as AddressInfo).port}`;
    page = await browser.newPage();
    await page.goto(`${baseUrl}/en/demo`);
    await page.locator('#ready').waitFor();
    // Vite builds the page first: on two shared cores that and the app's start can pass a minute.
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await cleanUpTestData();
    if (outDir) rmSync(outDir, { recursive: true, force: true });
  });

  const generate = (passphrase: string, cost?: { opslimit: number; memlimit: number }) =>
    page.evaluate(([p, c]) => (window as unknown as { keyWorkerPage: KeyWorkerPage }).keyWorkerPage.generate(p, c ?? undefined), [passphrase, cost ?? null] as const);

  it('serves the page with the strict policy, so WebAssembly cannot compile on the page itself', async () => {
    const res = await app.http.get('/en/demo').expect(200);
    expect(res.headers['content-security-policy']).toContain("script-src 'self';");
    expect(await page.evaluate(() => (window as unknown as { keyWorkerPage: KeyWorkerPage }).keyWorkerPage.compileInPage())).toMatch(/CompileError.*Content Security Policy/);
  });

  it('sends the worker script, and only it, with the policy that allows compiling WebAssembly', async () => {
    const assets = readdirSync(join(outDir, 'assets'));
    const worker = assets.find((name) => /^organiser-key\.worker-[\w-]+\.js$/.test(name));
    const other = assets.find((name) => /^index-[\w-]+\.js$/.test(name));
    expect([worker, other]).toEqual([expect.any(String), expect.any(String)]);
    const workerRes = await app.http.get(`/assets/${worker}`).expect(200);
    expect(workerRes.headers['content-security-policy']).toContain("script-src 'self' 'wasm-unsafe-eval';");
    expect(workerRes.headers['content-security-policy']).not.toMatch(/'unsafe-eval'|'unsafe-inline'/);
    expect(workerRes.headers['x-content-type-options']).toBe('nosniff');
    const otherRes = await app.http.get(`/assets/${other}`).expect(200);
    expect(otherRes.headers['content-security-policy']).toContain("script-src 'self';");
    const gzipped = gzipSync(readFileSync(join(outDir, 'assets', worker as string))).length;
    console.log(`Key worker script (libsodium-wrappers-sumo, WebAssembly inlined): ${(gzipped / 1024).toFixed(1)} KB gzipped, loaded only when a key is made`);
  });

  it('makes a key file in the worker that the command’s code opens, and that opens a statement sealed to its public key', async () => {
    const made = await generate(passphrase, interactiveKdfCost());
    if ('error' in made) throw new Error(`The worker made no key file: ${JSON.stringify(made.error)}`);
    expect(made.keyFile.publicKey).toBe(made.publicKey);
    const keys = decryptKeyFile(keyFileText(made.keyFile), passphrase);
    expect(Buffer.from(keys.publicKey).toString('base64')).toBe(made.publicKey);
    const payload = sealedPayloadOf('0b6c1f3e-5d4a-4f7e-9a51-2c3d4e5f6a7b', { registrationNumber: 'ECI(2026)000007', slug: 'demo' }, '2026-09-15', {
      statement: { part: 'B', nationality: 'PL', fullFirstNames: 'Zofia', familyNames: 'Lewandowska', signingDate: '2026-09-15', idDocumentType: 'national.id.number', idDocumentNumber: '44051401458' },
      idFormatConfirmed: true,
    });
    expect(openStatement(sealStatement(payload, Buffer.from(made.publicKey, 'base64')), keys)).toEqual(payload);
  });

  // Argon2id at the command's cost twice (in Chromium, then in Node) on two shared cores.
  it('makes it at the command’s cost by default (3 passes over 256 MiB), off the page’s thread', async () => {
    const made = await generate(passphrase);
    if ('error' in made) throw new Error(`The worker made no key file: ${JSON.stringify(made.error)}`);
    expect({ opslimit: made.keyFile.opslimit, memlimit: made.keyFile.memlimit }).toEqual(defaultKdfCost());
    expect(Buffer.from((await decryptKeyFileAsync(made.keyFile, passphrase)).publicKey).toString('base64')).toBe(made.publicKey);
    console.log(`Key file at the default cost made in Chromium's worker in ${made.ms} ms (measured, not asserted)`);
  }, 180_000);

  it('says why when the passphrase is too short', async () => {
    expect(await generate('too short', interactiveKdfCost())).toEqual({ error: { ok: false, problem: 'passphrase_too_short', min: 12 } });
  });
});
