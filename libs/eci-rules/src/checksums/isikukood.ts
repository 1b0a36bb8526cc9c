import { digitsOf, malformed, twoDigits, weightedSum, withBirthDate, type IdNumberAnalysis } from './analysis';

const FIRST_PASS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 1];
const SECOND_PASS = [3, 4, 5, 6, 7, 8, 9, 1, 2, 3];
/** First digit (sex + century): 1/2 = 1800s, 3/4 = 1900s, 5/6 = 2000s, 7/8 = 2100s. */
const CENTURY: Readonly<Record<string, number>> = { 1: 1800, 2: 1800, 3: 1900, 4: 1900, 5: 2000, 6: 2000, 7: 2100, 8: 2100 };

/**
 * EE isikukood and LT asmens kodas (same algorithm): G YYMMDD NNN C. Check = Σ d·w1 mod 11;
 * if 10, Σ d·w2 mod 11; if 10 again, 0. A first digit outside 1-8 gives no century
 * (reported as an impossible date).
 */
export function analyseIsikukood(value: string): IdNumberAnalysis {
  if (!/^\d{11}$/.test(value)) return malformed(value);
  const digits = digitsOf(value);
  let remainder = weightedSum(digits, FIRST_PASS) % 11;
  if (remainder === 10) remainder = weightedSum(digits, SECOND_PASS) % 11;
  const checksumValid = (remainder === 10 ? 0 : remainder) === digits[10];
  const century = CENTURY[value.charAt(0)];
  if (century === undefined) return { checksumValid, impossibleDate: true, canonical: value };
  return withBirthDate(value, checksumValid, century + twoDigits(value, 1), twoDigits(value, 3), twoDigits(value, 5));
}
