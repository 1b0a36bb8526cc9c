import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { LANGUAGES, type Language } from '@eci/rules';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { PROGRESS_TTL_MS } from '../../api/src/progress/progress.service';
import { AdjustableClock } from '../../api/test/fixtures/adjustable-clock';
import { pesel } from '../../api/test/fixtures/identity-numbers';
import { axeViolations } from './support/axe';
import { launchChromium } from './support/browser';
import { text } from './support/catalogue';
import { focusedMatches } from './support/keyboard';
import { watchCspViolations } from './support/page-watch';
import { recordScripts, weightTable } from './support/page-weight';
import { ADMIN_TOKEN, fillProgressData, OTHER_PARTNER, PARTNER, type ProgressData } from './support/progress-data';
import { cleanUpTestData, startWebApp, type WebApp } from './support/web-app';

/*
 * The progress page, the partner page and the counter widget (issue step 5): the figures the API
 * gives, and nothing else; the partner's token kept out of addresses and cookies; the widget in a
 * partner's frame; axe (WCAG 2.1 A/AA) in the 24 languages; the JavaScript each page loads.
 * One app, one browser; the data (statements signed through the API, bulk rows so that Malta and
 * Luxembourg reach their minimum) is there before the first progress read.
 */

interface Progress {
  total: number;
  goal: number;
  countriesRequired: number;
  countriesReached: number;
  thresholdTable: string;
  countries: { code: string; count: number; threshold: number; reached: boolean }[];
}

/** Waits until `read` gives `wanted` (the page or the network catching up), or fails after 5 s. */
async function until<T>(read: () => T | Promise<T>, wanted: T): Promise<void> {
  const end = Date.now() + 5000;
  let last = await read();
  while (last !== wanted && Date.now() < end) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    last = await read();
  }
  expect(last).toBe(wanted);
}

/** The digits of a localized number ("33 965", "33.965", "33,965" → 33965). */
const digits = (shown: string) => Number(shown.replace(/\D/g, ''));

