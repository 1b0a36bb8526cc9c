import type { Download, Page } from 'playwright-core';
import { chooseByTyping, tabTo, typeInto } from './keyboard';

/** An account to sign in with (the demo organiser's and auditor's from `app.running.demo.accounts`). */
export interface ConsoleAccount {
  email: string;
  password: string;
}

/**
 * Signs in to the console in English, with the keyboard only (Tab, typing, Enter), and waits for
 * the signed-in header. The page stays on the console's home.
 */
export async function signInToConsole(page: Page, baseUrl: string, account: ConsoleAccount): Promise<void> {
  await page.goto(`${baseUrl}/en/console`);
  await page.locator('#field-email').waitFor();
  await tabTo(page, '#field-email');
  await page.keyboard.type(account.email);
  await tabTo(page, '#field-password');
  await page.keyboard.type(account.password);
  await page.keyboard.press('Enter');
  await page.locator('.console-account').waitFor({ timeout: 30_000 });
}

/** Tabs to the link to `href` (an address of the console, `/en/console/…`) and follows it with Enter: a full page load. */
export async function followLink(page: Page, href: string): Promise<void> {
  await page.locator(`a[href="${href}"]`).first().waitFor();
  await tabTo(page, `a[href="${href}"]`);
  await Promise.all([page.waitForURL(`**${href}`), page.keyboard.press('Enter')]);
}

/** An organiser as the New form takes it: name, country of residence (its English name), e-mail for the representative and the substitute. */
export type OrganiserRow = [name: string, country: string, email?: string];

/** Seven organisers in seven Member States: the representative and the substitute first, with their e-mail addresses. */
export const SEVEN_ORGANISERS: readonly OrganiserRow[] = [
  ['Ingrid Larsen', 'Denmark', 'representative@quiet-streets.example.org'],
  ['Paolo Bianchi', 'Italy', 'substitute@quiet-streets.example.org'],
  ['Liis Tamm', 'Estonia'],
  ['Carmen Ruiz', 'Spain'],
  ['Ján Horváth', 'Slovakia'],
  ['Marie Dubois', 'France'],
  ['Seán Ó Briain', 'Ireland'],
];

/** On the New form: the address name and the registration (number and date), each typed after a Tab. */
export async function typeRegistration(page: Page, { slug, registrationNumber, registrationDate }: { slug: string; registrationNumber: string; registrationDate: string }): Promise<void> {
  await typeInto(page, '#field-slug', slug);
  await typeInto(page, '#field-registrationNumber', registrationNumber);
  await typeInto(page, '#field-registrationDate', registrationDate);
}

/** On the New form: the register's address and the English title, subject and objectives. */
export async function typeRegisterAndTexts(page: Page, { registerUrl, title, subject, objectives }: { registerUrl: string; title: string; subject: string; objectives: string }): Promise<void> {
  await typeInto(page, '#field-registerUrl', registerUrl);
  await typeInto(page, '[id="field-title.en"]', title);
  await typeInto(page, '[id="field-subject.en"]', subject);
  await typeInto(page, '[id="field-objectives.en"]', objectives);
}

/** On the New form: the organisers' rows, in order (`beforeRow` runs before row n is typed). */
export async function typeOrganisers(page: Page, people: readonly OrganiserRow[], beforeRow?: (n: number) => Promise<void>): Promise<void> {
  for (const [n, [name, country, email]] of people.entries()) {
    await beforeRow?.(n);
    await typeInto(page, `[id="field-organisers.${n}.name"]`, name);
    await chooseByTyping(page, `[id="field-organisers.${n}.residence"]`, country);
    if (email) await typeInto(page, `[id="field-organisers.${n}.email"]`, email);
  }
}

/**
 * On the Keys page: types the passphrase (replacing what the field held) and its repetition, makes
 * the key pair with Enter and waits for the key file's link. Returns the milliseconds from Enter to
 * the link (Argon2id at the command's cost in the worker: seconds, more on two shared cores).
 */
export async function makeKey(page: Page, passphrase: string): Promise<number> {
  await tabTo(page, '#field-passphrase');
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(passphrase);
  await tabTo(page, '#field-repeat');
  await page.keyboard.type(passphrase);
  await page.keyboard.press('Enter');
  const started = Date.now();
  await page.locator('a[download]').waitFor({ timeout: 120_000 });
  return Date.now() - started;
}

/** On the Keys page, once the key is made: Tab to the key file's link, Enter, and the browser's download. */
export async function downloadKeyFile(page: Page): Promise<Download> {
  await tabTo(page, 'a[download]');
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  return download;
}

/** On the Keys page, the key file downloaded: ticks "saved" (Space) and sends the public key (Enter); waits for the page's notice. */
export async function sendKey(page: Page): Promise<void> {
  await tabTo(page, '#field-saved');
  await page.keyboard.press('Space');
  if (!(await page.locator('#field-saved').isChecked())) throw new Error('Space did not tick #field-saved');
  await tabTo(page, 'form button[type="submit"]');
  await page.keyboard.press('Enter');
  await page.locator('.console-notice[role="status"]').waitFor();
}

/** What the Exports page's form takes: the Member State's English name, the files' paths and their passphrases. */
export interface ExportFormInput {
  country: string;
  keyFile: string;
  passphrase: string;
  certificate: string;
  certificatePassphrase: string;
}

/**
 * Fills the Exports page's form with the keyboard (the two files with setInputFiles, as a file
 * dialog cannot be driven) and leaves the focus on its button: Enter sends it.
 */
export async function fillExportForm(page: Page, { country, keyFile, passphrase, certificate, certificatePassphrase }: ExportFormInput): Promise<void> {
  await chooseByTyping(page, '#field-country', country);
  await page.setInputFiles('#field-keyFile', keyFile);
  await typeInto(page, '#field-passphrase', passphrase);
  await page.setInputFiles('#field-certificate', certificate);
  await typeInto(page, '#field-certificatePassphrase', certificatePassphrase);
  await tabTo(page, '.console-export-form button[type="submit"]');
}
