import type { Page } from 'playwright-core';
import { text } from './catalogue';
import { chooseByTyping, tabTo, typeInto } from './keyboard';

export interface PartA {
  fullFirstNames: string;
  familyNames: string;
  street: string;
  streetNumber: string;
  postalCode: string;
  city: string;
  /** ISO code of the residence country. */
  residenceCountry: string;
  /** YYYY-MM-DD; typed as day, month and year in the page language's order. */
  dateOfBirth: string;
}

export interface PartB {
  fullFirstNames: string;
  familyNames: string;
  idDocumentNumber: string;
}

/** Chooses the nationality on a freshly loaded page by typing its name, as a keyboard user does. */
export async function chooseNationality(page: Page, lang: string, country: string): Promise<void> {
  await page.locator('#field-nationality').waitFor();
  await chooseByTyping(page, '#field-nationality', text(lang, `countries.${country}`));
  await expect(page.locator('#field-nationality').inputValue()).resolves.toBe(country);
  await page.locator('#field-fullFirstNames').waitFor();
}

/** The date fields in the order the page shows them in `lang` (year first in hu, lt, sv). */
export function datePartsIn(lang: string): ('day' | 'month' | 'year')[] {
  return ['hu', 'lt', 'sv'].includes(lang) ? ['year', 'month', 'day'] : ['day', 'month', 'year'];
}

/** What a person types in each date field for a YYYY-MM-DD date (no leading zeros: 2 11 1985). */
export function datePartValues(iso: string): Record<'day' | 'month' | 'year', string> {
  const [year, month, day] = iso.split('-');
  return { day: String(Number(day)), month: String(Number(month)), year };
}

/** Types a date of birth in its three fields with Tab and the keyboard, in the page's order. */
export async function typeDateOfBirth(page: Page, lang: string, iso: string): Promise<void> {
  const values = datePartValues(iso);
  for (const part of datePartsIn(lang)) await typeInto(page, `#field-dateOfBirth-${part}`, values[part]);
}

/** Fills the three date fields directly (not a keyboard test). */
export async function fillDateOfBirth(page: Page, iso: string): Promise<void> {
  const values = datePartValues(iso);
  for (const part of ['day', 'month', 'year'] as const) await page.fill(`#field-dateOfBirth-${part}`, values[part]);
}

/** Tabs to the Annex III certification and ticks it with the space bar. */
export async function certify(page: Page): Promise<void> {
  await tabTo(page, '#field-certified');
  await page.keyboard.press('Space');
  await expect(page.locator('#field-certified').isChecked()).resolves.toBe(true);
}

/** Types a Part A statement, field by field, with Tab and the keyboard only. */
export async function typePartA(page: Page, s: PartA, residenceName: string, lang: string): Promise<void> {
  await typeInto(page, '#field-fullFirstNames', s.fullFirstNames);
  await typeInto(page, '#field-familyNames', s.familyNames);
  await typeInto(page, '#field-street', s.street);
  await typeInto(page, '#field-streetNumber', s.streetNumber);
  await typeInto(page, '#field-postalCode', s.postalCode);
  await typeInto(page, '#field-city', s.city);
  await chooseByTyping(page, '#field-residenceCountry', residenceName);
  await expect(page.locator('#field-residenceCountry').inputValue()).resolves.toBe(s.residenceCountry);
  await typeDateOfBirth(page, lang, s.dateOfBirth);
}

/** Types a Part B statement (a country with one accepted document). */
export async function typePartB(page: Page, s: PartB): Promise<void> {
  await typeInto(page, '#field-fullFirstNames', s.fullFirstNames);
  await typeInto(page, '#field-familyNames', s.familyNames);
  await typeInto(page, '#field-idDocumentNumber', s.idDocumentNumber);
}

/** Ticks "I am not a robot" with the space bar and waits for the proof of work to finish. */
export async function solveProofOfWork(page: Page, lang: string): Promise<void> {
  await tabTo(page, 'altcha-widget input[type="checkbox"]');
  await page.keyboard.press('Space');
  await page.locator('.proof-of-work [role="status"]', { hasText: text(lang, 'page.captcha.verified') }).waitFor({ timeout: 30_000 });
}

/** Tabs to the send button and presses Enter. */
export async function send(page: Page): Promise<void> {
  await tabTo(page, 'button[type="submit"]');
  await page.keyboard.press('Enter');
}

/** The receipt shown on the confirmation page. */
export async function receiptShown(page: Page, lang: string): Promise<string> {
  await page.locator('h1', { hasText: text(lang, 'page.confirmation.title') }).waitFor();
  return (await page.locator('#receipt-id').innerText()).trim();
}
