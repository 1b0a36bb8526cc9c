import { malformed, twoDigits, withBirthDate, type IdNumberAnalysis } from './analysis';

/**
 * BE national register number: YYMMDD SSS CC. CC = 97 − (first 9 digits mod 97) for people
 * born before 2000, and 97 − ("2" + first 9 digits mod 97) for people born from 2000.
 * Which formula matches tells the century. Without a match the century is unknown.
 */
export function analyseBeNationalNumber(value: string): IdNumberAnalysis {
  if (!/^\d{11}$/.test(value)) return malformed(value);
  const base = Number(value.slice(0, 9));
  const check = Number(value.slice(9));
  const century = 97 - (base % 97) === check ? 1900 : 97 - ((2_000_000_000 + base) % 97) === check ? 2000 : undefined;
  const year = century === undefined ? undefined : century + twoDigits(value, 0);
  return withBirthDate(value, century !== undefined, year, twoDigits(value, 2), twoDigits(value, 4));
}
