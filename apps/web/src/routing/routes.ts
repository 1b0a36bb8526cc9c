import { classifyPagePath, pagePath, type PageRoute } from '@eci/api-contract';
import type { Language } from '@eci/rules';

export { partnerFrom, partnerPagePath, partnerQuery, progressPath, receiptPath, signPath, widgetPath } from '@eci/api-contract';

/** The page to show: one of the pages (`classifyPagePath` of @eci/api-contract, which the server reads too), or none. */
export type Route = PageRoute | { page: 'not-found'; lang: Language };

/** `fallback` is the language when the address has none (the server's choice, in `<html lang>`). */
export function parseRoute(pathname: string, fallback: Language): Route {
  const path = classifyPagePath(pathname);
  switch (path.kind) {
    case 'page':
      return path.route;
    case 'choose-initiative':
      return { page: 'not-found', lang: path.lang };
    case 'unknown':
      return { page: 'not-found', lang: path.lang ?? fallback };
    case 'choose-language':
      return { page: 'not-found', lang: fallback };
  }
}

/** The same page in another language. */
export function pathInLanguage(route: Route, lang: Language): string {
  return route.page === 'not-found' ? `/${lang}` : pagePath({ ...route, lang });
}
