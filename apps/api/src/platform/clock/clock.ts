import { brusselsDay as brusselsDayOf } from '@eci/rules';

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

/**
 * The calendar day of an instant in Brussels (the rules library's `brusselsDay`): the day a
 * statement is dated, which decides whether it falls inside the collection period and the
 * signatory's age.
 */
export function brusselsDay(instant: Date): string {
  // Formatting with a time zone is slow and runs on every signature: reuse the day within a minute.
  const minute = Math.floor(instant.getTime() / 60_000);
  if (minute !== lastMinute) {
    lastMinute = minute;
    lastDay = brusselsDayOf(instant);
  }
  return lastDay;
}

let lastMinute = Number.NaN;
let lastDay = '';
