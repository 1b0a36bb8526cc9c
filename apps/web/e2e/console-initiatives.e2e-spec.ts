import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { addDays, collectionWindow, latestKickOff } from '@eci/rules';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './support/browser';
import { text } from './support/catalogue';
import { SEVEN_ORGANISERS, signInToConsole, typeOrganisers, typeRegisterAndTexts, typeRegistration } from './support/console';
import { tabTo, typeInto, waitForFocus } from './support/keyboard';
import { cleanUpTestData, startWebApp, type WebApp } from './support/web-app';

/*
 * The console's initiative pages, keyboard only (Tab, typing, Enter, Space; no clicks), as the demo
 * organiser: a new initiative through the form (the legal limits said as the dates are typed, the
 * API's refusal shown under its field), its overview with the channels and their legal reasons, an
 * edit, and closing collection early (then the API's refusal to close it again).
 */

const CATALOGUE = JSON.parse(readFileSync(join(__dirname, '../../../i18n/console/initiatives/en.json'), 'utf8')) as Record<string, unknown>;

/** An English text of the console's initiatives catalogue, interpolated as i18next does. */
function words(key: string, params: Record<string, string | number> = {}): string {
  const template = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], CATALOGUE) as string;
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name]));
}

/** Starting the app (with the demo accounts' password hashes) and typing a whole registration take a while on two shared cores. */
const SLOW = 180_000;

