import { isLanguage, type Language } from '@eci/rules';

/**
 * The pages, by address. The server reads the same shapes (apps/api/src/pages/page-routes.ts):
 * `/{lang}/{slug}` signs, `/{lang}/{slug}/receipt/{id}` checks a receipt,
 * `/{lang}/{slug}/progress` shows the counts, `/{lang}/{slug}/partners/{partner}` a partner's own
 * counts (behind its token), `/{lang}/{slug}/widget` the counter for partner sites' frames.
 */
export type Route =
  | { page: 'sign'; lang: Language; slug: string }
  | { page: 'receipt'; lang: Language; slug: string; receipt: string }
  | { page: 'progress'; lang: Language; slug: string }
  | { page: 'partner'; lang: Language; slug: string; partner: string }
  | { page: 'widget'; lang: Language; slug: string }
  | { page: 'not-found'; lang: Language };

const SLUG = /^[a-z0-9](?:[a-z0-9-]{0,98}[a-z0-9])?$/;
const RECEIPT = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** A coalition partner's public slug (the format the partners table enforces). */
const PARTNER = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/;

/** `fallback` is the language when the address has none (the server's choice, in `<html lang>`). */
export function parseRoute(pathname: string, fallback: Language): Route {
  const [lang, slug, sub, id, ...rest] = pathname.replace(/^\/+/, '').replace(/\/$/, '').split('/');
  if (!isLanguage(lang) || !slug || !SLUG.test(slug) || rest.length > 0) return { page: 'not-found', lang: isLanguage(lang) ? lang : fallback };
  if (sub === undefined) return { page: 'sign', lang, slug };
  if (sub === 'receipt' && id && RECEIPT.test(id)) return { page: 'receipt', lang, slug, receipt: id.toLowerCase() };
  if (sub === 'progress' && id === undefined) return { page: 'progress', lang, slug };
  if (sub === 'widget' && id === undefined) return { page: 'widget', lang, slug };
  if (sub === 'partners' && id && PARTNER.test(id)) return { page: 'partner', lang, slug, partner: id };
  return { page: 'not-found', lang };
}

export function signPath(lang: Language, slug: string): string {
  return `/${lang}/${slug}`;
}

export function receiptPath(lang: Language, slug: string, receipt: string): string {
  return `/${lang}/${slug}/receipt/${receipt}`;
}

export function progressPath(lang: Language, slug: string): string {
  return `/${lang}/${slug}/progress`;
}

export function partnerPagePath(lang: Language, slug: string, partner: string): string {
  return `/${lang}/${slug}/partners/${partner}`;
}

export function widgetPath(lang: Language, slug: string): string {
  return `/${lang}/${slug}/widget`;
}

/** The same page in another language. */
export function pathInLanguage(route: Route, lang: Language): string {
  switch (route.page) {
    case 'sign':
      return signPath(lang, route.slug);
    case 'receipt':
      return receiptPath(lang, route.slug, route.receipt);
    case 'progress':
      return progressPath(lang, route.slug);
    case 'partner':
      return partnerPagePath(lang, route.slug, route.partner);
    case 'widget':
      return widgetPath(lang, route.slug);
    case 'not-found':
      return `/${lang}`;
  }
}

/** The `?partner=` slug of an embedding coalition partner, when well-formed. */
export function partnerFrom(search: string): string | undefined {
  const partner = new URLSearchParams(search).get('partner')?.trim().toLowerCase();
  return partner && PARTNER.test(partner) ? partner : undefined;
}

/** The query string to keep on links inside the site: only the partner, nothing else. */
export function partnerQuery(partner: string | undefined): string {
  return partner ? `?partner=${encodeURIComponent(partner)}` : '';
}
