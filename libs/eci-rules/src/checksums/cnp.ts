import { digitsOf, malformed, twoDigits, weightedSum, withBirthDate, type IdNumberAnalysis } from './analysis';

const WEIGHTS = [2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9];
/** First digit (sex + century): 1/2 = 1900s, 3/4 = 1800s, 5/6 = 2000s; 7/8/9 = residents/foreigners (century not encoded). */
const CENTURY: Readonly<Record<string, number>> = { 1: 1900, 2: 1900, 3: 1800, 4: 1800, 5: 2000, 6: 2000 };

/**
 * RO CNP: S YYMMDD JJ NNN C. Check = Σ d·w mod 11, where 10 becomes 1.
 * S = 0 cannot exist (reported as an impossible date: the century cannot be derived).
 */
export function analyseCnp(value: string): IdNumberAnalysis {
  if (!/^\d{13}$/.test(value)) return malformed(value);
  const digits = digitsOf(value);
  const remainder = weightedSum(digits, WEIGHTS) % 11;
  const checksumValid = (remainder === 10 ? 1 : remainder) === digits[12];
  const first = value.charAt(0);
  if (first === '0') return { checksumValid, impossibleDate: true, canonical: value };
  const century = CENTURY[first];
  const year = century === undefined ? undefined : century + twoDigits(value, 1);
  return withBirthDate(value, checksumValid, year, twoDigits(value, 3), twoDigits(value, 5));
}
