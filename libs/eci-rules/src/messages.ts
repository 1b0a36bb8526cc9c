import { COUNTRY_RULES } from './data/countries';
import { LANGUAGES, type Language } from './data/languages';
import { getCountryRule } from './countries';
import {
  ERROR_CODES,
  INPUT_FIELDS,
  type CountryCode,
  type DocumentType,
  type ErrorCode,
  type InputField,
  type NoteId,
  type ValidationError,
} from './types';

/*
 * i18n message keys (i18next, "." as key separator, {{param}} interpolation). The API,
 * the signing page and the exports all derive keys here; i18n/en.json is the source
 * catalogue. Layout:
 *   languageName                         endonym of the catalogue's language
 *   languages.<lang>                     endonyms of the 24 languages
 *   countries.<ISO>                      the 27 Member States (GR for Greece)
 *   fields.<field>.label | .hint
 *   documents.<ISO>.<type with "." → "_">.label | .hint
 *   errors.<code>  or  errors.<code>.default | .<variant>   (see ERROR_MESSAGE_VARIANTS)
 *   notes.<noteId>
 *   formats.digit | .letter              the letters the language writes in format patterns for
 *                                        "digit" and "letter" (the data writes N and L)
 */

/** Codes whose message is an object with `default` plus these variants (others are one string). */
export const ERROR_MESSAGE_VARIANTS: Readonly<Partial<Record<ErrorCode, readonly string[]>>> = {
  format: ['idDocumentNumber', 'idDocumentNumberDate', 'postalCode'],
  invalid_date: ['dateOfBirth', 'dateOfBirthFuture', 'dateOfBirthTooEarly'],
};

/** `id.card` → `id_card` (no dots inside key segments). */
export function documentKeySegment(type: DocumentType): string {
  return type.replace(/\./g, '_');
}

export function fieldLabelKey(field: InputField): string {
  return `fields.${field}.label`;
}

export function fieldHintKey(field: InputField): string {
  return `fields.${field}.hint`;
}

function isoOf(country: string): CountryCode {
  const rule = getCountryRule(country);
  if (!rule) throw new RangeError(`Not a Member State: ${country}`);
  return rule.code;
}

/**
 * @throws RangeError for a code that is not a Member State (a programming error: the
 * country comes from `formFor` / a validated statement).
 */
export function documentLabelKey(country: string, type: DocumentType): string {
  return `documents.${isoOf(country)}.${documentKeySegment(type)}.label`;
}

/** @throws RangeError like documentLabelKey. */
export function documentHintKey(country: string, type: DocumentType): string {
  return `documents.${isoOf(country)}.${documentKeySegment(type)}.hint`;
}

/**
 * Key of a Member State's name (ISO or EL). Undefined for other countries: name those with
 * `Intl.DisplayNames` in the app.
 */
export function countryNameKey(code: string): string | undefined {
  const rule = getCountryRule(code);
  return rule ? `countries.${rule.code}` : undefined;
}

export function languageNameKey(language: Language): string {
  return `languages.${language}`;
}

export function noteKey(note: NoteId): string {
  return `notes.${note}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Message key of an error code, optionally specialised by field and reason:
 * tries `<field><Reason>`, then `<field>`, then `default` for codes with variants.
 */
export function errorMessageKey(code: ErrorCode, field?: string | null, reason?: string): string {
  const variants = ERROR_MESSAGE_VARIANTS[code];
  if (!variants) return `errors.${code}`;
  const candidates = field ? [reason ? `${field}${capitalise(reason)}` : field, field] : [];
  const variant = candidates.find((candidate) => variants.includes(candidate)) ?? 'default';
  return `errors.${code}.${variant}`;
}

/** Message key for a ValidationError (uses its field and `params.reason`). */
export function errorMessageKeyFor(error: ValidationError): string {
  const reason = error.params?.['reason'];
  return errorMessageKey(error.code, error.field, typeof reason === 'string' ? reason : undefined);
}

/** A translate function such as i18next's `t`. */
export type Translate = (key: string, params?: Record<string, string | number>) => string;

/** Keys of the letters a language writes for a digit and a letter in a format pattern. */
export const FORMAT_LETTER_KEYS = { N: 'formats.digit', L: 'formats.letter' } as const;

/**
 * A format pattern of the data (N = digit, L = letter: `NNNN LL`) in the letters of the
 * translation (`ZZZZ BB` in German, `CCCC LL` in French). A letter the catalogue lacks stays as is.
 */
export function localFormat(format: string, t: Translate): string {
  const letters: Record<string, string> = {};
  for (const [letter, key] of Object.entries(FORMAT_LETTER_KEYS)) {
    const local = t(key);
    letters[letter] = local && local !== key ? local : letter;
  }
  return format.replace(/[NL]/g, (letter) => letters[letter] ?? letter);
}

/**
 * Renders an error with a translate function. Params named `<x>Key` hold message keys;
 * they are translated and passed as `<x>` (e.g. `hintKey` → `{{hint}}`, `countryKey` → `{{country}}`).
 * A `format` param (a postcode format of the data) is written in the language's letters.
 */
export function translateError(error: ValidationError, t: Translate): string {
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(error.params ?? {})) {
    if (name.endsWith('Key') && typeof value === 'string') params[name.slice(0, -3)] = t(value);
    else if (name === 'format' && typeof value === 'string') params[name] = localFormat(value, t);
    else params[name] = value;
  }
  return t(errorMessageKeyFor(error), params);
}

/** Every message key the library can produce (the key set of i18n/en.json). */
export function messageKeys(): string[] {
  const keys: string[] = ['languageName'];
  keys.push(...LANGUAGES.map(languageNameKey));
  keys.push(...COUNTRY_RULES.map((rule) => `countries.${rule.code}`));
  for (const field of INPUT_FIELDS) keys.push(fieldLabelKey(field), fieldHintKey(field));
  for (const rule of COUNTRY_RULES) {
    for (const doc of rule.documents) {
      keys.push(documentLabelKey(rule.code, doc.type), documentHintKey(rule.code, doc.type));
    }
  }
  for (const code of ERROR_CODES) {
    const variants = ERROR_MESSAGE_VARIANTS[code];
    if (variants) keys.push(`errors.${code}.default`, ...variants.map((variant) => `errors.${code}.${variant}`));
    else keys.push(`errors.${code}`);
  }
  const notes = new Set(COUNTRY_RULES.flatMap((rule) => (rule.noteWhenResidingAbroad ? [rule.noteWhenResidingAbroad] : [])));
  keys.push(...[...notes].map(noteKey));
  keys.push(...Object.values(FORMAT_LETTER_KEYS));
  return keys;
}
