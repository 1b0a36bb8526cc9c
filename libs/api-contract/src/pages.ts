import { isLanguage, LANGUAGES, type Language } from '@eci/rules';
import { SLUG_PATTERN, UUID_PATTERN } from './patterns';

/**
 * The web app's pages, by address: the page server (apps/api/src/pages) answers them with the app's
 * HTML and the web app's router shows them, both through `classifyPagePath`.
 * `/{lang}/{slug}` signs, `/{lang}/{slug}/receipt/{id}` checks a receipt, `/{lang}/{slug}/progress`
 * shows the counts, `/{lang}/{slug}/partners/{partner}` a partner's own counts (behind its token),
 * `/{lang}/{slug}/widget` the counter for partner sites' frames, `/{lang}/console/…` the organisers'
 * console (never framed; its own views are read by the console's router from `view`).
 */
export type PageRoute =
  | { page: 'sign'; lang: Language; slug: string }
  | { page: 'receipt'; lang: Language; slug: string; receipt: string }
  | { page: 'progress'; lang: Language; slug: string }
  | { page: 'partner'; lang: Language; slug: string; partner: string }
  | { page: 'widget'; lang: Language; slug: string }
  | { page: 'console'; lang: Language; view: string[] };

/** The first segment after the language of every console address. */
export const CONSOLE_SEGMENT = 'console';

/**
 * Slugs the site's addresses already use: `/{slug}` redirects to the reader's language, so a
 * language code (`/en`), the API's prefix (`/api`) or the console (`/console`) cannot name an
 * initiative; nor can `new`, the console's address for a new initiative (`/{lang}/console/new`).
 */
export const RESERVED_SLUGS: readonly string[] = [...LANGUAGES, 'api', CONSOLE_SEGMENT, 'new'];

/** A console view's segments: up to three, each a slug, an id or a word (`demo/partners`, `new`). */
const CONSOLE_VIEW_SEGMENT = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/;

/** What an address outside /api is, before any database lookup. */
export type PagePath =
  /** A page, in that language (each framable by the initiative's partner origins only). */
  | { kind: 'page'; route: PageRoute }
  /** `/` or `/{slug}`: redirect to the reader's language (and the default initiative for `/`). */
  | { kind: 'choose-language'; slug: string | null }
  /** `/{lang}`: redirect to the default initiative in that language. */
  | { kind: 'choose-initiative'; lang: Language }
  /** Nothing; `lang` when the first segment is a language. */
  | { kind: 'unknown'; lang: Language | null };

/** Classifies a path (without query string); one trailing slash is ignored. */
export function classifyPagePath(pathname: string): PagePath {
  const segments = pathname.replace(/^\/+/, '').replace(/\/$/, '').split('/');
  const [lang, slug, sub, id] = segments;
  if (segments.length === 1 && lang === '') return { kind: 'choose-language', slug: null };
  if (!isLanguage(lang)) {
    return segments.length === 1 && SLUG_PATTERN.test(lang) ? { kind: 'choose-language', slug: lang } : { kind: 'unknown', lang: null };
  }
  if (segments.length === 1) return { kind: 'choose-initiative', lang };
  const unknown: PagePath = { kind: 'unknown', lang };
  if (!SLUG_PATTERN.test(slug)) return unknown;
  const page = (route: PageRoute): PagePath => ({ kind: 'page', route });
  if (slug === CONSOLE_SEGMENT) {
    const view = segments.slice(2);
    return view.length <= 3 && view.every((segment) => CONSOLE_VIEW_SEGMENT.test(segment)) ? page({ page: 'console', lang, view }) : unknown;
  }
  if (segments.length === 2) return page({ page: 'sign', lang, slug });
  if (segments.length === 3 && sub === 'progress') return page({ page: 'progress', lang, slug });
  if (segments.length === 3 && sub === 'widget') return page({ page: 'widget', lang, slug });
  if (segments.length === 4 && sub === 'receipt' && UUID_PATTERN.test(id)) return page({ page: 'receipt', lang, slug, receipt: id.toLowerCase() });
  if (segments.length === 4 && sub === 'partners' && SLUG_PATTERN.test(id)) return page({ page: 'partner', lang, slug, partner: id });
  return unknown;
}

/** The address of a page (slugs and ids are URL-safe by their patterns). */
export function pagePath(route: PageRoute): string {
  const base = route.page === 'console' ? '' : `/${route.lang}/${route.slug}`;
  switch (route.page) {
    case 'sign':
      return base;
    case 'receipt':
      return `${base}/receipt/${route.receipt}`;
    case 'progress':
      return `${base}/progress`;
    case 'partner':
      return `${base}/partners/${route.partner}`;
    case 'widget':
      return `${base}/widget`;
    case 'console':
      return consolePath(route.lang, ...route.view);
  }
}

export const signPath = (lang: Language, slug: string): string => pagePath({ page: 'sign', lang, slug });
export const receiptPath = (lang: Language, slug: string, receipt: string): string => pagePath({ page: 'receipt', lang, slug, receipt });
export const progressPath = (lang: Language, slug: string): string => pagePath({ page: 'progress', lang, slug });
export const partnerPagePath = (lang: Language, slug: string, partner: string): string => pagePath({ page: 'partner', lang, slug, partner });
/** A console view: `/{lang}/console`, `/{lang}/console/{slug}/partners`, … */
export const consolePath = (lang: Language, ...view: string[]): string => [`/${lang}/${CONSOLE_SEGMENT}`, ...view].join('/');
export const widgetPath = (lang: Language, slug: string): string => pagePath({ page: 'widget', lang, slug });

/** The `?partner=` slug of an embedding coalition partner, when well-formed. */
export function partnerFrom(search: string): string | undefined {
  const partner = new URLSearchParams(search).get('partner')?.trim().toLowerCase();
  return partner && SLUG_PATTERN.test(partner) ? partner : undefined;
}

/** The query string to keep on links inside the site: only the partner, nothing else. */
export function partnerQuery(partner: string | undefined): string {
  return partner ? `?partner=${encodeURIComponent(partner)}` : '';
}
