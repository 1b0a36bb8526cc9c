import type { Language } from '@eci/rules';
import type { BrowserContext, Page } from 'playwright-core';
import { consoleViewPath, INITIATIVE_SECTIONS, SECTION_ROLES, type ConsoleView } from '../../src/console/console-views';
import type { WebApp } from './web-app';

/** The demo accounts (ECI_DEMO, on outside production): one organiser and one auditor of `demo` and `demo-cocs`. */
export type DemoRole = 'organiser' | 'auditor';
export const DEMO_ROLES: readonly DemoRole[] = ['organiser', 'auditor'];

/** The demo initiative the section pages are looked at on. */
export const CONSOLE_SLUG = 'demo';

/** One console page as one account sees it: its name in reports and files, its view and who looks. */
export interface ConsolePageCase {
  name: string;
  view: Exclude<ConsoleView, { view: 'not-found' }>;
  role: DemoRole;
  /**
   * `false` for a section as a second demo account sees it (the auditor's overview, when the
   * organiser's is the section's first look): mostly the same page, with other actions, which the
   * specs look at in English only, to keep their time.
   */
  first: boolean;
}

/**
 * Every page of the console a signed-in account opens: home, the new initiative, and each section
 * of `INITIATIVE_SECTIONS` as each demo account whose role `SECTION_ROLES` lets see it (first as
 * the first such account). Derived from the console's own lists: a section added there is covered
 * here without a change. A section no demo account can see fails at once (give a demo account
 * that role, or look at it otherwise).
 */
export function consolePageCases(slug = CONSOLE_SLUG): ConsolePageCase[] {
  const cases: ConsolePageCase[] = [
    { name: 'home', view: { view: 'home' }, role: 'organiser', first: true },
    { name: 'new', view: { view: 'new' }, role: 'organiser', first: true },
  ];
  for (const section of INITIATIVE_SECTIONS) {
    const roles = DEMO_ROLES.filter((role) => SECTION_ROLES[section].includes(role));
    if (roles.length === 0) throw new Error(`No demo account sees the console section "${section}" (SECTION_ROLES: ${SECTION_ROLES[section].join(', ')})`);
    roles.forEach((role, n) => cases.push({ name: `${section} (${role})`, view: { view: 'initiative', slug, section }, role, first: n === 0 }));
  }
  return cases;
}

export function consoleUrl(app: WebApp, lang: Language, view: ConsolePageCase['view']): string {
  return `${app.baseUrl}${consoleViewPath(lang, view)}`;
}

/** The demo account of a role, as the app created it at its first start. */
export function demoAccount(app: WebApp, role: DemoRole): { email: string; password: string } {
  const account = app.running.demo?.accounts?.find((candidate) => candidate.role === role);
  if (!account) throw new Error(`The app made no demo ${role} account (ECI_DEMO off, or a database that was not empty)`);
  return account;
}

declare global {
  interface Window {
    /** The page's fetch calls not yet answered (installed by `watchConsoleCalls`). */
    __eciPendingCalls?: number;
  }
}

/** Counts the console's own API calls in flight in every page of the context, from the first document on. */
export async function watchConsoleCalls(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    window.__eciPendingCalls = 0;
    const original = window.fetch.bind(window);
    window.fetch = (...args: Parameters<typeof fetch>) => {
      window.__eciPendingCalls = (window.__eciPendingCalls ?? 0) + 1;
      return original(...args).finally(() => {
        window.__eciPendingCalls = (window.__eciPendingCalls ?? 1) - 1;
      });
    };
  });
}

/**
 * Opens a console address and waits until the page is there: its h1 in the main region, nothing
 * loading (`.loading`), no call of the console's in flight (`watchConsoleCalls`). No fixed wait:
 * the condition is checked on each animation frame.
 */
export async function openConsolePage(page: Page, url: string): Promise<void> {
  await page.goto(url);
  try {
    await page.waitForFunction(() => document.querySelector('main h1') !== null && document.querySelector('.loading') === null && window.__eciPendingCalls === 0, undefined, {
      polling: 'raf',
      timeout: 30_000,
    });
  } catch (error) {
    const state = await page.evaluate(() => ({ h1: document.querySelector('main h1')?.textContent ?? null, loading: document.querySelector('.loading') !== null, calls: window.__eciPendingCalls }));
    throw new Error(`${url} was not there (every console page has an h1 in main once loaded): ${JSON.stringify(state)}`, { cause: error });
  }
}

/** Signs in on the console's sign-in page (already open) and waits for the signed-in page. */
export async function signInOnConsole(page: Page, account: { email: string; password: string }): Promise<void> {
  await page.fill('#field-email', account.email);
  await page.fill('#field-password', account.password);
  await page.click('button[type="submit"]');
  await page.locator('.console-account').waitFor();
}

/**
 * Another tab of a signed-in context, holding a copy of the tab's sessionStorage (the session's
 * CSRF token) as a tab opened from the console does: signed in too, without signing in again.
 */
export async function openSiblingTab(page: Page): Promise<Page> {
  const origin = new URL(page.url()).origin;
  const storage = await page.evaluate(() => Object.entries(sessionStorage));
  const sibling = await page.context().newPage();
  await sibling.addInitScript(
    ({ origin, storage }) => {
      if (location.origin !== origin) return;
      for (const [key, value] of storage) if (sessionStorage.getItem(key) === null) sessionStorage.setItem(key, value);
    },
    { origin, storage },
  );
  return sibling;
}
