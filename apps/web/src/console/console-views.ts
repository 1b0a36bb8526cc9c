import { consolePath } from '@eci/api-contract';
import type { Language } from '@eci/rules';

/**
 * The console's views, from the segments after `/{lang}/console` (`classifyPagePath` has checked
 * each is a slug or a word). Each view is a full page load: plain links, the browser's back button,
 * and an address an organiser can bookmark or send to a colleague.
 */
export const INITIATIVE_SECTIONS = ['overview', 'edit', 'key', 'partners', 'people', 'progress', 'exports', 'audit'] as const;
export type InitiativeSection = (typeof INITIATIVE_SECTIONS)[number];

export type ConsoleView =
  /** The signed-in account's initiatives, with its roles on each. */
  | { view: 'home' }
  /** A new initiative. */
  | { view: 'new' }
  | { view: 'initiative'; slug: string; section: InitiativeSection }
  | { view: 'not-found' };

export function parseConsoleView(segments: readonly string[]): ConsoleView {
  const [first, second, ...rest] = segments;
  if (first === undefined) return { view: 'home' };
  if (first === 'new' && second === undefined) return { view: 'new' };
  if (rest.length > 0) return { view: 'not-found' };
  if (second === undefined) return { view: 'initiative', slug: first, section: 'overview' };
  const section = INITIATIVE_SECTIONS.find((name) => name === second && name !== 'overview');
  return section ? { view: 'initiative', slug: first, section } : { view: 'not-found' };
}

/** The address of a console view. */
export function consoleViewPath(lang: Language, view: Exclude<ConsoleView, { view: 'not-found' }>): string {
  switch (view.view) {
    case 'home':
      return consolePath(lang);
    case 'new':
      return consolePath(lang, 'new');
    case 'initiative':
      return view.section === 'overview' ? consolePath(lang, view.slug) : consolePath(lang, view.slug, view.section);
  }
}

/** Which roles see each section (the API refuses the others: 403). */
export const SECTION_ROLES: Record<InitiativeSection, readonly string[]> = {
  overview: ['organiser', 'auditor'],
  edit: ['organiser'],
  key: ['organiser'],
  partners: ['organiser'],
  people: ['organiser'],
  progress: ['organiser', 'auditor'],
  exports: ['auditor'],
  audit: ['auditor'],
};
