import type { Page } from 'playwright-core';
import { tabTo } from './keyboard';

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
