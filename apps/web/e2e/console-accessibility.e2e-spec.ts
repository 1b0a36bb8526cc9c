import { LANGUAGES, type Language } from '@eci/rules';
import type { Browser, Page } from 'playwright-core';
import { preloadAxe, preloadedAxeViolations } from './support/axe';
import { launchChromium } from './support/browser';
import { cpuSeconds } from './support/cpu-time';
import { consoleText, text } from './support/catalogue';
import {
  consolePageCases,
  consoleUrl,
  demoAccount,
  DEMO_ROLES,
  openConsolePage,
  openSiblingTab,
  signInOnConsole,
  watchConsoleCalls,
  type ConsolePageCase,
  type DemoRole,
} from './support/console-pages';
import { cleanUpTestData, startWebApp, type WebApp } from './support/web-app';

/*
 * axe-core (WCAG 2.1 A and AA) on every page of the console in all 24 languages: the sign-in page
 * (signed out, empty and refused), home, the new initiative and each section of the demo
 * initiative as the first demo account whose role opens it (and, in English, as the other one
 * too: the auditor's overview and progress). The list comes from the console's own
 * (INITIATIVE_SECTIONS, SECTION_ROLES: support/console-pages.ts), so a page added later is
 * checked without a change here; a section without a page yet shows "not found", checked too.
 *
 * Time: one app, one browser, one context per account, signed in once; its pages shared among a
 * few tabs of that context (at most PAGES_PER_TAB each per language), all tabs working side by
 * side, each navigating from page to page. axe is loaded into each page before the page's scripts
 * (preloadAxe) and a page is checked as soon as it is there (its h1, nothing loading, no API call
 * in flight): no fixed wait anywhere. The last line printed sums it up.
 */

const CASES = consolePageCases();
const PAGES_PER_TAB = 4;

describe('console: accessibility (axe, WCAG 2.1 AA) of every page in 24 languages', () => {
  let app: WebApp;
  let browser: Browser;
  let signedOut: Page;
  /** Each account's tabs, each with the pages it checks in every language. */
  const tabs: { role: DemoRole; page: Page; cases: ConsolePageCase[] }[] = [];
  let started = 0;
  let cpuAtStart: ReturnType<typeof cpuSeconds>;
  let checked = 0;
  let violations = 0;
  const notFound = new Set<string>();

  beforeAll(async () => {
    [app, browser] = await Promise.all([startWebApp({ ECI_CAPTCHA: 'off' }), launchChromium()]);
    const open = async (): Promise<Page> => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      await Promise.all([watchConsoleCalls(context), preloadAxe(context)]);
      return context.newPage();
    };
    signedOut = await open();
    await Promise.all(
      DEMO_ROLES.map(async (role) => {
        const first = await open();
        await openConsolePage(first, consoleUrl(app, 'en', { view: 'home' }));
        await signInOnConsole(first, demoAccount(app, role));
        const cases = CASES.filter((c) => c.role === role);
        const count = Math.max(1, Math.ceil(cases.filter((c) => c.first).length / PAGES_PER_TAB));
        const pages = [first, ...(await Promise.all(Array.from({ length: count - 1 }, () => openSiblingTab(first))))];
        pages.forEach((page, n) => tabs.push({ role, page, cases: cases.filter((_, index) => index % count === n) }));
      }),
    );
    started = Date.now();
    cpuAtStart = cpuSeconds();
  }, 180_000);
  afterAll(async () => {
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const cpuNow = cpuSeconds();
    const cpu =
      cpuAtStart === undefined || cpuNow === undefined
        ? ''
        : ` (CPU ${(cpuNow.total - cpuAtStart.total).toFixed(1)} s, of which the app and the test ${(cpuNow.self - cpuAtStart.self).toFixed(1)} s)`;
    await browser?.close();
    await app?.close();
    await cleanUpTestData();
    // The time of the checks themselves (the app's start, as in every browser spec, apart).
    process.stdout.write(
      `\nconsole axe (WCAG 2.1 A/AA): ${CASES.filter((c) => c.first).length + 2} pages × ${LANGUAGES.length} languages + ${CASES.filter((c) => !c.first).length} in English = ${checked} checks, ${violations} violations, ${seconds} s${cpu}` +
        (notFound.size > 0 ? `; showing "not found" (no page yet): ${[...notFound].join(', ')}` : '') +
        '\n',
    );
  });

  /** The sign-in page of a language, then the same page refused (nothing entered: the error summary). */
  async function signInPage(lang: Language): Promise<Record<string, string[]>> {
    const page = signedOut;
    await openConsolePage(page, consoleUrl(app, lang, { view: 'home' }));
    expect({ lang: await page.getAttribute('html', 'lang'), h1: await page.locator('main h1').innerText() }).toEqual({ lang, h1: consoleText(lang, 'sign-in.title') });
    const found: Record<string, string[]> = { 'sign-in': await preloadedAxeViolations(page) };
    await page.click('button[type="submit"]');
    await page.locator('.error-summary').waitFor();
    found['sign-in refused'] = await preloadedAxeViolations(page);
    return found;
  }

  /** The pages one tab checks, in a language, as its account. */
  async function tabPages({ page, cases }: (typeof tabs)[number], lang: Language): Promise<Record<string, string[]>> {
    const found: Record<string, string[]> = {};
    for (const { name, view } of cases.filter((c) => c.first || lang === 'en')) {
      await openConsolePage(page, consoleUrl(app, lang, view));
      expect({ name, lang: await page.getAttribute('html', 'lang'), signedIn: await page.locator('.console-account').count() }).toEqual({ name, lang, signedIn: 1 });
      if ((await page.locator('main h1').innerText()) === text(lang, 'page.notFound.title')) notFound.add(name);
      found[name] = await preloadedAxeViolations(page);
    }
    return found;
  }

  const none = (lang: Language) => Object.fromEntries(['sign-in', 'sign-in refused', ...CASES.filter((c) => c.first || lang === 'en').map((c) => c.name)].map((name) => [name, []]));

  it.each(LANGUAGES)('%s: sign-in, home, new and every section', async (lang) => {
    const found: Record<string, string[]> = Object.assign({}, ...(await Promise.all([signInPage(lang), ...tabs.map((tab) => tabPages(tab, lang))])));
    checked += Object.keys(found).length;
    violations += Object.values(found).reduce((sum, lines) => sum + lines.length, 0);
    expect({ [lang]: found }).toEqual({ [lang]: none(lang) });
  });
});
