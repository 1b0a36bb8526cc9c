import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

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
