import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { demoCredentials } from '../../api/test/fixtures/sessions';
import { axeViolations } from './support/axe';
import { launchChromium } from './support/browser';
import { text } from './support/catalogue';
import { signInToConsole } from './support/console';
import { tabTo, typeInto, waitForFocus } from './support/keyboard';
import { cleanUpTestData, startWebApp, type WebApp } from './support/web-app';

/*
 * The console's partners and people pages, keyboard only (Tab, typing, Enter, Space, arrows,
 * Escape; no clicks), as the demo organiser: a partner added (its read token shown once, then
 * never again), its allowed websites changed, its embed code as docs/signing-page.md gives it,
 * copied; a new token, a revoked one; an auditor's account created, signed in with in a fresh
 * browser, its password reset, disabled and enabled, and removed from the initiative.
 */

const catalogue = (feature: string, lang = 'en') => JSON.parse(readFileSync(join(__dirname, `../../../i18n/console/${feature}/${lang}.json`), 'utf8')) as Record<string, unknown>;
const PARTNERS = catalogue('partners');
const PEOPLE = catalogue('people');

/** An English text of a console catalogue, interpolated as i18next does. */
function words(source: Record<string, unknown>, key: string, params: Record<string, string | number> = {}): string {
  const template = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], source) as string;
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name]));
}

