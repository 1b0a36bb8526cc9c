import type { Language } from '@eci/rules';

/**
 * The locale to format in: the page language, as written in the EU (English dates as in Ireland,
 * "15 January 2025"); Irish English where the browser has no data for a language.
 */
function formatLocale(lang: Language): string {
  if (lang === 'en') return 'en-IE';
  return Intl.DateTimeFormat.supportedLocalesOf([lang]).length > 0 ? lang : 'en-IE';
}

/** A `YYYY-MM-DD` calendar day in the locale's long format (e.g. "14 March 2026", "14 marca 2026"). */
export function dateFormatter(lang: Language): (day: string) => string {
  const format = new Intl.DateTimeFormat(formatLocale(lang), { dateStyle: 'long', timeZone: 'UTC' });
  return (day) => {
    const time = Date.parse(`${day}T00:00:00Z`);
    return Number.isNaN(time) ? day : format.format(time);
  };
}

/** Whole numbers with the locale's grouping (1,000,000 / 1 000 000 / 1.000.000). */
export function numberFormatter(lang: Language): (value: number) => string {
  const format = new Intl.NumberFormat(formatLocale(lang), { maximumFractionDigits: 0 });
  return (value) => format.format(value);
}

/** Sorts by a label, in the locale's alphabetical order. */
export function sortByLabel<T extends { label: string }>(lang: Language, items: T[]): T[] {
  const collator = new Intl.Collator(lang);
  return [...items].sort((a, b) => collator.compare(a.label, b.label));
}
