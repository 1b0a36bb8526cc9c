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

/** Types a Part A statement, field by field, with Tab and the keyboard only. */
export async function typePartA(page: Page, s: PartA, residenceName: string): Promise<void> {
  await typeInto(page, '#field-fullFirstNames', s.fullFirstNames);
  await typeInto(page, '#field-familyNames', s.familyNames);
  await typeInto(page, '#field-street', s.street);
  await typeInto(page, '#field-streetNumber', s.streetNumber);
  await typeInto(page, '#field-postalCode', s.postalCode);
  await typeInto(page, '#field-city', s.city);
  await chooseByTyping(page, '#field-residenceCountry', residenceName);
  await expect(page.locator('#field-residenceCountry').inputValue()).resolves.toBe(s.residenceCountry);
  await typeInto(page, '#field-dateOfBirth', s.dateOfBirth);
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
