/*
 * Normalisation applied before any check. All functions are idempotent
 * (f(f(x)) === f(x)), which the property tests verify.
 */

/** Control/format characters and lone surrogates: invisible, unsafe in exports, never meaningful. */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Cs}]/gu;
const WHITESPACE = /\s+/gu;

/**
 * Free text (names, street, city): whitespace runs become one space, invisible
 * characters are dropped, Unicode NFC, trimmed. Letter case is kept.
 */
export function normaliseText(value: string): string {
  return value
    .replace(WHITESPACE, ' ')
    .replace(INVISIBLE, '')
    .normalize('NFC')
    .replace(WHITESPACE, ' ')
    .trim();
}

/**
 * Separators people type inside document numbers: whitespace, dots, slashes and every
 * hyphen/dash variant (ASCII, Unicode dashes U+2010-2015, minus sign, small/full-width forms).
 */
const DOCUMENT_SEPARATORS = /[\s./\-\u2010-\u2015\u2212\uFE58\uFE63\uFF0D\uFF0E\uFF0F]/gu;

/**
 * Document / personal numbers: NFC, separators removed, and upper case when the document
 * rule is case-insensitive (the stored form). The Swedish "+" (aged 100+) is NOT a
 * separator and is kept for the personnummer check to interpret.
 */
export function normaliseDocumentNumber(value: string, caseInsensitive = true): string {
  // NFC after stripping: removing a separator can bring a base letter and a mark together.
  const stripped = value.replace(INVISIBLE, '').replace(DOCUMENT_SEPARATORS, '').normalize('NFC');
  return caseInsensitive ? stripped.toUpperCase().normalize('NFC') : stripped;
}

/** Postcodes: normalised text in upper case (stored as typed, e.g. "1011 AB", "00-950"). */
export function normalisePostcode(value: string): string {
  return normaliseText(value).toUpperCase().normalize('NFC');
}

/** The form a postcode pattern is matched against: spaces and hyphens removed. */
export function postcodeMatchForm(normalisedPostcode: string): string {
  return normalisedPostcode.replace(/[\s-]/gu, '');
}

/** Codes (country, document type): trimmed, invisible characters removed. */
export function normaliseCode(value: string): string {
  return value.replace(INVISIBLE, '').trim();
}
