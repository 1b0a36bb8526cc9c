import { parseIsoDate } from './dates';
import type { CalendarDate } from './types';

/**
 * Completed years of age on a given day. A birthday on that day counts as reached.
 * Someone born on 29 February reaches the next age on 1 March in non-leap years
 * (on 28 February they are still one year younger), which is what comparing
 * (month, day) pairs yields.
 */
export function completedYears(birthDate: CalendarDate, onDate: CalendarDate): number {
  const beforeBirthday =
    onDate.month < birthDate.month || (onDate.month === birthDate.month && onDate.day < birthDate.day);
  return onDate.year - birthDate.year - (beforeBirthday ? 1 : 0);
}

/**
 * Whether someone born on `birthDate` is at least `minAge` years old on `onDate`. With
 * `byYearOfBirth` (a per-country datum, `CountryRule.ageByYearOfBirth`) everyone born in a year
 * is treated as born on 1 January of it.
 */
export function hasReachedAge(birthDate: CalendarDate, minAge: number, onDate: CalendarDate, byYearOfBirth = false): boolean {
  const counted = byYearOfBirth ? { year: birthDate.year, month: 1, day: 1 } : birthDate;
  return completedYears(counted, onDate) >= minAge;
}

/** `completedYears` on `YYYY-MM-DD` strings; undefined if either date is not a real date. */
export function ageOn(birthDate: string, onDate: string): number | undefined {
  const birth = parseIsoDate(birthDate);
  const on = parseIsoDate(onDate);
  return birth && on ? completedYears(birth, on) : undefined;
}
