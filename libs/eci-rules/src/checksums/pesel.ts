import { digitsOf, malformed, twoDigits, weightedSum, withBirthDate, type IdNumberAnalysis } from './analysis';

const WEIGHTS = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
/** Encoded month / 20 → century: 01-12 = 1900s, 21-32 = 2000s, 41-52 = 2100s, 61-72 = 2200s, 81-92 = 1800s. */
const CENTURY_BY_OFFSET = [1900, 2000, 2100, 2200, 1800];

/** PL PESEL: YYMMDD + 4 serial + check; check = (10 - Σ d·w mod 10) mod 10. */
export function analysePesel(value: string): IdNumberAnalysis {
  if (!/^\d{11}$/.test(value)) return malformed(value);
  const digits = digitsOf(value);
  const checksumValid = (10 - (weightedSum(digits, WEIGHTS) % 10)) % 10 === digits[10];
  const encodedMonth = twoDigits(value, 2);
  const century = CENTURY_BY_OFFSET[Math.floor(encodedMonth / 20)] as number;
  return withBirthDate(value, checksumValid, century + twoDigits(value, 0), encodedMonth % 20, twoDigits(value, 4));
}
