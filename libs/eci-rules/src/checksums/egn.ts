import { digitsOf, malformed, twoDigits, weightedSum, withBirthDate, type IdNumberAnalysis } from './analysis';

const WEIGHTS = [2, 4, 8, 5, 10, 9, 7, 3, 6];

/**
 * BG ЕГН (EGN): YYMMDD + 3 serial + check. Month 01-12 = 1900s, 21-32 = 1800s,
 * 41-52 = 2000s. Check = Σ d·w mod 11, where 10 becomes 0.
 */
export function analyseEgn(value: string): IdNumberAnalysis {
  if (!/^\d{10}$/.test(value)) return malformed(value);
  const digits = digitsOf(value);
  const remainder = weightedSum(digits, WEIGHTS) % 11;
  const checksumValid = (remainder === 10 ? 0 : remainder) === digits[9];
  const encodedMonth = twoDigits(value, 2);
  const century = encodedMonth > 40 ? 2000 : encodedMonth > 20 ? 1800 : 1900;
  const month = encodedMonth - (century === 2000 ? 40 : century === 1800 ? 20 : 0);
  return withBirthDate(value, checksumValid, century + twoDigits(value, 0), month, twoDigits(value, 4));
}
