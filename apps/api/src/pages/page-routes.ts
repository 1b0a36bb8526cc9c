import { isLanguage, type Language } from '@eci/rules';

/** What an address outside /api is, before any database lookup. */
export type PagePath =
  /**
   * `/{lang}/{slug}`, `/{lang}/{slug}/receipt/{id}`, `/{lang}/{slug}/progress`,
   * `/{lang}/{slug}/partners/{partner}` or `/{lang}/{slug}/widget`: the page, in that language
   * (each framable by the initiative's partner origins only).
   */
  | { kind: 'page'; lang: Language; slug: string }
  /** `/` or `/{slug}`: redirect to the reader's language (and the default initiative for `/`). */
  | { kind: 'choose-language'; slug: string | null }
  /** `/{lang}`: redirect to the default initiative in that language. */
  | { kind: 'choose-initiative'; lang: Language }
  | { kind: 'unknown' };

const SLUG = /^[a-z0-9](?:[a-z0-9-]{0,98}[a-z0-9])?$/;
const RECEIPT = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** A coalition partner's public slug (the format the partners table enforces). */
const PARTNER = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/;

/** Classifies a path (without query string). The web app's router reads the same shapes. */
export function classifyPagePath(pathname: string): PagePath {
  const segments = pathname.replace(/^\/+/, '').replace(/\/$/, '').split('/');
  if (segments.length === 1 && segments[0] === '') return { kind: 'choose-language', slug: null };
  const [first, slug, sub, id] = segments;
  if (!isLanguage(first)) {
    return segments.length === 1 && SLUG.test(first) ? { kind: 'choose-language', slug: first } : { kind: 'unknown' };
  }
  if (segments.length === 1) return { kind: 'choose-initiative', lang: first };
  if (!SLUG.test(slug)) return { kind: 'unknown' };
  if (segments.length === 2) return { kind: 'page', lang: first, slug };
  if (segments.length === 3 && (sub === 'progress' || sub === 'widget')) return { kind: 'page', lang: first, slug };
  if (segments.length === 4 && sub === 'receipt' && RECEIPT.test(id)) return { kind: 'page', lang: first, slug };
  if (segments.length === 4 && sub === 'partners' && PARTNER.test(id)) return { kind: 'page', lang: first, slug };
  return { kind: 'unknown' };
}

/** Splits a request URL into path and query (`?…` or ''). */
export function splitUrl(url: string): { path: string; query: string } {
  const at = url.indexOf('?');
  return at === -1 ? { path: url, query: '' } : { path: url.slice(0, at), query: url.slice(at) };
}