describe('console: partners and people (keyboard only)', () => {
  let app: WebApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let organiser: { email: string; password: string };
  const press = (key: string) => page.keyboard.press(key);

  /** Tabs (forwards, or backwards with Shift+Tab) to the element matching `selector` whose text contains `label`. */
  async function tabToText(selector: string, label: string, direction: 'forwards' | 'backwards' = 'forwards', max = 120): Promise<void> {
    for (let i = 0; i < max; i++) {
      await press(direction === 'forwards' ? 'Tab' : 'Shift+Tab');
      const found = await page.evaluate(([css, wanted]) => {
        const active = document.activeElement;
        return Boolean(active?.matches(css) && active.textContent?.includes(wanted));
      }, [selector, label] as const);
      if (found) return;
    }
    throw new Error(`Tab never reached ${selector} "${label}"`);
  }

  /** Opens a console view by its address (as a bookmark would) and waits for its heading. */
  async function open(view: string, heading: string): Promise<void> {
    await page.goto(`${app.baseUrl}/en/console/demo/${view}`);
    await page.locator('h1', { hasText: heading }).waitFor({ timeout: 30_000 });
  }

  const partnerRead = (token: string) => app.http.get('/api/initiatives/demo/partners/edri/progress').set('authorization', `Bearer ${token}`);
  const tokenValue = () => page.locator('#token-edri').inputValue();
  const clipboard = () => page.evaluate(() => navigator.clipboard.readText());

  beforeAll(async () => {
    [app, browser] = await Promise.all([startWebApp(), launchChromium()]);
    organiser = demoCredentials(app).organiser;
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.baseUrl });
    page = await context.newPage();
    await signInToConsole(page, app.baseUrl, organiser);
    // Starting the app makes the demo accounts (Argon2id), and signing in checks a hash: slow on a busy machine.
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await cleanUpTestData();
  });

  describe('partners', () => {
    let firstToken: string;

    it('adds a partner and shows its read token once, in a box that takes the focus; a reload does not show it again', async () => {
      await open('partners', words(PARTNERS, 'title'));
      await page.locator('main p', { hasText: words(PARTNERS, 'none') }).waitFor();
      await typeInto(page, '#field-name', 'European Digital Rights (EDRi)');
      await typeInto(page, '#field-slug', 'edri');
      await typeInto(page, '#field-allowedOrigins', 'https://edri.org');
      await tabTo(page, 'form button[type="submit"]');
      await press('Enter');

      await page.locator('.console-token').waitFor();
      await waitForFocus(page, '#token-edri-title');
      expect(await page.locator('.console-token').innerText()).toContain(words(PARTNERS, 'token.once'));
      expect(await axeViolations(page)).toEqual([]);
      firstToken = await tokenValue();
      expect(firstToken).toMatch(/^ecip_[A-Za-z0-9_-]{43}$/);
      // The token is the partner's: it opens its statistics, through the API.
      await partnerRead(firstToken).expect(200);
      expect((await app.http.get('/api/initiatives/demo/partners/edri/progress').set('authorization', 'Bearer ecip_wrong')).status).toBe(401);

      // Copied with the keyboard, said in words; the statistics page's address beside it.
      await tabToText('.console-token button', words(PARTNERS, 'copy.button'));
      await press('Enter');
      await page.locator('.console-token [role="status"]', { hasText: words(PARTNERS, 'copy.copied') }).waitFor();
      expect(await clipboard()).toBe(firstToken);
      expect(await page.locator('#statistics-edri').inputValue()).toBe(`${app.baseUrl}/en/demo/partners/edri`);

      // Never kept by the page: not in storage, and gone after a reload.
      const stored = await page.evaluate(() => JSON.stringify({ ...sessionStorage }) + JSON.stringify({ ...localStorage }) + document.cookie);
      expect(stored).not.toContain(firstToken);
      await page.reload();
      await page.locator('h3', { hasText: 'European Digital Rights (EDRi)' }).waitFor({ timeout: 30_000 });
      expect(await page.locator('.console-token').count()).toBe(0);
      expect(await page.content()).not.toContain(firstToken);
      expect(await page.locator('main').innerText()).toContain(words(PARTNERS, 'token.active'));
    });

    it('changes the allowed websites: the API refusal under the field, then saved, and framing follows', async () => {
      await tabToText('button', words(PARTNERS, 'origins.edit'));
      await press('Enter');
      await waitForFocus(page, '#field-origins-edri');
      expect(await page.locator('#field-origins-edri').inputValue()).toBe('https://edri.org');

      // Not an origin (a path): the API says so, in its words, under the field that keeps the focus.
      await press('Control+A');
      await page.keyboard.type('https://edri.org/campaign');
      await tabToText('button[type="submit"]', words(PARTNERS, 'origins.save'));
      await press('Enter');
      await page.locator('#field-origins-edri-error').waitFor();
      expect(await page.locator('#field-origins-edri-error').innerText()).toContain(text('en', 'errors.format.default'));
      await waitForFocus(page, '#field-origins-edri');

      await press('Control+A');
      await page.keyboard.type('https://edri.org\nhttps://www.edri.org');
      await tabToText('button[type="submit"]', words(PARTNERS, 'origins.save'));
      await press('Enter');
      await page.locator('[role="status"]', { hasText: words(PARTNERS, 'origins.saved') }).waitFor();
      // The focus is back on the button that opened the form.
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(words(PARTNERS, 'origins.edit'));
      await page.locator('.console-partner code', { hasText: 'https://www.edri.org' }).waitFor();

      // The widget may now be framed by both websites, and by no other.
      const widget = await app.http.get('/en/demo/widget').expect(200);
      expect(widget.headers['content-security-policy']).toMatch(/frame-ancestors 'self' https:\/\/edri\.org https:\/\/www\.edri\.org(;|$)/);
    });

    it('gives the embed code of the widget and the signing page exactly as documented, in the chosen language, and copies it', async () => {
      const title = (await app.http.get('/api/initiatives/demo').expect(200)).body.title as Record<string, string>;
      await tabTo(page, 'details.console-embed > summary');
      await press('Enter');
      await page.locator('#embed-edri-widget').waitFor();
      expect(await page.locator('#field-embed-edri-lang').inputValue()).toBe('en');

      // docs/signing-page.md, "Widget" and "Embedding on a partner's site", with this site and this partner.
      expect(await page.locator('#embed-edri-widget').inputValue()).toBe(
        [
          '<iframe',
          `  src="${app.baseUrl}/en/demo/widget?partner=edri"`,
          `  title="${title.en}: statements of support so far"`,
          '  width="300"',
          '  height="150"',
          '  loading="lazy"',
          '  referrerpolicy="no-referrer"',
          '></iframe>',
        ].join('\n'),
      );
      expect(await page.locator('#embed-edri-signing').inputValue()).toBe(
        [
          '<iframe',
          `  src="${app.baseUrl}/en/demo?partner=edri"`,
          `  title="Support the European citizens' initiative “${title.en}”"`,
          '  width="100%"',
          '  height="1600"',
          '  loading="lazy"',
          '  allow="clipboard-write"',
          '  referrerpolicy="no-referrer"',
          '></iframe>',
        ].join('\n'),
      );
      expect(await page.locator('#embed-edri-link').inputValue()).toBe(`${app.baseUrl}/en/demo?partner=edri`);
      expect(await axeViolations(page)).toEqual([]);

      // Another language, chosen with the keyboard: the addresses and the frames' titles in German.
      await tabTo(page, '#field-embed-edri-lang');
      await page.keyboard.type('Deutsch');
      expect(await page.locator('#field-embed-edri-lang').inputValue()).toBe('de');
      await page.waitForFunction(() => (document.querySelector('#embed-edri-widget') as HTMLTextAreaElement).value.includes('/de/demo/widget'));
      const widget = await page.locator('#embed-edri-widget').inputValue();
      expect(widget).toContain(`  src="${app.baseUrl}/de/demo/widget?partner=edri"\n`);
      expect(widget).toContain(`  title="${title.de}`);
      expect(await page.locator('#embed-edri-signing').inputValue()).toContain(`  src="${app.baseUrl}/de/demo?partner=edri"\n`);
      expect(await page.locator('#embed-edri-link').inputValue()).toBe(`${app.baseUrl}/de/demo?partner=edri`);

      // The documented addresses are pages: the widget and the signing page answer in German.
      const framed = await app.http.get(new URL(widget.match(/src="([^"]+)"/)?.[1] ?? '').pathname).expect(200);
      expect(framed.text).toContain('lang="de"');

      // Copied with Space this time; the clipboard holds exactly the code shown.
      await tabTo(page, '#embed-edri-signing');
      await press('Tab');
      await press('Space');
      await page.locator('.console-embed [role="status"]', { hasText: words(PARTNERS, 'copy.copied') }).waitFor();
      expect(await clipboard()).toBe(await page.locator('#embed-edri-signing').inputValue());
    });

    it('makes a new token after a confirm step: shown once, the old one stops working', async () => {
      // Back up from the embed code to the partner's actions.
      await tabToText('button', words(PARTNERS, 'token.rotate'), 'backwards');
      await press('Enter');
      await waitForFocus(page, '.console-confirm__question');
      expect(await page.locator('.console-confirm__question').innerText()).toBe(words(PARTNERS, 'token.rotateQuestion', { name: 'European Digital Rights (EDRi)' }));
      expect(await axeViolations(page)).toEqual([]);
      await press('Tab');
      await press('Enter');

      await page.locator('.console-token').waitFor();
      await waitForFocus(page, '#token-edri-title');
      const second = await tokenValue();
      expect(second).not.toBe(firstToken);
      await partnerRead(second).expect(200);
      await partnerRead(firstToken).expect(401);
      expect(await page.locator('[role="status"]', { hasText: words(PARTNERS, 'token.rotated') }).count()).toBe(1);

      // Hidden once copied: nothing left on the page; the focus on the partner's name.
      await tabToText('.console-token button', words(PARTNERS, 'token.hide'));
      await press('Enter');
      expect(await page.locator('.console-token').count()).toBe(0);
      await waitForFocus(page, '#partner-edri-title');
      expect(await page.content()).not.toContain(second);
      firstToken = second;
    });

    it('revokes the token after a confirm step (Escape cancels it first)', async () => {
      await tabToText('button', words(PARTNERS, 'token.revoke'));
      await press('Enter');
      await waitForFocus(page, '.console-confirm__question');
      await press('Escape');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(words(PARTNERS, 'token.revoke'));
      await partnerRead(firstToken).expect(200);

      await press('Enter');
      await press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(words(PARTNERS, 'token.revokeConfirm'));
      await press('Enter');
      await page.locator('[role="status"]', { hasText: words(PARTNERS, 'token.revoked') }).waitFor();
      await page.locator('.console-partner dd', { hasText: words(PARTNERS, 'token.none') }).waitFor();
      await partnerRead(firstToken).expect(401);
      // A token can be made again.
      expect(await page.locator('button', { hasText: words(PARTNERS, 'token.issue') }).count()).toBe(1);
    });
  });

  describe('people', () => {
    const auditor = { email: 'new.auditor@example.org', password: 'a first password for the auditor' };
    const row = () => page.locator('tbody tr', { hasText: auditor.email });

    it('creates an auditor account (the API refuses a short password first), who signs in with it in a fresh browser', async () => {
      await open('people', words(PEOPLE, 'title'));
      await page.locator('tbody tr', { hasText: organiser.email }).waitFor();
      await typeInto(page, '#field-email', auditor.email);
      // The role: Tab into the radios (none chosen: the first takes the focus), the arrow chooses the next.
      await tabTo(page, '#field-role');
      await press('ArrowDown');
      expect(await page.locator('input[name="role"]:checked').inputValue()).toBe('auditor');
      await typeInto(page, '#field-password', 'too short');
      await press('Enter');
      await page.locator('.error-summary').waitFor();
      await waitForFocus(page, '.error-summary');
      expect(await page.locator('#field-password-error').innerText()).toContain(text('en', 'errors.format.default'));
      expect(await axeViolations(page)).toEqual([]);

      await tabTo(page, '#field-password');
      await press('Control+A');
      await page.keyboard.type(auditor.password);
      await tabTo(page, 'form button[type="submit"]');
      await press('Enter');
      await page.locator('[role="status"]', { hasText: words(PEOPLE, 'created', { email: auditor.email, role: 'Auditor' }) }).waitFor({ timeout: 30_000 });
      await row().waitFor();
      expect(await row().innerText()).toContain('Auditor');
      expect(await page.locator('.error-summary').count()).toBe(0);

      const fresh = await browser.newContext({ viewport: { width: 390, height: 844 } });
      const theirs = await fresh.newPage();
      await signInToConsole(theirs, app.baseUrl, auditor);
      expect(await theirs.locator('.console-account').innerText()).toContain(auditor.email);
      expect(await theirs.locator('.console-card', { hasText: 'ECI(2022)000001' }).innerText()).toContain('Auditor');
      await fresh.close();
    });

    it('gives an existing account a second role without a password: it keeps its own', async () => {
      const demoAuditor = demoCredentials(app).auditor;
      // After adding, the focus is back in the e-mail field, for the next person.
      await waitForFocus(page, '#field-email');
      await page.keyboard.type(demoAuditor.email);
      // Data entry, the third radio: the arrows move the choice.
      await tabTo(page, '#field-role');
      await press('ArrowDown');
      await press('ArrowDown');
      expect(await page.locator('input[name="role"]:checked').inputValue()).toBe('data-entry');
      await tabTo(page, 'form button[type="submit"]');
      await press('Enter');
      await page.locator('[role="status"]', { hasText: words(PEOPLE, 'granted', { email: demoAuditor.email, role: 'Data entry' }) }).waitFor({ timeout: 30_000 });
      await page.locator('tbody tr', { hasText: demoAuditor.email }).locator('td', { hasText: 'Auditor, Data entry' }).waitFor();
      await app.http.post('/api/auth/login').send({ email: demoAuditor.email, password: demoAuditor.password }).expect(200);
    });

    it("resets the account's password: the old one stops working, the new one signs in", async () => {
      await tabToText('tbody button', `${words(PEOPLE, 'reset')} ${auditor.email}`);
      await press('Enter');
      await waitForFocus(page, 'input[type="password"][name^="password-"]');
      expect(await axeViolations(page)).toEqual([]);
      await page.keyboard.type('a second password for the auditor');
      await press('Enter');
      await page.locator('[role="status"]', { hasText: words(PEOPLE, 'passwordReset', { email: auditor.email }) }).waitFor({ timeout: 30_000 });
      expect(await page.evaluate(() => document.activeElement?.textContent)).toContain(words(PEOPLE, 'reset'));
      await app.http.post('/api/auth/login').send(auditor).expect(401);
      auditor.password = 'a second password for the auditor';
      await app.http.post('/api/auth/login').send(auditor).expect(200);
    });

    it('disables the account on this initiative after a confirm step, and enables it again', async () => {
      await tabToText('tbody button', `${words(PEOPLE, 'disable')} ${auditor.email}`);
      await press('Enter');
      await waitForFocus(page, '.console-confirm__question');
      await press('Tab');
      await press('Enter');
      await page.locator('[role="status"]', { hasText: words(PEOPLE, 'disabled', { email: auditor.email }) }).waitFor();
      await row().locator('td', { hasText: words(PEOPLE, 'statusDisabled') }).waitFor();
      // Its only roles are here: it cannot sign in.
      await app.http.post('/api/auth/login').send(auditor).expect(401);

      await tabToText('tbody button', `${words(PEOPLE, 'enable')} ${auditor.email}`);
      await press('Enter');
      await page.locator('[role="status"]', { hasText: words(PEOPLE, 'enabled', { email: auditor.email }) }).waitFor();
      await row().locator('td', { hasText: words(PEOPLE, 'statusActive') }).waitFor();
      await app.http.post('/api/auth/login').send(auditor).expect(200);
    });

    it('offers neither reset nor disable on one\'s own account', async () => {
      const mine = page.locator('tbody tr', { hasText: organiser.email });
      expect(await mine.locator('button').evaluateAll((buttons) => buttons.map((button) => button.textContent))).toEqual([`${words(PEOPLE, 'remove')} ${organiser.email}`]);
    });

    it('removes the account from the initiative after a confirm step; the focus goes to the list', async () => {
      await tabToText('tbody button', `${words(PEOPLE, 'remove')} ${auditor.email}`);
      await press('Enter');
      expect(await page.locator('.console-confirm__question').innerText()).toBe(words(PEOPLE, 'removeQuestion', { email: auditor.email, roles: 'Auditor' }));
      await press('Tab');
      await press('Enter');
      await page.locator('[role="status"]', { hasText: words(PEOPLE, 'removed', { email: auditor.email }) }).waitFor();
      await row().waitFor({ state: 'detached' });
      await waitForFocus(page, '#people-list-title');
      // Left with no role anywhere, the account is disabled: it cannot sign in.
      await app.http.post('/api/auth/login').send(auditor).expect(401);
    });
  });
});
