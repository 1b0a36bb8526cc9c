import { isRealDate } from './dates';

/*
 * A date typed in three fields (day, month, year), as the signing page asks for the date of
 * birth, turned into the one `YYYY-MM-DD` date a statement carries. The rules then check it like
 * any other date (real, not in the future, not before 1900, old enough), with the same messages.
 */

export type DatePart = 'day' | 'month' | 'year';
export const DATE_PARTS: readonly DatePart[] = ['day', 'month', 'year'];

/** What was typed in each of the three fields. */
export type DateParts = Readonly<Record<DatePart, string>>;

/** Day and month: one or two ASCII digits; year: exactly four (a two-digit year is ambiguous). */
const PART_PATTERN: Readonly<Record<DatePart, RegExp>> = { day: /^\d{1,2}$/, month: /^\d{1,2}$/, year: /^\d{4}$/ };
const PART_RANGE: Readonly<Record<DatePart, readonly [number, number]>> = { day: [1, 31], month: [1, 12], year: [1, 9999] };

/** Spaces around and inside a part are ignored ("0 2" is 02); nothing else is. */
function clean(text: string): string {
  return text.replace(/\s+/g, '');
}

/** Whether one part, on its own, can be part of a date (digits only, in range). */
function partOk(part: DatePart, text: string): boolean {
  const value = clean(text);
  if (!PART_PATTERN[part].test(value)) return false;
  const [min, max] = PART_RANGE[part];
  const n = Number(value);
  return n >= min && n <= max;
}

/**
 * The date as a statement carries it: `''` when nothing was typed (the rules say `required`),
 * `YYYY-MM-DD` (zero-padded) when day, month and year are digits of the right lengths, and
 * otherwise the parts as typed joined by hyphens, which is never a `YYYY-MM-DD` date, so that
 * the rules refuse it as not a real date (`invalid_date`) with the message of the whole date.
 * A well-formed but impossible date (31/02) is left for the rules to refuse the same way.
 */
export function isoDateFromParts(parts: DateParts): string {
  const day = clean(parts.day);
  const month = clean(parts.month);
  const year = clean(parts.year);
  if (day === '' && month === '' && year === '') return '';
  if (PART_PATTERN.day.test(day) && PART_PATTERN.month.test(month) && PART_PATTERN.year.test(year)) {
    return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  }
  return `${year}-${month}-${day}`;
}

/**
 * The parts to mark as wrong when the date is refused, in day-month-year order: those empty or
 * malformed on their own (an empty day, month 13, a two-digit year). Empty when each part is
 * fine on its own and the date as a whole is the problem (31/02, in the future, too young):
 * then the whole date is marked.
 */
export function wrongDateParts(parts: DateParts): DatePart[] {
  const wrong = DATE_PARTS.filter((part) => !partOk(part, parts[part]));
  if (wrong.length > 0) return wrong;
  const [day, month, year] = DATE_PARTS.map((part) => Number(clean(parts[part])));
  // A day the month never has (31 April, 30 February) is the day's fault.
  return isRealDate(year, month, day) ? [] : ['day'];
}
