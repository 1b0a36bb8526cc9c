import en from '../../../i18n/en.json';
import { CONTEXT, validInput } from '../test/examples';
import { makePesel } from '../test/reference';
import { checkTranslation, flattenCatalogue, hasTranslatableWords, isAllowlisted, placeholders } from './i18n-catalogue';
import {
  COUNTRY_RULES,
  ERROR_CODES,
  INPUT_FIELDS,
  LANGUAGES,
  errorMessageKeyFor,
  formFor,
  messageKeys,
  notesFor,
  translateError,
  validateStatement,
  type ValidationContext,
  type ValidationError,
} from '.';

/*
 * (a) Every key the library can produce exists in i18n/en.json, and en.json has no other key.
 * The per-language checks (b)/(c) over the files in i18n/ live in i18n/i18n.spec.ts (they read
 * the folder, which library code may not do); their logic is tested here on fixtures.
 */

const catalogue = flattenCatalogue(en);
const english = catalogue.entries;

describe('(a) i18n/en.json covers every key the library produces', () => {
  it('is a nested object of strings only', () => {
    expect(catalogue.invalid).toEqual([]);
  });

  it('has every key of messageKeys(), and nothing else in the namespaces the library owns', () => {
    const produced = messageKeys();
    expect(produced.filter((key) => !english.has(key))).toEqual([]);
    // The apps add their own keys (page texts, HTTP error codes); the library's namespaces stay exact.
    const owned = /^(languageName$|languages\.|countries\.|fields\.|documents\.|notes\.)/;
    expect([...english.keys()].filter((key) => owned.test(key) && !produced.includes(key))).toEqual([]);
  });

  it('covers every code, field, document, country and language', () => {
    const keys = [...english.keys()];
    for (const code of ERROR_CODES) expect(keys.some((k) => k === `errors.${code}` || k.startsWith(`errors.${code}.`))).toBe(true);
    for (const field of INPUT_FIELDS) expect(english.has(`fields.${field}.label`) && english.has(`fields.${field}.hint`)).toBe(true);
    for (const language of LANGUAGES) expect(english.has(`languages.${language}`)).toBe(true);
    for (const rule of COUNTRY_RULES) {
      expect(english.has(`countries.${rule.code}`)).toBe(true);
      for (const doc of formFor(rule.code)!.documents) expect(english.has(doc.labelKey) && english.has(doc.hintKey)).toBe(true);
    }
    for (const note of notesFor({ nationality: 'DE', residenceCountry: 'AT' })) expect(english.has(note)).toBe(true);
    expect(english.get('languageName')).toBe('English');
    expect(english.get('fields.confirmIdFormat.label')).toBe('I confirm that the number I entered is correct');
  });

  it('has no dot inside a key segment (i18next key separator)', () => {
    const walk = (node: unknown): string[] =>
      typeof node === 'object' && node !== null ? Object.entries(node).flatMap(([k, v]) => [k, ...walk(v)]) : [];
    expect(walk(en).filter((segment) => segment.includes('.'))).toEqual([]);
  });

  it('every placeholder of an error message is provided by the errors the library emits', () => {
    const errors: ValidationError[] = [];
    const collect = (input: Record<string, unknown>, context: ValidationContext = CONTEXT) => {
      const result = validateStatement(input, context);
      if (!result.ok) errors.push(...result.errors);
    };
    collect({ ...validInput('AT', 'passport'), idDocumentNumber: '12' });
    collect({ ...validInput('PL'), idDocumentNumber: makePesel(1999, 2, 29, 1) });
    collect({ ...validInput('PL'), idDocumentNumber: '44051401358' });
    collect({ ...validInput('PL'), idDocumentNumber: makePesel(2015, 1, 1, 1) });
    collect({ ...validInput('PL'), idDocumentType: 'passport' });
    collect({ ...validInput('DE'), postalCode: '1', dateOfBirth: '2030-01-01', fullFirstNames: 'x'.repeat(200), street: '', email: 'x', residenceCountry: 'XX' });
    collect({ ...validInput('DE'), dateOfBirth: '1800-01-01', familyNames: 3 });
    collect({ ...validInput('DE'), postalCode: '1' });
    collect({ ...validInput('DE'), dateOfBirth: 'x' });
    collect({ ...validInput('DE'), dateOfBirth: '2015-01-01' });
    collect(validInput('DE'), { ...CONTEXT, signingDate: '2030-01-01' });
    collect(validInput('DE'), { ...CONTEXT, signingDate: '2000-01-01' });
    collect(validInput('DE'), { ...CONTEXT, closedEarlyOn: CONTEXT.collectionStart });
    collect(validInput('DE'), { ...CONTEXT, signingDate: 'x' });

    const seen = new Set<string>();
    for (const error of errors) {
      const key = errorMessageKeyFor(error);
      seen.add(key);
      const message = english.get(key);
      expect(message).toBeDefined();
      let provided: Record<string, string | number> = {};
      translateError(error, (k, params) => {
        if (k === key) provided = params ?? {};
        return k;
      });
      for (const name of placeholders(message!)) expect({ key, name, present: name in provided }).toEqual({ key, name, present: true });
    }
    // Every error message key of the library's codes is reachable (the API adds HTTP codes of its own).
    const errorKeys = messageKeys().filter((k) => k.startsWith('errors.'));
    expect(errorKeys.filter((k) => !seen.has(k))).toEqual([]);
  });
});

