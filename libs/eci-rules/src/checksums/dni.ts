import { malformed, type IdNumberAnalysis } from './analysis';

const LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';

/** ES DNI: 8 digits + letter; letter = LETTERS[number mod 23]. Encodes no date. */
export function analyseDni(value: string): IdNumberAnalysis {
  const match = /^(\d{8})([A-Z])$/.exec(value);
  if (!match) return malformed(value);
  const checksumValid = LETTERS.charAt(Number(match[1]) % 23) === match[2];
  return { checksumValid, impossibleDate: false, canonical: value };
}
