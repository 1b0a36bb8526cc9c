import { digitsOf, malformed, type IdNumberAnalysis } from './analysis';

/** HR OIB: 10 digits + check digit by ISO 7064 MOD 11,10 (hybrid system). Encodes no date. */
export function analyseOib(value: string): IdNumberAnalysis {
  if (!/^\d{11}$/.test(value)) return malformed(value);
  const digits = digitsOf(value);
  let product = 10;
  for (const digit of digits.slice(0, 10)) {
    const sum = (product + digit) % 10;
    product = ((sum === 0 ? 10 : sum) * 2) % 11;
  }
  const check = (11 - product) % 10;
  return { checksumValid: check === digits[10], impossibleDate: false, canonical: value };
}
