import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext } from 'playwright-core';
import { pesel } from '../../api/test/fixtures/identity-numbers';
import { launchChromium } from './support/browser';
import { tabTo } from './support/keyboard';
import { recordScripts, weightTable } from './support/page-weight';
import { certify, chooseNationality, receiptShown, send, solveProofOfWork, typePartB } from './support/signing';
import { cleanUpTestData, startWebApp, type WebApp } from './support/web-app';

/*
 * What the page asks of the network and what the server answers: one origin, no cookies, a strict
 * Content-Security-Policy, framing only by the initiative's partners, JavaScript under 100 KB.
 */
describe('signing page: nothing from third parties', () => {
  let app: WebApp;
  let browser: Browser;
  let context: BrowserContext;
  const partner = 'clean-air-network';

  beforeAll(async () => {
    [app, browser] = await Promise.all([startWebApp({ ECI_CAPTCHA: 'on' }), launchChromium()]);
    await app.sql(`INSERT INTO partners (initiative_id, slug, name) SELECT id, $1, 'Clean Air Network' FROM initiatives WHERE slug = 'demo'`, [partner]);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await cleanUpTestData();
  });
  afterEach(() => context?.close());

  it('makes every request of the whole flow to its own origin, sets no cookie, and stays under 100 KB of JavaScript', async () => {
    // Greek: the largest catalogue, so the heaviest page (English, the fallback, loads too).
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'el-GR' });
    const requests: string[] = [];
    const cookies: string[] = [];
    context.on('request', (request) => requests.push(request.url()));
    context.on('response', (response) => {
      const cookie = response.headers()['set-cookie'];
      if (cookie) cookies.push(`${response.url()}: ${cookie}`);
    });
    const scripts = recordScripts(context);
    const page = await context.newPage();

    await page.goto(`${app.baseUrl}/demo?partner=${partner}`);
    expect(page.url()).toBe(`${app.baseUrl}/el/demo?partner=${partner}`);
    await chooseNationality(page, 'el', 'PL');
    await typePartB(page, { fullFirstNames: 'Zofia', familyNames: 'Lewandowska', idDocumentNumber: pesel('1991-12-24', 42) });
    await certify(page);
    await solveProofOfWork(page, 'el');
    await send(page);
    const receipt = await receiptShown(page, 'el');
    await tabTo(page, `a[href^="/el/demo/receipt/${receipt}"]`);
    await page.keyboard.press('Enter');
    await page.locator('#receipt-status').waitFor();

    const origins = new Set(requests.map((url) => (url.startsWith('data:') ? 'data:' : new URL(url).origin)));
    expect([...origins].filter((origin) => origin !== 'data:')).toEqual([app.baseUrl]);
    expect(requests).toEqual(expect.arrayContaining([expect.stringContaining('/api/captcha'), expect.stringContaining('/api/initiatives/demo/signatures')]));
    expect(cookies).toEqual([]);
    expect(await context.cookies()).toEqual([]);
    expect(await page.evaluate(() => document.cookie)).toBe('');

    // The partner the page was embedded for is credited.
    const rows = await app.sql<{ slug: string }>('SELECT p.slug FROM signatures s JOIN partners p ON p.id = s.partner_id WHERE s.id = $1', [receipt]);
    expect(rows).toEqual([{ slug: partner }]);

    const weights = await scripts();
    const total = weights.reduce((sum, weight) => sum + weight.gzipped, 0);
    console.log(`JavaScript of the signing page in Greek (whole flow, proof of work included):\n${weightTable(weights)}`);
    expect(weights.length).toBeGreaterThan(2);
    expect(total).toBeLessThan(100 * 1024);
    // The console (its pages, catalogues and libsodium) is never fetched by the public pages.
    expect(weights.map((weight) => weight.path).filter((path) => /console|sodium/i.test(path))).toEqual([]);
  });

  it('sends the strict Content-Security-Policy and the other security headers on the pages, and no cookie', async () => {
    const res = await app.http.get('/pl/demo').expect(200);
    const csp = res.headers['content-security-policy'];
    for (const directive of [
      "default-src 'self'",
      "script-src 'self'",
      "style-src 'self'",
      "img-src 'self' data:",
      "connect-src 'self'",
      "base-uri 'none'",
      "form-action 'self'",
      "object-src 'none'",
      "frame-ancestors 'self'",
    ]) {
      expect(csp.split('; ')).toContain(directive);
    }
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
    expect(res.headers).toMatchObject({
      'referrer-policy': 'no-referrer',
      'x-content-type-options': 'nosniff',
      'content-language': 'pl',
      'content-type': 'text/html; charset=utf-8',
    });
    expect(res.headers['permissions-policy']).toContain('camera=()');
    expect(res.headers['set-cookie']).toBeUndefined();
    expect(res.text).toContain('<html lang="pl"');
    expect(res.text).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>|<style|\sstyle=/);

    const script = /src="(\/assets\/[^"]+\.js)"/.exec(res.text)?.[1] as string;
    const js = await app.http.get(script).expect(200);
    expect(js.headers).toMatchObject({ 'cache-control': 'public, max-age=31536000, immutable', 'x-content-type-options': 'nosniff' });

    for (const path of ['/api/initiatives/demo', '/api/captcha', '/api/receipts/00000000-0000-4000-8000-000000000000']) {
      expect((await app.http.get(path)).headers['set-cookie']).toBeUndefined();
    }
  });

  it('keeps the API documentation (Swagger UI) working under its own policy (its scripts, no third party)', async () => {
    const docs = await app.http.get('/api/docs').expect(200);
    expect(docs.headers['content-security-policy']).toContain("default-src 'none'; script-src 'self'");
    context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${app.baseUrl}/api/docs`);
    await page.locator('.swagger-ui .info .title').waitFor();
  });

  it('redirects /, /{slug} and /{lang} to a page in the reader’s language (302), keeping the partner', async () => {
    const cases: [string, string | undefined, string][] = [
      ['/', 'pl-PL,pl;q=0.9,en;q=0.5', '/pl/demo'],
      ['/demo', 'de-AT,de;q=0.9', '/de/demo'],
      ['/demo?partner=clean-air-network', undefined, '/en/demo?partner=clean-air-network'],
      ['/', 'ja, zh', '/en/demo'],
      ['/fi', 'pl', '/fi/demo'],
    ];
    for (const [path, accept, location] of cases) {
      const req = app.http.get(path);
      const res = await (accept ? req.set('accept-language', accept) : req).expect(302);
      expect([path, res.headers.location]).toEqual([path, location]);
      expect(res.headers['set-cookie']).toBeUndefined();
    }
    const unknown = await app.http.get('/pl/demo/nothing-here').expect(404);
    expect(unknown.text).toContain('<div id="app">');
  });

  it('allows framing only by the origins the organisers list for their partners', async () => {
    const before = await app.http.get('/en/demo').expect(200);
    expect(before.headers['content-security-policy'].split('; ')).toContain("frame-ancestors 'self'");
    expect(before.headers['x-frame-options']).toBe('SAMEORIGIN');

    // Two other sites, served for real on loopback ports (a page the test fulfilled itself would
    // count as public, and Chromium's local-network protection would stop it framing 127.0.0.1).
    const embed = `<!doctype html><html lang="en"><title>Partner</title><iframe title="Sign" src="${app.baseUrl}/en/demo?partner=${partner}"></iframe></html>`;
    const [partnerSite, otherSite] = await Promise.all([serveHtml(embed), serveHtml(embed)]);
    try {
      await app.sql(`UPDATE partners SET allowed_origins = ARRAY[$2, 'https://coalition.example'] WHERE slug = $1`, [partner, partnerSite.origin]);
      const after = await app.http.get('/en/demo').expect(200);
      expect(after.headers['content-security-policy'].split('; ')).toContain(`frame-ancestors 'self' ${partnerSite.origin} https://coalition.example`);
      expect(after.headers['x-frame-options']).toBeUndefined();

      // The browser enforces it: the listed partner's page shows the form in its frame, another site's does not.
      context = await browser.newContext();
      const framed = async (origin: string) => {
        const page = await context.newPage();
        await page.goto(`${origin}/`, { waitUntil: 'load' }); // the frame has loaded, or failed to
        const frame = page.frames().find((candidate) => candidate !== page.mainFrame());
        const shown = frame?.url().startsWith(app.baseUrl) ? await frame.locator('h1').first().waitFor().then(() => true) : false;
        await page.close();
        return shown;
      };
      expect(await framed(partnerSite.origin)).toBe(true);
      expect(await framed(otherSite.origin)).toBe(false);
    } finally {
      partnerSite.close();
      otherSite.close();
    }
  });
});

/** A one-page site on a free loopback port. */
async function serveHtml(html: string): Promise<{ origin: string; close(): void }> {
  const server = createServer((_request, response) => response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() };
}
