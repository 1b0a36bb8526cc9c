import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './support/browser';
import { consolePageCases, consoleUrl, demoAccount, DEMO_ROLES, openConsolePage, signInOnConsole, watchConsoleCalls, type DemoRole } from './support/console-pages';
import { cleanUpTestData, startWebApp, type WebApp } from './support/web-app';

/*
 * Every console page (the same list as the console's accessibility spec: sign-in, home, new, each
 * section as each demo account that opens it) at phone and desktop widths, in English and in
 * German (long words). `npm run screenshots` writes them to docs/screenshots/console/
 * (ECI_SCREENSHOTS_DIR); in `npm test` they go to a temporary folder, and the test still checks
 * that nothing is wider than the screen. One page per account and width, signed in once.
 */
const OUT = join(process.env.ECI_SCREENSHOTS_DIR ? resolve(process.env.ECI_SCREENSHOTS_DIR) : mkdtempSync(join(tmpdir(), 'eci-screenshots-')), 'console');

const VIEWPORTS = {
  phone: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
  desktop: { viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 },
} as const;
type Width = keyof typeof VIEWPORTS;
const WIDTHS = Object.keys(VIEWPORTS) as Width[];
const LANGS = ['en', 'de'] as const;

const CASES = consolePageCases();
/** `overview (auditor)` → `overview-auditor`. */
const fileName = (name: string) => name.replace(/[^a-z0-9]+/g, '-').replace(/-$/, '');

const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe('console: screenshots of every page', () => {
  let app: WebApp;
  let browser: Browser;
  const pages = {} as Record<Width, Record<DemoRole | 'signed-out', Page>>;

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    [app, browser] = await Promise.all([startWebApp({ ECI_CAPTCHA: 'off' }), launchChromium()]);
    for (const width of WIDTHS) {
      const open = async (): Promise<Page> => {
        const context = await browser.newContext({ ...VIEWPORTS[width], timezoneId: 'Europe/Brussels' });
        await watchConsoleCalls(context);
        return context.newPage();
      };
      const [signedOut, ...signedIn] = await Promise.all([open(), ...DEMO_ROLES.map(open)]);
      await Promise.all(
        DEMO_ROLES.map(async (role, n) => {
          await openConsolePage(signedIn[n], consoleUrl(app, 'en', { view: 'home' }));
          await signInOnConsole(signedIn[n], demoAccount(app, role));
        }),
      );
      pages[width] = { 'signed-out': signedOut, ...(Object.fromEntries(DEMO_ROLES.map((role, n) => [role, signedIn[n]])) as Record<DemoRole, Page>) };
    }
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await cleanUpTestData();
  });

  /** The page as it is, whole; how much wider than the screen it is (0 when it fits). */
  async function shoot(page: Page, file: string): Promise<number> {
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const wider = await overflow(page);
    await page.screenshot({ path: join(OUT, file), fullPage: true, animations: 'disabled', caret: 'hide' });
    return wider;
  }

  it.each(LANGS.flatMap((lang) => WIDTHS.map((width) => [lang, width] as const)))('%s at %s width: every page fits the screen', async (lang, width) => {
    const wider: Record<string, number> = {};
    const signedOut = pages[width]['signed-out'];
    await openConsolePage(signedOut, consoleUrl(app, lang, { view: 'home' }));
    wider['sign-in'] = await shoot(signedOut, `sign-in-${lang}-${width}.png`);
    await signedOut.click('button[type="submit"]');
    await signedOut.locator('.error-summary').waitFor();
    wider['sign-in refused'] = await shoot(signedOut, `sign-in-refused-${lang}-${width}.png`);
    await Promise.all(
      DEMO_ROLES.map(async (role) => {
        const page = pages[width][role];
        for (const { name, view } of CASES.filter((c) => c.role === role)) {
          await openConsolePage(page, consoleUrl(app, lang, view));
          wider[name] = await shoot(page, `${fileName(name)}-${lang}-${width}.png`);
        }
      }),
    );
    expect(Object.entries(wider).filter(([, px]) => px > 0)).toEqual([]);
  });
});
