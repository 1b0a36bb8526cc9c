/** What the server writes into the built index.html for one request. */
export interface PageValues {
  lang: string;
  /** Whether the signing form must include the proof-of-work check (ECI_CAPTCHA). */
  captcha: boolean;
  /** The site's name, the `<title>` until the app sets the page's own. */
  title: string;
  /** Shown to browsers without JavaScript, in the page language. */
  noscript: string;
}

const NOSCRIPT_MARKER = '<!--noscript-->';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * Sets `<html lang>` (so the right language is announced before any script runs) and the title,
 * tells the app whether the proof-of-work check is on, and fills the `<noscript>` message.
 */
export function renderPage(template: string, values: PageValues): string {
  const lang = /^[a-z]{2}$/.test(values.lang) ? values.lang : 'en';
  return template
    .replace(/<html\b[^>]*>/, `<html lang="${lang}" dir="ltr" data-captcha="${values.captcha ? 'on' : 'off'}">`)
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(values.title)}</title>`)
    .replace(NOSCRIPT_MARKER, `<noscript><p class="noscript">${escapeHtml(values.noscript)}</p></noscript>`);
}
