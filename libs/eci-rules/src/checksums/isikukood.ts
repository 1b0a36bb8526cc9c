import { digitsOf, malformed, twoDigits, weightedSum, withBirthDate, type IdNumberAnalysis } from './analysis';

const FIRST_PASS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 1];
const SECOND_PASS = [3, 4, 5, 6, 7, 8, 9, 1, 2, 3];
/** First digit (sex + century): 1/2 = 1800s, 3/4 = 1900s, 5/6 = 2000s, 7/8 = 2100s. */
const CENTURY: Readonly<Record<string, number>> = { 1: 1800, 2: 1800, 3: 1900, 4: 1900, 5: 2000, 6: 2000, 7: 2100, 8: 2100 };

function checkDigitValid(value: string): boolean {
  const digits = digitsOf(value);
  let remainder = weightedSum(digits, FIRST_PASS) % 11;
  if (remainder === 10) remainder = weightedSum(digits, SECOND_PASS) % 11;
  return (remainder === 10 ? 0 : remainder) === digits[10];
}

/**
 * EE isikukood and LT asmens kodas (same algorithm): G YYMMDD NNN C. Check = Σ d·w1 mod 11;
 * if 10, Σ d·w2 mod 11; if 10 again, 0. A first digit outside 1-8 gives no century
 * (reported as an impossible date).
 */
export function analyseIsikukood(value: string): IdNumberAnalysis {
  if (!/^\d{11}$/.test(value)) return malformed(value);
  const checksumValid = checkDigitValid(value);
  const century = CENTURY[value.charAt(0)];
  if (century === undefined) return { checksumValid, impossibleDate: true, canonical: value };
  return withBirthDate(value, checksumValid, century + twoDigits(value, 1), twoDigits(value, 3), twoDigits(value, 5));
}

/**
 * LT asmens kodas: the isikukood algorithm, except that a code starting with 9 carries no birth
 * date (it is issued where the date of birth is not fully known): only its check digit is tested,
 * and no age can be derived from it.
 */
export function analyseAsmensKodas(value: string): IdNumberAnalysis {
  if (/^9\d{10}$/.test(value)) return { checksumValid: checkDigitValid(value), impossibleDate: false, canonical: value };
  return analyseIsikukood(value);
}
