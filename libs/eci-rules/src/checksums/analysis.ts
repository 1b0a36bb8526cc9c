import { isRealDate, makeDate } from '../dates';
import type { CalendarDate } from '../types';

/** What a check-digit module learns about a (pattern-conforming, normalised) number. */
export interface IdNumberAnalysis {
  /** False when the check digit(s) do not match, or the value is not of the expected shape. */
  readonly checksumValid: boolean;
  /** The birth date encoded in the number, when it is a real date and the century is known. */
  readonly birthDate?: CalendarDate;
  /** True when the number encodes a birth date that cannot exist (e.g. 31 February). */
  readonly impossibleDate: boolean;
  /** Canonical form for storage and identity keys (SE: always 12 digits). */
  readonly canonical: string;
}

/** A check-digit algorithm. `signingDate` is only needed to resolve 2-digit years (SE). */
export type IdNumberCheck = (value: string, signingDate?: CalendarDate) => IdNumberAnalysis;

export function digitsOf(value: string): number[] {
  return Array.from(value, (ch) => ch.charCodeAt(0) - 48);
}

export function weightedSum(digits: readonly number[], weights: readonly number[]): number {
  return weights.reduce((sum, weight, i) => sum + weight * (digits[i] as number), 0);
}

/** Two-digit number at `index` of a digit string. */
export function twoDigits(value: string, index: number): number {
  return Number(value.slice(index, index + 2));
}

/** Result for a value that does not have the shape the algorithm needs. */
export function malformed(value: string): IdNumberAnalysis {
  return { checksumValid: false, impossibleDate: false, canonical: value };
}

/** Result for a number encoding year/month/day (year undefined = century unknown). */
export function withBirthDate(
  value: string,
  checksumValid: boolean,
  year: number | undefined,
  month: number,
  day: number,
): IdNumberAnalysis {
  if (year === undefined) {
    // Century unknown: only check that the day exists in some year (29 Feb allowed).
    return { checksumValid, impossibleDate: !isRealDate(2000, month, day), canonical: value };
  }
  const birthDate = makeDate(year, month, day);
  return birthDate
    ? { checksumValid, birthDate, impossibleDate: false, canonical: value }
    : { checksumValid, impossibleDate: true, canonical: value };
}
