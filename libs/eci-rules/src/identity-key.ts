import { ID_CHECKS } from './checksums';
import { findDocumentRule } from './countries';
import { parseIsoDate } from './dates';
import { normaliseDocumentNumber, normaliseText } from './normalise';
import type { NormalisedStatement } from './validate';

/** Prefix of every key; bump when the key derivation changes (stored HMACs must then be recomputed). */
export const IDENTITY_KEY_VERSION = 'eci-id-1';

/** Letters that Unicode decomposition does not reduce to a base letter. */
const SPECIAL_LETTERS: Readonly<Record<string, string>> = {
  Æ: 'AE', Œ: 'OE', Ø: 'O', Đ: 'D', Ð: 'D', Ł: 'L', Þ: 'TH', Ħ: 'H', Ŧ: 'T', Ŋ: 'N', Ɨ: 'I',
};
const SPECIAL_LETTER = /[ÆŒØĐÐŁÞĦŦŊƗ]/gu;
/** Apostrophe look-alikes that Unicode classifies as letters (modifier letters ʼ ʻ ʽ ʹ ˈ). */
const APOSTROPHE_LETTERS = /[\u02B9\u02BB\u02BC\u02BD\u02C8]/gu;

/**
 * Folds a name for comparison: compatibility decomposition (NFKD, which includes NFD),
 * combining marks removed, upper case (ß → SS, final sigma → Σ), a few letters without a
 * decomposition mapped (Ø → O, Ł → L, Æ → AE …), and every character that is not a letter or
 * digit (spaces, hyphens and apostrophes of any kind, dots) dropped:
 * "Jean-Pierre" = "Jean Pierre" = "JEANPIERRE", "O’Brien" = "O'Brien" = "OBrien".
 */
export function foldName(name: string): string {
  return normaliseText(name)
    .normalize('NFKD')
    .toUpperCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(SPECIAL_LETTER, (letter) => SPECIAL_LETTERS[letter] as string)
    .replace(APOSTROPHE_LETTERS, '')
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * Canonical document number for the key: normalised, upper case whatever the document rule
 * says, and in the check module's canonical form (SE personnummer: 12 digits).
 */
function canonicalDocumentNumber(statement: NormalisedStatement & { part: 'B' }): string {
  const number = normaliseDocumentNumber(statement.idDocumentNumber, true);
  const check = findDocumentRule(statement.nationality, statement.idDocumentType)?.check;
  return check ? ID_CHECKS[check](number, parseIsoDate(statement.signingDate)).canonical : number;
}

/**
 * The canonical string used for duplicate detection (the server HMACs it). See
 * docs/identity-key.md for the choices and limits.
 * - Part B: version | B | nationality | document type | document number
 * - Part A: version | A | nationality | folded family names | folded first names | date of birth
 */
export function identityKey(statement: NormalisedStatement): string {
  if (statement.part === 'B') {
    return [IDENTITY_KEY_VERSION, 'B', statement.nationality, statement.idDocumentType, canonicalDocumentNumber(statement)].join('|');
  }
  return [
    IDENTITY_KEY_VERSION,
    'A',
    statement.nationality,
    foldName(statement.familyNames),
    foldName(statement.fullFirstNames),
    statement.dateOfBirth,
  ].join('|');
}
