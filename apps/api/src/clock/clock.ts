/** The one source of "now" in the API, so tests can fix time. */
export interface Clock {
  now(): Date;
}

export const CLOCK = Symbol('Clock');

export const systemClock: Clock = { now: () => new Date() };

/** The calendar day of an instant in UTC, `YYYY-MM-DD`. */
export function isoDay(instant: Date): string {
  return instant.toISOString().slice(0, 10);
}

/** Adds whole months to a `YYYY-MM-DD` day, clamping to the month's last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number);
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

export function addDays(day: string, days: number): string {
  const t = Date.parse(`${day}T00:00:00Z`) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

const brussels = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels', year: 'numeric', month: '2-digit', day: '2-digit' });

/**
 * The calendar day of an instant in Brussels: the day a statement is dated, which decides whether
 * it falls inside the collection period and the signatory's age.
 */
export function brusselsDay(instant: Date): string {
  // Formatting with a time zone is slow and runs on every signature: reuse the day within a minute.
  const minute = Math.floor(instant.getTime() / 60_000);
  if (minute !== lastMinute) {
    lastMinute = minute;
    lastDay = brussels.format(instant);
  }
  return lastDay;
}

let lastMinute = Number.NaN;
let lastDay = '';