describe('console: initiatives (keyboard only)', () => {
  let app: WebApp;
  let browser: Browser;
  let page: Page;
  let today: string;
  /** The page's own long date in English ("15 January 2025"). */
  const longDate = (day: string) => page.evaluate((d) => new Intl.DateTimeFormat('en-IE', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${d}T00:00:00Z`)), day);
  const press = (key: string) => page.keyboard.press(key);
  /** Replaces a text field's value: Tab to it, select all, type. */
  const retype = async (selector: string, value: string) => {
    await tabTo(page, selector);
    await press('Control+A');
    await page.keyboard.type(value);
  };

  beforeAll(async () => {
    [app, browser] = await Promise.all([startWebApp(), launchChromium()]);
    // The demo collects from today in Brussels: the server's day.
    today = (await app.http.get('/api/initiatives/demo').expect(200)).body.collectionStart as string;
    page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    const organiser = app.running.demo?.accounts?.find((account) => account.role === 'organiser');
    if (!organiser) throw new Error('The demo organiser account was not created');
    await signInToConsole(page, app.baseUrl, organiser);
  }, SLOW);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await cleanUpTestData();
  });

  it('creates an initiative through the form: the limits said as typed, the API refusal under its field, then its overview', async () => {
    // From the home, the link to a new initiative.
    await tabTo(page, 'a[href="/en/console/new"]');
    await press('Enter');
    await page.locator('#field-slug').waitFor();

    const registered = addDays(today, -10);
    const year = registered.slice(0, 4);
    // "demo" is taken: only the API knows (initiative_exists, under the slug).
    await typeRegistration(page, { slug: 'demo', registrationNumber: `ECI(${year})000777`, registrationDate: registered });
    const latest = latestKickOff(registered);
    await page.locator('#registration-limits p').first().waitFor();
    expect(await page.locator('#registration-limits').innerText()).toContain(words('limits.kickOffRange', { from: await longDate(registered), latest: await longDate(latest) }));
    expect(await page.locator('#registration-limits').innerText()).toContain(words(registered <= '2022-12-31' ? 'limits.ownOnlineLawful' : 'limits.cocsOnly'));

    // A kick-off one day too late is said at once, with the latest day; then the lawful one and its last day.
    const tooLate = addDays(latest, 1);
    await typeInto(page, '#field-collectionStart', tooLate);
    await page.locator('#kick-off-limits .initiative-limit__problem').waitFor();
    expect(await page.locator('#kick-off-limits .initiative-limit__problem').innerText()).toBe(words('limits.tooLate', { latest: await longDate(latest) }));
    await press('Control+A');
    await page.keyboard.type(today);
    await page.locator('#kick-off-limits .initiative-limit__problem').waitFor({ state: 'detached' });
    expect(await page.locator('#kick-off-limits').innerText()).toContain(words('limits.lastDay', { start: await longDate(today), end: await longDate(collectionWindow(today).end) }));

    // Texts in English (the console's language), with the character count as typed.
    await typeRegisterAndTexts(page, {
      registerUrl: `https://citizens-initiative.europa.eu/initiatives/details/${year}/000777_en`,
      title: 'Quiet streets near every school',
      subject: 'Traffic calming around schools.',
      objectives: 'We ask the Commission to propose minimum rules for traffic calming within 300 metres of every school.',
    });
    expect(await page.locator('[id="field-title.en-hint"]').innerText()).toBe(words('form.characters', { count: 31, max: 200 }));

    // The seven organisers, the representative and the substitute with their e-mail addresses.
    const count = async () => page.locator('#organisers-count').innerText();
    await typeOrganisers(page, SEVEN_ORGANISERS, async (n) => {
      // Six of seven filled: the count says six Member States, the rule not met.
      if (n === 6) expect(await count()).toBe(`${words('organisers.count', { members: 7, states: 6, representatives: 1, substitutes: 1 })} ${words('organisers.notMet')}`);
    });
    expect(await count()).toBe(`${words('organisers.count', { members: 7, states: 7, representatives: 1, substitutes: 1 })} ${words('organisers.met')}`);
    // An eighth row added (the focus goes to it) and removed (the focus goes back to "Add").
    await tabTo(page, 'button.initiative-add');
    await press('Enter');
    await page.locator('[id="field-organisers.7.role"]').waitFor();
    await waitForFocus(page, '[id="field-organisers.7.role"]');
    expect(await count()).toContain(words('organisers.count', { members: 8, states: 7, representatives: 1, substitutes: 1 }));
    await tabTo(page, '.initiative-organisers__row:nth-child(8) button');
    await press('Space');
    await page.locator('[id="field-organisers.7.role"]').waitFor({ state: 'detached' });
    await waitForFocus(page, 'button.initiative-add');
    expect(await count()).toContain(words('organisers.count', { members: 7, states: 7, representatives: 1, substitutes: 1 }));

    // Sent: the API refuses the taken address name, said under the field and in the summary (focused).
    await tabTo(page, 'form.initiative-form button[type="submit"]');
    await press('Enter');
    await page.locator('#field-slug-error').waitFor();
    const taken = text('en', 'errors.initiative_exists');
    expect(await page.locator('#field-slug-error').innerText()).toContain(taken);
    await waitForFocus(page, '.error-summary');
    expect(await page.locator('.error-summary').innerText()).toContain(taken);

    // Another address name, sent again: the new initiative's overview (a full page load).
    await retype('#field-slug', 'quiet-streets');
    await tabTo(page, 'form.initiative-form button[type="submit"]');
    await Promise.all([page.waitForURL(`${app.baseUrl}/en/console/quiet-streets`), press('Enter')]);
    await page.locator('#collection-state').waitFor();
    expect(await page.locator('h1').innerText()).toBe('Quiet streets near every school');
    expect(await page.getAttribute('#collection-state', 'data-state')).toBe('collecting');
    // Its channels, each with the reason from the rules library for this registration date.
    const ownOnline = registered <= '2022-12-31';
    expect(await page.getAttribute('.initiative-channel[data-channel="own-online"]', 'data-lawful')).toBe(String(ownOnline));
    expect(await page.getAttribute('.initiative-channel[data-channel="paper"]', 'data-lawful')).toBe('true');
    expect(await page.locator('.initiative-channel[data-channel="own-online"]').innerText()).toContain(
      words(ownOnline ? 'channels.upToMet' : 'channels.upToMissed', { date: await longDate(registered), limit: await longDate('2022-12-31') }),
    );
    expect(await page.locator('#online-channel').innerText()).toBe(words(ownOnline ? 'channels.online.own-online' : 'channels.online.cocs'));
    expect(await page.getAttribute('#signing-page-link', 'href')).toBe('/en/quiet-streets');

    // The creator became its organiser (the API granted the role).
    const created = (await app.http.get('/api/initiatives/quiet-streets').expect(200)).body;
    expect(created).toMatchObject({ registrationNumber: `ECI(${year})000777`, registrationDate: registered, collectionStart: today, title: { en: 'Quiet streets near every school' } });
    expect(created.organisers).toHaveLength(7);
    expect(created.organisers[0]).toEqual({ role: 'representative', name: 'Ingrid Larsen', residence: 'DK', email: 'representative@quiet-streets.example.org' });
  }, SLOW);

  it('edits it: only the changed texts are sent, and the page says they are saved', async () => {
    await tabTo(page, 'a[href="/en/console/quiet-streets/edit"]');
    await press('Enter');
    await page.locator('[id="field-title.en"]').waitFor();
    expect(await page.locator('#field-slug').count()).toBe(0);
    // A French column beside the English one.
    await tabTo(page, '#language-fr');
    await press('Space');
    await page.locator('[id="field-title.fr"]').waitFor();
    await retype('[id="field-title.en"]', 'Quiet and safe streets near every school');
    await typeInto(page, '[id="field-title.fr"]', 'Des rues calmes près de chaque école');
    await typeInto(page, '[id="field-subject.fr"]', 'Apaiser la circulation autour des écoles.');
    await typeInto(page, '[id="field-objectives.fr"]', 'Des règles minimales pour apaiser la circulation autour des écoles.');
    await tabTo(page, 'form.initiative-form button[type="submit"]');
    await press('Enter');
    await page.locator('#form-status .console-notice').waitFor();
    expect(await page.locator('#form-status').innerText()).toBe(words('edit.saved'));
    const edited = (await app.http.get('/api/initiatives/quiet-streets').expect(200)).body;
    expect(edited.title).toEqual({ en: 'Quiet and safe streets near every school', fr: 'Des rues calmes près de chaque école' });
    expect(edited.collectionStart).toBe(today);
  }, SLOW);

  it('closes collection early after a confirmation; closing again shows the API refusal', async () => {
    // "Back to the overview", after the form.
    await tabTo(page, 'main a[href="/en/console/quiet-streets"]');
    await Promise.all([page.waitForURL(`${app.baseUrl}/en/console/quiet-streets`), press('Enter')]);
    await page.locator('#close-start').waitFor();
    await tabTo(page, '#close-start');
    await press('Space');
    // The confirmation takes the focus on the next frame.
    await waitForFocus(page, '#close-confirm');
    await press('Enter');
    await page.locator('#close-early [role="status"] .console-notice').waitFor();
    expect(await page.locator('#close-early [role="status"]').innerText()).toBe(words('close.done', { date: await longDate(today) }));
    await page.locator('#collection-state[data-state="closed-early"]').waitFor();
    expect(await page.locator('#closed-early').innerText()).toBe(await longDate(today));

    // Again (the focus comes back to the button): the API answers collection_already_closed, in its words.
    await waitForFocus(page, '#close-start');
    await press('Space');
    await waitForFocus(page, '#close-confirm');
    await press('Enter');
    await page.locator('#close-early .error-summary').waitFor();
    expect(await page.locator('#close-early .error-summary').innerText()).toContain(text('en', 'errors.collection_already_closed'));
  }, SLOW);
});
