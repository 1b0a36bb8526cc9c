import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './support/browser';
import { ADMIN_TOKEN, fillProgressData, PARTNER, type ProgressData } from './support/progress-data';
import { cleanUpTestData, startWebApp, type WebApp } from './support/web-app';

/*
 * The progress page at phone and desktop widths in three scripts, the partner page (Polish, signed
 * in) and the widget at 320 × 160. `npm run screenshots` writes them to docs/screenshots/
 * (ECI_SCREENSHOTS_DIR); in `npm test` they go to a temporary folder, and the test still checks
 * that nothing is wider than the screen.
 */
const OUT = process.env.ECI_SCREENSHOTS_DIR ? resolve(process.env.ECI_SCREENSHOTS_DIR) : mkdtempSync(join(tmpdir(), 'eci-screenshots-'));

const VIEWPORTS = {
  phone: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
  desktop: { viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 },
} as const;

const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe('progress pages: screenshots', () => {
  let app: WebApp;
  let browser: Browser;
  let data: ProgressData;

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    [app, browser] = await Promise.all([startWebApp({ ECI_CAPTCHA: 'off', ECI_ADMIN_TOKEN: ADMIN_TOKEN }), launchChromium()]);
    data = await fillProgressData(app);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await cleanUpTestData();
  });

  async function shoot(options: object, path: string, prepare: (page: Page) => Promise<void>, file: string): Promise<number> {
    const context = await browser.newContext({ ...options, timezoneId: 'Europe/Brussels' });
    try {
      const page = await context.newPage();
      await page.goto(`${app.baseUrl}${path}`);
      await prepare(page);
      const wider = await overflow(page);
      await page.screenshot({ path: join(OUT, file), fullPage: true, animations: 'disabled', caret: 'hide' });
      return wider;
    } finally {
      await context.close();
    }
  }

  it.each((['en', 'el', 'bg'] as const).flatMap((lang) => (['phone', 'desktop'] as const).map((width) => [lang, width] as const)))(
    'the %s progress page at %s width fits the screen',
    async (lang, width) => {
      const wider = await shoot({ ...VIEWPORTS[width], locale: lang }, `/${lang}/demo/progress`, (page) => page.locator('#country-table').waitFor(), `progress-${lang}-${width}.png`);
      expect(wider).toBeLessThanOrEqual(0);
    },
  );

  it('the Polish partner page, signed in, at desktop width', async () => {
    const wider = await shoot(
      { ...VIEWPORTS.desktop, locale: 'pl' },
      `/pl/demo/partners/${PARTNER.slug}`,
      async (page) => {
        await page.fill('#field-partnerToken', data.token);
        await page.press('#field-partnerToken', 'Enter');
        await page.locator('#partner-table').waitFor();
        await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      },
      'partner-pl-desktop.png',
    );
    expect(wider).toBeLessThanOrEqual(0);
  });

  it.each(['en', 'el'])('the %s widget at 320 × 160', async (lang) => {
    const wider = await shoot({ viewport: { width: 320, height: 160 }, deviceScaleFactor: 2, locale: lang }, `/${lang}/demo/widget`, (page) => page.locator('#widget-total').waitFor(), `widget-${lang}.png`);
    expect(wider).toBeLessThanOrEqual(0);
  });
});
