import type { Language } from '@eci/rules';

/** The locale to format in, as i18n/format.ts chooses it (Irish English for `en`). */
function formatLocale(lang: Language): string {
  if (lang === 'en') return 'en-IE';
  return Intl.DateTimeFormat.supportedLocalesOf([lang]).length > 0 ? lang : 'en-IE';
}

/**
 * A share (`part / whole`) as a percentage in the locale ("0.4 %", "84 %", "0,4 %"), rounded
 * DOWN so that 99.9 % of a minimum never reads as 100 %: one decimal below 10 %, none above, and
 * "< 0.1 %" for a small share that is not zero.
 */
export function shareFormatter(lang: Language): (part: number, whole: number) => string {
  const locale = formatLocale(lang);
  const small = new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const large = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  return (part, whole) => {
    if (whole <= 0 || part <= 0) return large.format(0);
    const percent = (part / whole) * 100;
    if (percent < 0.1) return `< ${small.format(0.001)}`;
    if (percent < 10) return small.format(Math.floor(percent * 10) / 1000);
    return large.format(Math.floor(percent) / 100);
  };
}

/**
 * The time a statistic was computed, as a day and a time in the locale, on the 24-hour clock as
 * EU texts write it (e.g. "24 November 2026 at 14:05", "24. November 2026 um 14:05").
 */
export function updateTimeFormatter(lang: Language): (iso: string) => string {
  const format = new Intl.DateTimeFormat(formatLocale(lang), { dateStyle: 'long', timeStyle: 'short', hourCycle: 'h23' });
  return (iso) => {
    const time = Date.parse(iso);
    return Number.isNaN(time) ? iso : format.format(time);
  };
}

/**
 * A bar's length in percent of its track (0–100), for SVG `width` attributes (never a `style`):
 * rounded down like the text, and a sliver (0.5) for a count that is not zero.
 */
export function barLength(part: number, whole: number): number {
  if (whole <= 0 || part <= 0) return 0;
  return Math.min(100, Math.max(0.5, Math.floor((part / whole) * 1000) / 10));
}
