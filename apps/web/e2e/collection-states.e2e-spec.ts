import { addDays } from '@eci/rules';
import type { Browser, Page } from 'playwright-core';
import { AdjustableClock } from '../../api/test/fixtures/adjustable-clock';
import { launchChromium } from './support/browser';
import { text } from './support/catalogue';
import { cleanUpTestData, startWebApp, type WebApp } from './support/web-app';

/*
 * The signing page follows the server's clock (an AdjustableClock moved to each day in Brussels):
 * before the kick-off, after the last day and after an early closure it says so and offers no form;
 * the COCS initiative's page sends signers to its COCS page in their language and asks for nothing.
 */
describe('signing page: collection states and the COCS mode', () => {
  let app: WebApp;
  let browser: Browser;
  let page: Page;
  const clock = new AdjustableClock();
  let kickOff: string;
  let lastDay: string;
  const goTo = (day: string) => clock.advance(Date.parse(`${day}T12:00:00Z`) - clock.now().getTime());
  /** The page's own text for the dates: the browser's long date in `lang`. */
  const longDate = (day: string, lang: string) => page.evaluate(([d, l]) => new Intl.DateTimeFormat(l, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${d}T00:00:00Z`)), [day, lang]);

  beforeAll(async () => {
    [app, browser] = await Promise.all([startWebApp({ ECI_CAPTCHA: 'off' }, { clock }), launchChromium()]);
    const demo = (await app.http.get('/api/initiatives/demo').expect(200)).body;
    kickOff = demo.collectionStart;
    lastDay = demo.collectionEnd;
    page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await cleanUpTestData();
  });

  const stateShown = async (path: string) => {
    await page.goto(`${app.baseUrl}${path}`);
    await page.locator('#collection-state').waitFor();
    expect(await page.locator('#field-nationality').count()).toBe(0);
    return { state: await page.getAttribute('#collection-state', 'data-state'), text: (await page.locator('#collection-state').innerText()).trim() };
  };

  it('before the kick-off, after the last day and after an early closure: a sentence, no form (French, Polish)', async () => {
    goTo(addDays(kickOff, -1));
    expect(await stateShown('/fr/demo')).toEqual({ state: 'not-started', text: text('fr', 'page.period.notStarted', { start: await longDate(kickOff, 'fr') }) });

    goTo(addDays(lastDay, 1));
    expect(await stateShown('/pl/demo')).toEqual({ state: 'ended', text: text('pl', 'page.period.ended', { end: await longDate(lastDay, 'pl') }) });

    const closure = addDays(kickOff, 10);
    // Closed early as the organisers' close command stores it (a copy of the demo, never read before).
    await app.sql(
      `INSERT INTO initiatives (slug, registration_number, registration_date, title, subject, objectives, organisers, register_url, collection_start, collection_end, public_key, demo, closed_early_on)
       SELECT 'closing', 'ECI(2022)000005', registration_date, title, subject, objectives, organisers, register_url, collection_start, collection_end, public_key, demo, $1 FROM initiatives WHERE slug = 'demo'`,
      [closure],
    );
    goTo(closure);
    expect(await stateShown('/fr/closing')).toEqual({ state: 'closed-early', text: text('fr', 'page.period.closedEarly', { date: await longDate(closure, 'fr') }) });
  });

  it('the COCS initiative: the explanation and a link to its COCS page in the reader\'s language, no form, no request carrying personal data', async () => {
    goTo(kickOff);
    const sent: string[] = [];
    page.on('request', (request) => {
      if (request.method() !== 'GET') sent.push(`${request.method()} ${request.url()}`);
    });
    for (const lang of ['fr', 'el'] as const) {
      await page.goto(`${app.baseUrl}/${lang}/demo-cocs`);
      await page.locator('#cocs-signing').waitFor();
      expect(await page.locator('#cocs-signing h2').innerText()).toBe(text(lang, 'page.cocs.title'));
      expect(await page.locator('#cocs-signing').innerText()).toContain(text(lang, 'page.cocs.body'));
      const href = new URL((await page.getAttribute('#cocs-link', 'href')) as string);
      expect(`${href.origin}${href.pathname}`).toBe('https://eci.ec.europa.eu/999/public/');
      expect(href.searchParams.get('lang')).toBe(lang);
      expect(await page.locator('form, input, select, textarea').count()).toBe(0);
      expect((await page.locator('.demo-notice strong').innerText()).trim()).toBe(text(lang, 'page.demo.body'));
    }
    expect(sent).toEqual([]);
  });

  it('the demonstration notice on the progress page and the widget of a demo', async () => {
    await page.goto(`${app.baseUrl}/en/demo-cocs/progress`);
    await page.locator('.demo-notice').waitFor();
    expect(await page.getAttribute('.demo-notice', 'role')).toBe('note');
    await page.goto(`${app.baseUrl}/de/demo/widget`);
    await page.locator('.demo-notice').waitFor();
    // The short form in the widget's small frame; the whole sentence for screen readers.
    expect((await page.locator('.demo-notice strong').innerText()).trim()).toBe(text('de', 'page.demo.short'));
    expect(await page.locator('.demo-notice .visually-hidden').textContent()).toBe(text('de', 'page.demo.body'));
  });
});
