import type { Page } from 'playwright-core';

/** Whether the focused element matches a CSS selector. */
export function focusedMatches(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((css) => document.activeElement?.matches(css) ?? false, selector);
}

/** Presses Tab (forwards) until the focus is on `selector`; fails after `max` presses. */
export async function tabTo(page: Page, selector: string, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await focusedMatches(page, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** Tabs to a text field and types into it. */
export async function typeInto(page: Page, selector: string, text: string): Promise<void> {
  await tabTo(page, selector);
  await page.keyboard.type(text);
}

/**
 * Tabs to a select and chooses an option as a keyboard user does: typing the start of its label
 * (the browser's type-ahead) when it can be typed on a US keyboard, else with the arrow keys.
 */
export async function chooseByTyping(page: Page, selector: string, label: string): Promise<void> {
  await tabTo(page, selector);
  if (/^[\x20-\x7e]+$/.test(label)) {
    await page.keyboard.type(label);
    return;
  }
  const { target, current } = await page.evaluate(
    ([css, wanted]) => {
      const select = document.querySelector(css) as HTMLSelectElement;
      return { target: [...select.options].findIndex((option) => option.text === wanted), current: select.selectedIndex };
    },
    [selector, label] as const,
  );
  if (target < 0) throw new Error(`No option "${label}" in ${selector}`);
  const key = target > current ? 'ArrowDown' : 'ArrowUp';
  for (let i = 0; i < Math.abs(target - current); i++) await page.keyboard.press(key);
}

/** Waits until the focus is on `selector` (pages move it after rendering, on the next frame). */
export async function waitForFocus(page: Page, selector: string): Promise<void> {
  await page.waitForFunction((css) => document.activeElement?.matches(css) ?? false, selector, { polling: 'raf', timeout: 30_000 });
}
