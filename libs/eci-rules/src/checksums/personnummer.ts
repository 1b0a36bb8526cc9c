import type { CalendarDate } from '../types';
import { digitsOf, malformed, twoDigits, withBirthDate, type IdNumberAnalysis } from './analysis';
import { luhnValid } from './luhn';

/**
 * SE personnummer, typed as YYYYMMDDNNNC (12 digits) or YYMMDDNNNC (10 digits, hyphen
 * already stripped) or YYMMDD+NNNC. Luhn over the 10-digit form. Day + 60 =
 * samordningsnummer (coordination number), accepted.
 *
 * Century of a 10-digit form (Skatteverket rule): the separator turns from "-" to "+" in
 * the calendar year the person turns 100. So without "+" the birth year is the latest
 * year ≤ the signing year ending in YY; with "+" it is 100 years earlier.
 * Canonical form: always the 12 digits (needs the signing date for 10-digit input).
 */
export function analysePersonnummer(value: string, signingDate?: CalendarDate): IdNumberAnalysis {
  const match = /^(?:(\d{2})(\d{10})|(\d{6})(\+?)(\d{4}))$/.exec(value);
  if (!match) return malformed(value);
  const [, typedCentury, long, short1, plus, short2] = match;
  const ten = long ?? `${short1}${short2}`;
  const checksumValid = luhnValid(digitsOf(ten));
  const yy = twoDigits(ten, 0);
  let year: number | undefined;
  if (typedCentury !== undefined) {
    year = Number(typedCentury) * 100 + yy;
  } else if (signingDate) {
    year = signingDate.year - (((signingDate.year - yy) % 100) + 100) % 100 - (plus ? 100 : 0);
  }
  const encodedDay = twoDigits(ten, 4);
  const day = encodedDay > 60 ? encodedDay - 60 : encodedDay;
  const analysis = withBirthDate(value, checksumValid, year, twoDigits(ten, 2), day);
  const canonical = year === undefined ? value : `${String(Math.floor(year / 100)).padStart(2, '0')}${ten}`;
  return { ...analysis, canonical };
}
