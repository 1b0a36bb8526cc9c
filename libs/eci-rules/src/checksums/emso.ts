import { digitsOf, malformed, twoDigits, weightedSum, withBirthDate, type IdNumberAnalysis } from './analysis';

const WEIGHTS = [7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

/**
 * SI EMŠO: DD MM YYY RR BBB K. YYY ≥ 800 → 1YYY, else 2YYY. Check = (11 − Σ d·w mod 11)
 * mod 11, where 10 becomes 0 (as python-stdnum; such numbers are not normally issued).
 */
export function analyseEmso(value: string): IdNumberAnalysis {
  if (!/^\d{13}$/.test(value)) return malformed(value);
  const digits = digitsOf(value);
  const check = ((11 - (weightedSum(digits, WEIGHTS) % 11)) % 11) % 10;
  const yyy = Number(value.slice(4, 7));
  const year = yyy >= 800 ? 1000 + yyy : 2000 + yyy;
  return withBirthDate(value, check === digits[12], year, twoDigits(value, 2), twoDigits(value, 0));
}
