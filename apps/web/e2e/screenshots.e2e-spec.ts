import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from './support/browser';
import { cleanUpTestData, startWebApp, type WebApp } from './support/web-app';

/*
 * The form at phone and desktop widths in three scripts (Cyrillic, Greek, Latin with diacritics);
 * the page of an initiative collecting online through the Commission's COCS and the demonstration
 * notice, in French, Polish and Greek.
 * `npm run screenshots` writes them to docs/screenshots/ (ECI_SCREENSHOTS_DIR); in `npm test` they
 * go to a temporary folder, and the test still checks that nothing is wider than the screen.
 */
const OUT = process.env.ECI_SCREENSHOTS_DIR ? resolve(process.env.ECI_SCREENSHOTS_DIR) : mkdtempSync(join(tmpdir(), 'eci-screenshots-'));

const SCRIPTS = [
  { lang: 'bg', country: 'BG' },
  { lang: 'el', country: 'GR' },
  { lang: 'pl', country: 'PL' },
] as const;

const VIEWPORTS = {
  phone: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
  desktop: { viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 },
} as const;

describe('signing page: screenshots', () => {
  let app: WebApp;
  let browser: Browser;

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    [app, browser] = await Promise.all([startWebApp({ ECI_CAPTCHA: 'on' }), launchChromium()]);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await cleanUpTestData();
  });

  it.each(SCRIPTS.flatMap(({ lang, country }) => Object.keys(VIEWPORTS).map((width) => [lang, country, width as keyof typeof VIEWPORTS] as const)))(
    'the %s form (%s) at %s width fits the screen',
    async (lang, country, width) => {
      const context = await browser.newContext({ ...VIEWPORTS[width], locale: lang });
      try {
        const page = await context.newPage();
        await page.goto(`${app.baseUrl}/${lang}/demo`);
        await page.selectOption('#field-nationality', country);
        await page.locator('#field-fullFirstNames').waitFor();
        await page.locator('altcha-widget input[type="checkbox"]').waitFor();
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow).toBeLessThanOrEqual(0);
        await page.screenshot({ path: join(OUT, `form-${lang}-${width}.png`), fullPage: true, animations: 'disabled', caret: 'hide' });
      } finally {
        await context.close();
      }
    },
  );

  it.each((['fr', 'pl', 'el'] as const).flatMap((lang) => Object.keys(VIEWPORTS).map((width) => [lang, width as keyof typeof VIEWPORTS] as const)))(
    'the COCS page (demo-cocs) and the demonstration notice of the demo in %s at %s width fit the screen',
    async (lang, width) => {
      const context = await browser.newContext({ ...VIEWPORTS[width], locale: lang });
      try {
        const page = await context.newPage();
        for (const [slug, ready, name] of [
          ['demo-cocs', '#cocs-signing', 'cocs'],
          ['demo', '#field-nationality', 'demo'],
        ] as const) {
          await page.goto(`${app.baseUrl}/${lang}/${slug}`);
          await page.locator(ready).waitFor();
          await page.locator('.demo-notice').waitFor();
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          expect(overflow).toBeLessThanOrEqual(0);
          await page.screenshot({ path: join(OUT, `${name}-${lang}-${width}.png`), fullPage: name === 'cocs', animations: 'disabled', caret: 'hide' });
        }
      } finally {
        await context.close();
      }
    },
  );

  /** The date of birth (year first in Hungarian) and the certification, refused once, as a signer sees them. */
  const DATE_SCRIPTS = [
    { lang: 'fr', country: 'FR' },
    { lang: 'hu', country: 'SK' },
    { lang: 'el', country: 'GR' },
  ] as const;

  it.each(DATE_SCRIPTS.flatMap(({ lang, country }) => Object.keys(VIEWPORTS).map((width) => [lang, country, width as keyof typeof VIEWPORTS] as const)))(
    'the %s date of birth and certification (%s) at %s width fit the screen',
    async (lang, country, width) => {
      const context = await browser.newContext({ ...VIEWPORTS[width], locale: lang });
      try {
        const page = await context.newPage();
        await page.goto(`${app.baseUrl}/${lang}/demo`);
        await page.selectOption('#field-nationality', country);
        await page.locator('#field-dateOfBirth-day').waitFor();
        await page.locator('altcha-widget input[type="checkbox"]').waitFor();
        await page.fill('#field-dateOfBirth-day', '2');
        await page.fill('#field-dateOfBirth-month', '11');
        await page.fill('#field-dateOfBirth-year', '85');
        await page.click('button[type="submit"]');
        await page.locator('#field-dateOfBirth-error').waitFor();
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow).toBeLessThanOrEqual(0);
        for (const [name, selector] of [['date', '#field-dateOfBirth'], ['certification', '#field-certified']] as const) {
          await page.evaluate((css) => document.querySelector(css)?.closest('.form-group')?.scrollIntoView({ block: 'center' }), selector);
          await page.screenshot({ path: join(OUT, `${name}-${lang}-${width}.png`), animations: 'disabled', caret: 'hide' });
        }
      } finally {
        await context.close();
      }
    },
  );
});
