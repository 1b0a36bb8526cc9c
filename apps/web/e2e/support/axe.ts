import AxeBuilder from '@axe-core/playwright';
import { dirname } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * WCAG 2.1 A/AA violations on the page, as `rule: selectors` lines (empty when there are none).
 * Legacy mode runs axe in the page itself (no helper page per run): several times faster, and
 * the signing page has no frames that would need the other mode. (`options` first: it replaces
 * the whole options object, tags included.)
 */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).withTags(TAGS).setLegacyMode(true).analyze();
  return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

/** What `preloadedAxeViolations` reads of axe-core's API in the page. */
interface AxeInPage {
  run(context: Document, options: { runOnly: { type: 'tag'; values: string[] }; resultTypes: string[]; preload: boolean; iframes: boolean }): Promise<{ violations: { id: string; nodes: { target: unknown[] }[] }[] }>;
}

declare global {
  interface Window {
    axe?: AxeInPage;
  }
}

/**
 * axe-core (the copy @axe-core/playwright runs) loaded into every page of the context before the
 * page's own scripts: for specs that check many pages, each a full load. `axeViolations` sends
 * and compiles axe's 0.5 MB twice per check; this loads it once per page load, without a round
 * trip, and `preloadedAxeViolations` then only runs it (3 to 5 times faster per page).
 */
export async function preloadAxe(context: BrowserContext): Promise<void> {
  const path = require.resolve('axe-core/axe.min.js', { paths: [dirname(require.resolve('@axe-core/playwright'))] });
  await context.addInitScript({ path });
}

/** As `axeViolations` (same rules, same lines), in a page of a context given `preloadAxe`. */
export async function preloadedAxeViolations(page: Page): Promise<string[]> {
  return page.evaluate(async (tags) => {
    if (!window.axe) throw new Error('axe-core is not loaded in this page (preloadAxe on its context)');
    // No frames to look into; no style sheets to fetch (only an experimental rule, not run here, reads them).
    const results = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'], preload: false, iframes: false });
    return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  }, TAGS);
}