describe('translation checks (logic used by i18n/i18n.spec.ts)', () => {
  const source = { a: 'Hello {{name}}', b: { c: 'Passport', d: 'YYMMDD-NNNN (ЕГН)' }, e: 'PESEL' };

  it('accepts a complete translation', () => {
    expect(checkTranslation(source, { a: 'Hallo {{name}}', b: { c: 'Reisepass', d: 'YYMMDD-NNNN (ЕГН)' }, e: 'PESEL' }, 'de')).toEqual([]);
  });

  it('reports missing, extra and non-string keys and placeholder mismatches', () => {
    expect(checkTranslation(source, { a: 'Hallo {{nom}}', b: { c: 3 }, f: 'x' }, 'de')).toEqual([
      { key: 'b.c', problem: 'not_a_string' },
      { key: 'a', problem: 'placeholders' },
      { key: 'b.d', problem: 'missing' },
      { key: 'e', problem: 'missing' },
      { key: 'f', problem: 'extra' },
    ]);
  });

  it('flags untranslated text unless it has nothing to translate or is allowlisted', () => {
    expect(checkTranslation(source, { ...source, a: 'Hello {{name}}' }, 'fr')).toEqual([
      { key: 'a', problem: 'untranslated' },
      { key: 'b.c', problem: 'untranslated' },
    ]);
    expect(checkTranslation(source, source, 'fr', { fr: ['a'], '*': ['b.*'] })).toEqual([]);
  });

  it('hasTranslatableWords ignores placeholders, format tokens, acronyms and non-ASCII words', () => {
    expect(hasTranslatableWords('YY.MM.DD-NNN.NN')).toBe(false);
    expect(hasTranslatableWords('{{minAge}} — ЕГН, PESEL, NNNNNNNNL')).toBe(false);
    expect(hasTranslatableWords('Deutsch')).toBe(true);
    expect(hasTranslatableWords('11 digits')).toBe(true);
    expect(hasTranslatableWords('Ab Öl')).toBe(false);
  });

  it('isAllowlisted supports exact keys, subtrees and "*"', () => {
    const allowlist = { '*': ['languages.*'], ga: ['countries.IE'] };
    expect(isAllowlisted('languages.de', 'sv', allowlist)).toBe(true);
    expect(isAllowlisted('countries.IE', 'ga', allowlist)).toBe(true);
    expect(isAllowlisted('countries.IE', 'sv', allowlist)).toBe(false);
    expect(isAllowlisted('languagesX', 'sv', allowlist)).toBe(false);
  });

  it('flattenCatalogue reports arrays and nulls', () => {
    expect(flattenCatalogue({ a: ['x'], b: null, c: 'ok' })).toEqual({ entries: new Map([['c', 'ok']]), invalid: ['a', 'b'] });
  });
});