describe('progress pages', () => {
  const serverClock = new AdjustableClock();
  let app: WebApp;
  let browser: Browser;
  let data: ProgressData;
  let context: BrowserContext | undefined;

  beforeAll(async () => {
    [app, browser] = await Promise.all([startWebApp({ ECI_CAPTCHA: 'off', ECI_ADMIN_TOKEN: ADMIN_TOKEN }, { clock: serverClock }), launchChromium()]);
    data = await fillProgressData(app);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await cleanUpTestData();
  });
  afterEach(async () => {
    await context?.close();
    context = undefined;
  });

  const api = async (): Promise<Progress> => (await app.http.get('/api/initiatives/demo/progress').expect(200)).body;

  /** A fresh context recording every request's origin and every cookie. */
  async function open(options: Parameters<Browser['newContext']>[0] = {}) {
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
    const requests: string[] = [];
    context.on('request', (request) => requests.push(request.url()));
    const page = await context.newPage();
    const csp = await watchCspViolations(page);
    const foreign = () => requests.filter((url) => !url.startsWith(`${app.baseUrl}/`) && !url.startsWith('data:'));
    return { page, requests, csp, foreign };
  }

  /** Nothing styled inline anywhere (the CSP forbids it; Preact `style=` props would be). */
  const inlineStyles = (page: Page) => page.evaluate(() => document.querySelectorAll('[style]').length);

  it('the progress page shows exactly the API’s figures: the total, the Member States at their minimum, each Member State in the chart and the table', async () => {
    const expected = await api();
    expect(expected.countries.filter((country) => country.reached).map((country) => country.code)).toEqual(['LU', 'MT']);
    const { page, csp, foreign } = await open();
    await page.goto(`${app.baseUrl}/en/demo/progress`);
    await page.locator('#country-table').waitFor();
    expect(await page.title()).toBe(`${text('en', 'progress.title')} – ${text('en', 'page.siteName')}`);

    expect(await page.locator('#progress-total').innerText()).toBe('33,899');
    expect(digits(await page.locator('#progress-total').innerText())).toBe(expected.total);
    expect(await page.locator('#progress-countries').innerText()).toBe(text('en', 'progress.countries.value', { reached: 2, required: 7 }));
    expect(await page.locator('.progress-bar').first().evaluate((bar: HTMLProgressElement) => [bar.value, bar.max])).toEqual([expected.total, expected.goal]);

    // The table: every Member State in protocol order, its count, minimum and whether it is reached.
    const rows = await page.locator('#country-table tbody tr').evaluateAll((trs) => trs.map((tr) => [tr.getAttribute('data-country'), ...[...tr.children].map((cell) => (cell as HTMLElement).innerText.trim())]));
    expect(rows.map(([code]) => code)).toEqual(expected.countries.map((country) => country.code));
    for (const [[code, name, count, threshold, , reached], country] of rows.map((row, i) => [row, expected.countries[i]] as const)) {
      expect({ code, name, count: digits(count as string), threshold: digits(threshold as string), reached: (reached as string).replace('✓', '').trim() }).toEqual({
        code: country.code,
        name: text('en', `countries.${country.code}`),
        count: country.count,
        threshold: country.threshold,
        reached: text('en', country.reached ? 'progress.table.yes' : 'progress.table.no'),
      });
    }
    const total = await page.locator('#country-table tfoot tr').evaluate((tr) => [...tr.children].map((cell) => (cell as HTMLElement).innerText.trim()));
    expect([total[0], digits(total[1]), digits(total[2])]).toEqual([text('en', 'progress.table.total'), expected.total, expected.goal]);
    expect(await page.locator('#threshold-table').innerText()).toBe(text('en', 'progress.thresholds.t705'));
    expect(await page.getAttribute('#country-table', 'aria-describedby')).toBe('threshold-table');

    // The chart: one named bar per Member State, full at the minimum, and the words "Minimum reached" where it is.
    const bars = await page.locator('.country-chart__row').evaluateAll((rows) =>
      rows.map((row) => ({
        code: row.getAttribute('data-country'),
        label: row.querySelector('svg')?.getAttribute('aria-label'),
        role: row.querySelector('svg')?.getAttribute('role'),
        width: Number(row.querySelector('.country-chart__fill')?.getAttribute('width')),
        mark: (row.querySelector('.country-chart__mark') as HTMLElement | null)?.innerText.replace('✓', '').trim() ?? null,
      })),
    );
    expect(bars).toHaveLength(27);
    for (const [bar, country] of bars.map((bar, i) => [bar, expected.countries[i]] as const)) {
      expect(bar.code).toBe(country.code);
      expect(bar.role).toBe('img');
      expect(bar.label).toMatch(new RegExp(`^${text('en', `countries.${country.code}`)}: `));
      expect(bar.mark).toBe(country.reached ? text('en', 'progress.chart.reached') : null);
      if (country.reached) expect(bar.width).toBe(100);
      else expect(bar.width).toBeLessThan(100);
    }
    expect(bars.find((bar) => bar.code === 'EE')?.label).toBe('Estonia: 99% of the minimum'); // 4,934 of 4,935: rounded down, never 100 %
    expect(bars.find((bar) => bar.code === 'BE')?.width).toBe(0);

    // Greek: the same numbers, grouped as Greek groups them, names in Greek.
    await page.goto(`${app.baseUrl}/el/demo/progress`);
    await page.locator('#country-table').waitFor();
    expect(await page.locator('#progress-total').innerText()).toBe('33.899');
    expect(await page.locator('#country-table tbody tr[data-country="GR"] th').innerText()).toBe(text('el', 'countries.GR'));

    expect(await inlineStyles(page)).toBe(0);
    expect(foreign()).toEqual([]);
    expect(await csp()).toEqual([]);
    expect(await context?.cookies()).toEqual([]);
  });

  it('links the signing page to the progress page, and back', async () => {
    const { page } = await open();
    await page.goto(`${app.baseUrl}/pl/demo`);
    const link = page.locator('.site-footer a', { hasText: text('pl', 'progress.footerLink') });
    expect(await link.getAttribute('href')).toBe('/pl/demo/progress');
    await link.click();
    await page.locator('#country-table').waitFor();
    expect(await page.locator('.progress-page__sign a').getAttribute('href')).toBe('/pl/demo');
  });

  it('refreshes every 30 s, politely (a conditional request: 304 while nothing changed), and not while paused', async () => {
    const { page } = await open();
    await page.clock.install();
    const asked: { ifNoneMatch?: string; etag?: string }[] = [];
    page.on('response', async (response) => {
      if (!response.url().endsWith('/api/initiatives/demo/progress')) return;
      asked.push({ ifNoneMatch: (await response.request().allHeaders())['if-none-match'], etag: response.headers().etag });
    });
    await page.goto(`${app.baseUrl}/en/demo/progress`);
    await page.locator('#country-table').waitFor();
    const before = digits(await page.locator('#progress-total').innerText());

    // Nothing new: a conditional request with the ETag kept from the first answer (the server
    // answers 304 with no body; the browser hands the page its cached copy).
    await page.clock.runFor(30_000);
    await until(() => asked.length, 2);
    expect(asked[1].ifNoneMatch).toBe(asked[0].etag);
    expect(digits(await page.locator('#progress-total').innerText())).toBe(before);

    await app.http
      .post('/api/initiatives/demo/signatures')
      .send({ nationality: 'PL', lang: 'en', fullFirstNames: 'Jan', familyNames: 'Nowak', idDocumentType: 'national.id.number', idDocumentNumber: pesel('1985-06-06', 77), certified: true })
      .expect(201);
    serverClock.advance(PROGRESS_TTL_MS); // the server's short progress cache expires
    await page.clock.runFor(30_000);
    await until(async () => digits(await page.locator('#progress-total').innerText()), before + 1);

    await page.getByRole('button', { name: text('en', 'progress.pause') }).click();
    await page.getByText(text('en', 'progress.paused')).waitFor();
    const count = asked.length;
    await page.clock.runFor(120_000);
    expect(asked.length).toBe(count);
    await page.getByRole('button', { name: text('en', 'progress.resume') }).click();
    await page.clock.runFor(30_000);
    await until(() => asked.length, count + 1);
  });

  it('the partner page: a wrong token is refused clearly; the right one shows the partner’s own counts, kept in this tab only; signing out forgets it', async () => {
    const { page, requests, foreign } = await open();
    const url = `${app.baseUrl}/en/demo/partners/${PARTNER.slug}`;
    await page.goto(url);
    await page.locator('#field-partnerToken').waitFor();
    expect(await page.getAttribute('#field-partnerToken', 'type')).toBe('password');

    // Nothing typed.
    await page.press('#field-partnerToken', 'Enter');
    await page.locator('.error-summary', { hasText: text('en', 'progress.partner.required') }).waitFor();
    expect(await focusedMatches(page, '.error-summary')).toBe(true);

    // Another partner's valid token, then a made-up one: 401, said next to the field and in the summary.
    for (const wrong of [data.otherToken, 'ecip_not-a-real-token-000000000000000000000000']) {
      await page.fill('#field-partnerToken', wrong);
      const [answer] = await Promise.all([page.waitForResponse((response) => response.url().includes('/partners/')), page.press('#field-partnerToken', 'Enter')]);
      expect(answer.status()).toBe(401);
      await page.locator('#field-partnerToken-error', { hasText: text('en', 'progress.partner.wrongToken') }).waitFor();
      expect(await page.locator('.error-summary a[href="#field-partnerToken"]').innerText()).toContain(text('en', 'progress.partner.wrongToken'));
      expect(await page.getAttribute('#field-partnerToken', 'aria-invalid')).toBe('true');
    }
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);

    // The right token: the partner's own counts, as the API gives them.
    const expected = (await app.http.get(`/api/initiatives/demo/partners/${PARTNER.slug}/progress`).set({ authorization: `Bearer ${data.token}` }).expect(200)).body;
    expect(expected.partner.total).toBe(1744);
    await page.fill('#field-partnerToken', data.token);
    await page.press('#field-partnerToken', 'Enter');
    await page.locator('#partner-table').waitFor();
    expect(await page.locator('h1').innerText()).toBe(text('en', 'progress.partner.heading', { name: PARTNER.name }));
    expect(await focusedMatches(page, 'h1')).toBe(true);
    expect(digits(await page.locator('#partner-total').innerText())).toBe(expected.partner.total);
    const own = await page.locator('#partner-table tbody tr').evaluateAll((trs) =>
      trs.map((tr) => [tr.getAttribute('data-country'), ...[...tr.querySelectorAll('td')].map((cell) => (cell as HTMLElement).innerText)]),
    );
    expect(own.map(([code, mine, all, minimum]) => [code, digits(mine as string), digits(all as string), digits(minimum as string)])).toEqual(
      expected.campaign.countries.map((country: { code: string; count: number; threshold: number }) => [
        country.code,
        expected.partner.countries.find((c: { code: string }) => c.code === country.code).count,
        country.count,
        country.threshold,
      ]),
    );
    expect(Object.fromEntries(own.filter(([, mine]) => digits(mine as string) > 0).map(([code, mine]) => [code, digits(mine as string)]))).toEqual({ DE: 1500, IE: 240, FR: 1, MT: 1, PL: 2 });

    // The token: in this tab's sessionStorage and the Authorization header only — no address, no cookie.
    expect(page.url()).toBe(url);
    expect(requests.filter((request) => request.includes(data.token) || request.includes('ecip_'))).toEqual([]);
    expect(await page.evaluate(() => Object.values(sessionStorage))).toEqual([data.token]);
    expect(await page.evaluate(() => [document.cookie, localStorage.length])).toEqual(['', 0]);
    expect(await context?.cookies()).toEqual([]);

    // A reload (or another language) keeps it for this tab; signing out forgets it.
    await page.goto(`${app.baseUrl}/de/demo/partners/${PARTNER.slug}`);
    await page.locator('#partner-table').waitFor();
    await page.getByRole('button', { name: text('de', 'progress.partner.signOut') }).click();
    await page.locator('[role="status"]', { hasText: text('de', 'progress.partner.signedOut') }).waitFor();
    expect(await focusedMatches(page, 'h1')).toBe(true);
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
    await page.reload();
    await page.locator('#field-partnerToken').waitFor();
    expect(await inlineStyles(page)).toBe(0);
    expect(foreign()).toEqual([]);
  });

  it('the widget shows the API’s figures at 320 × 160, asks only its own origin, and opens the signing page in a new tab for the partner', async () => {
    const expected = await api();
    const { page, csp, foreign } = await open({ viewport: { width: 320, height: 160 } });
    await page.goto(`${app.baseUrl}/en/demo/widget?partner=${PARTNER.slug}`);
    await page.locator('#widget-total').waitFor();
    expect(digits(await page.locator('#widget-total').innerText())).toBe(expected.total);
    expect(await page.locator('#widget-countries').innerText()).toBe(text('en', 'progress.widget.countries', { value: text('en', 'progress.countries.value', { reached: 2, required: 7 }) }));
    expect(await page.locator('header, footer, .language-switcher').count()).toBe(0);
    const link = page.locator('a.widget__link');
    expect(await link.evaluate((a: HTMLAnchorElement) => [a.getAttribute('href'), a.target, a.rel])).toEqual([`/en/demo?partner=${PARTNER.slug}`, '_blank', 'noopener']);
    expect(await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.scrollHeight])).toEqual([320, 160]);

    const [signing] = await Promise.all([page.context().waitForEvent('page'), link.click()]);
    await signing.locator('#field-nationality').waitFor();
    expect(signing.url()).toBe(`${app.baseUrl}/en/demo?partner=${PARTNER.slug}`);
    await signing.close();

    expect(await inlineStyles(page)).toBe(0);
    expect(foreign()).toEqual([]);
    expect(await csp()).toEqual([]);
  });

  it('is framed like the signing page: by the initiative’s partner origins only', async () => {
    const headers = async (path: string) => {
      const res = await app.http.get(path).expect(200);
      return [res.headers['content-security-policy'], res.headers['x-frame-options']];
    };
    const paths = ['/en/demo/widget', '/en/demo/progress', `/en/demo/partners/${PARTNER.slug}`];
    const signing = await headers('/en/demo');
    expect(signing[1]).toBe('SAMEORIGIN');
    for (const path of paths) expect([path, await headers(path)]).toEqual([path, signing]);

    const embed = `<!doctype html><html lang="en"><title>Partner</title><iframe title="Support" width="300" height="150" src="${app.baseUrl}/en/demo/widget?partner=${PARTNER.slug}"></iframe></html>`;
    const [partnerSite, otherSite] = await Promise.all([serveHtml(embed), serveHtml(embed)]);
    try {
      await app.sql(`UPDATE partners SET allowed_origins = ARRAY[$2] WHERE slug = $1`, [PARTNER.slug, partnerSite.origin]);
      const framed = await headers('/en/demo');
      expect(framed[0]).toContain(`frame-ancestors 'self' ${partnerSite.origin}`);
      expect(framed[1]).toBeUndefined();
      for (const path of paths) expect([path, await headers(path)]).toEqual([path, framed]);

      const { page } = await open();
      const shows = async (origin: string) => {
        await page.goto(`${origin}/`, { waitUntil: 'load' });
        const frame = page.frames().find((candidate) => candidate !== page.mainFrame());
        return frame?.url().startsWith(app.baseUrl) ? frame.locator('#widget-total').waitFor({ timeout: 5000 }).then(() => true) : false;
      };
      expect(await shows(partnerSite.origin)).toBe(true);
      expect(await shows(otherSite.origin)).toBe(false);
    } finally {
      await app.sql(`UPDATE partners SET allowed_origins = '{}' WHERE slug = $1`, [PARTNER.slug]);
      partnerSite.close();
      otherSite.close();
    }
  });

  it('loads under 100 KB of JavaScript on each page (Greek, the largest catalogue), never the signing form’s proof of work', async () => {
    const pages: [string, string, (page: Page) => Promise<void>][] = [
      ['progress page', '/el/demo/progress', (page) => page.locator('#country-table').waitFor()],
      [
        'partner page, signed in',
        `/el/demo/partners/${PARTNER.slug}`,
        async (page) => {
          await page.fill('#field-partnerToken', data.token);
          await page.press('#field-partnerToken', 'Enter');
          await page.locator('#partner-table').waitFor();
        },
      ],
      ['widget', '/el/demo/widget', (page) => page.locator('#widget-total').waitFor()],
    ];
    const report: string[] = [];
    for (const [name, path, ready] of pages) {
      context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const scripts = recordScripts(context);
      const page = await context.newPage();
      await page.goto(`${app.baseUrl}${path}`);
      await ready(page);
      const weights = await scripts();
      const total = weights.reduce((sum, weight) => sum + weight.gzipped, 0);
      report.push(`JavaScript of the ${name} in Greek:\n${weightTable(weights)}`);
      expect([name, total < 100 * 1024]).toEqual([name, true]);
      expect(weights.filter((weight) => /altcha|sha-/.test(weight.path))).toEqual([]);
      await context.close();
      context = undefined;
    }
    console.log(report.join('\n\n'));
  });

  describe('accessibility (axe, WCAG 2.1 AA) in 24 languages', () => {
    let pages: Page[];
    let widgets: Page[];

    beforeAll(async () => {
      pages = await Promise.all([0, 1].map(async () => (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage()));
      widgets = await Promise.all([0, 1].map(async () => (await browser.newContext({ viewport: { width: 300, height: 150 } })).newPage()));
    });
    afterAll(async () => {
      for (const page of [...pages, ...widgets]) await page.context().close();
    });

    /**
     * In one language: the progress page; the partner page with a wrong token (the error summary
     * and the field's error) and with the right one (the figures); the widget, which must fit 300 × 150.
     */
    async function checkLanguage(page: Page, widget: Page, lang: Language): Promise<Record<string, string[] | number[]>> {
      const found: Record<string, string[] | number[]> = {};
      await page.goto(`${app.baseUrl}/${lang}/demo/progress`);
      await page.locator('#country-table').waitFor();
      expect(await page.getAttribute('html', 'lang')).toBe(lang);
      found.progress = await axeViolations(page);

      await page.goto(`${app.baseUrl}/${lang}/demo/partners/${PARTNER.slug}`);
      await page.locator('#field-partnerToken').waitFor();
      await page.fill('#field-partnerToken', data.otherToken);
      await page.press('#field-partnerToken', 'Enter');
      await page.locator('#field-partnerToken-error').waitFor();
      found['partner, wrong token'] = await axeViolations(page);
      await page.fill('#field-partnerToken', data.token);
      await page.press('#field-partnerToken', 'Enter');
      await page.locator('#partner-table').waitFor();
      found['partner, figures'] = await axeViolations(page);
      await page.evaluate(() => sessionStorage.clear());

      await widget.goto(`${app.baseUrl}/${lang}/demo/widget?partner=${OTHER_PARTNER.slug}`);
      await widget.locator('#widget-total').waitFor();
      found.widget = await axeViolations(widget);
      found['widget overflow'] = await widget.evaluate(() => [document.documentElement.scrollWidth - 300, document.documentElement.scrollHeight - 150].filter((excess) => excess > 0));
      return found;
    }

    const none = { progress: [], 'partner, wrong token': [], 'partner, figures': [], widget: [], 'widget overflow': [] };
    const PAIRS = LANGUAGES.flatMap((lang, n) => (n % 2 === 0 ? [[lang, LANGUAGES[n + 1]] as const] : []));

    it.each(PAIRS)('%s and %s: the progress page, the partner page (wrong token, figures), the widget', async (first, second) => {
      const [a, b] = await Promise.all([checkLanguage(pages[0], widgets[0], first), checkLanguage(pages[1], widgets[1], second)]);
      expect({ [first]: a, [second]: b }).toEqual({ [first]: none, [second]: none });
    });
  });
});

/** A one-page site on a free loopback port (a partner's site, or any other). */
async function serveHtml(html: string): Promise<{ origin: string; close(): void }> {
  const server = createServer((_request, response) => response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() };
}
