import en from '../../../i18n/en.json';
import { flattenCatalogue } from './i18n-catalogue';
import {
  COUNTRY_RULES,
  DOCUMENT_TYPES,
  LANGUAGES,
  MEMBER_STATES,
  RULES_VERSION,
  SOURCES,
  anchoredSource,
  documentHintKey,
  documentLabelKey,
  isLanguage,
  type CountryCode,
  type DocumentType,
} from '.';

/**
 * The facts of /shared/eci/eci-rules.json, transcribed independently of data/countries.ts:
 * part, minimum age, seats (2024-29 / 2019-24), document types, postcode format (if any).
 */
const FACTS: Record<CountryCode, [part: 'A' | 'B', minAge: number, meps720: number, meps705: number, documents: DocumentType[], postcode?: string]> = {
  BE: ['B', 16, 22, 21, ['national.id.number'], '[0-9]{4}'],
  BG: ['B', 18, 17, 17, ['personal.number']],
  CZ: ['B', 18, 21, 21, ['id.card', 'passport']],
  DK: ['A', 18, 15, 14, [], '[0-9]{4}'],
  DE: ['A', 16, 96, 96, [], '[0-9]{5}'],
  EE: ['B', 16, 7, 7, ['personal.number'], '[0-9]{5}'],
  IE: ['A', 18, 14, 13, []],
  GR: ['A', 17, 21, 21, [], '[0-9]{5}'],
  ES: ['B', 18, 61, 59, ['id.card', 'passport'], '[0-9]{5}'],
  FR: ['A', 18, 81, 79, [], '[0-9]{5}'],
  HR: ['B', 18, 12, 12, ['personal.id'], '[0-9]{5}'],
  IT: ['B', 18, 76, 76, ['passport', 'id.card']],
  CY: ['B', 18, 6, 6, ['id.card', 'passport'], '[0-9]{4}'],
  LV: ['B', 18, 9, 8, ['personal.id']],
  LT: ['B', 18, 11, 11, ['personal.number']],
  LU: ['A', 18, 6, 6, [], 'L?[0-9]{4}'],
  HU: ['B', 18, 21, 21, ['id.card', 'passport', 'personal.number']],
  MT: ['B', 16, 6, 6, ['id.card']],
  NL: ['A', 18, 31, 29, [], '[1-9][0-9]{3}[A-Z]{2}'],
  AT: ['B', 16, 20, 19, ['passport', 'id.card'], '[0-9]{4}'],
  PL: ['B', 18, 53, 52, ['national.id.number'], '[0-9]{5}'],
  PT: ['B', 18, 21, 21, ['id.card', 'passport', 'citizens.card']],
  RO: ['B', 18, 33, 33, ['id.card', 'passport', 'personal.id']],
  SI: ['B', 18, 9, 8, ['personal.number'], '[0-9]{4}'],
  SK: ['A', 18, 15, 14, [], '[089][0-9]{4}'],
  FI: ['A', 18, 15, 14, [], '[0-9]{5}'],
  SE: ['B', 18, 21, 21, ['personal.number']],
};

const catalogue = flattenCatalogue(en).entries;

describe('the rule table', () => {
  it('lists the 27 Member States once each, in EU protocol order', () => {
    expect(COUNTRY_RULES.map((r) => r.code)).toEqual([...MEMBER_STATES]);
    expect(MEMBER_STATES.join(' ')).toBe('BE BG CZ DK DE EE IE GR ES FR HR IT CY LV LT LU HU MT NL AT PL PT RO SI SK FI SE');
  });

  it('has 9 Part A and 18 Part B states', () => {
    expect(COUNTRY_RULES.filter((r) => r.part === 'A').map((r) => r.code)).toEqual(['DK', 'DE', 'IE', 'GR', 'FR', 'LU', 'NL', 'SK', 'FI']);
    expect(COUNTRY_RULES.filter((r) => r.part === 'B')).toHaveLength(18);
  });

  it('seats add up to 720 and 705', () => {
    expect(COUNTRY_RULES.reduce((sum, r) => sum + r.meps[720], 0)).toBe(720);
    expect(COUNTRY_RULES.reduce((sum, r) => sum + r.meps[705], 0)).toBe(705);
  });

  it.each(COUNTRY_RULES.map((r) => [r.code, r] as const))('%s matches the transcribed facts', (code, rule) => {
    const [part, minAge, meps720, meps705, documents, postcode] = FACTS[code];
    expect(rule).toMatchObject({ part, minAge, meps: { 720: meps720, 705: meps705 } });
    expect(rule.documents.map((d) => d.type)).toEqual(documents);
    expect(rule.residencePostcode?.pattern).toBe(postcode);
    expect(rule.euCode).toBe(code === 'GR' ? 'EL' : code);
  });

  it.each(COUNTRY_RULES.map((r) => [r.code, r] as const))('%s cites known sources and names match en.json', (code, rule) => {
    const tags = rule.source.match(/\[S\d+\]/g) ?? [];
    expect(tags.length).toBeGreaterThan(0);
    for (const tag of tags) expect(Object.keys(SOURCES)).toContain(tag.slice(1, -1));
    expect(catalogue.get(`countries.${code}`)).toBe(rule.name);
  });

  it('keeps the open discrepancies flagged', () => {
    const flagged = COUNTRY_RULES.filter((r) => r.flags.length > 0).map((r) => `${r.code}:${r.flags.join(',')}`);
    expect(flagged).toEqual([
      'BE:ageChangeDateUnverified',
      'GR:dateOfBirthDisputed,ageByYearOfBirthUnverified',
      'HR:documentListDisputed',
      'MT:documentListDisputed',
    ]);
  });

  it('only Greece counts the minimum age by year of birth', () => {
    expect(COUNTRY_RULES.filter((r) => r.ageByYearOfBirth).map((r) => r.code)).toEqual(['GR']);
  });

  it('only Germany has a note for nationals abroad', () => {
    expect(COUNTRY_RULES.filter((r) => r.noteWhenResidingAbroad).map((r) => r.code)).toEqual(['DE']);
  });

  describe.each(COUNTRY_RULES.flatMap((r) => r.documents.map((d) => [r.code, d.type, d] as const)))('%s %s', (code, type, doc) => {
    it('uses a Commission document key', () => {
      expect(DOCUMENT_TYPES).toContain(type);
    });

    it('has an unanchored pattern that compiles, is written for upper-case separator-free input', () => {
      expect(() => new RegExp(anchoredSource(doc.pattern), 'u')).not.toThrow();
      expect(doc.pattern).not.toMatch(/^\^|\$$/);
      const classes = doc.pattern.match(/\[[^\]]*\]/g) ?? [];
      const outside = doc.pattern.replace(/\[[^\]]*\]/g, '');
      expect(classes.join('')).not.toMatch(/[a-z]/);
      expect(outside).not.toMatch(/[a-z.\- /]/);
    });

    it('has its hint and label in en.json (hint identical, label containing the national name)', () => {
      expect(catalogue.get(documentHintKey(code, type))).toBe(doc.formatHint);
      expect(catalogue.get(documentLabelKey(code, type))).toContain(doc.nationalName);
    });
  });

  it('Part A states accept no document, Part B states at least one', () => {
    for (const rule of COUNTRY_RULES) expect(rule.documents.length > 0).toBe(rule.part === 'B');
  });
});

describe('languages and version', () => {
  it('has the 24 official languages', () => {
    expect(LANGUAGES).toHaveLength(24);
    expect(LANGUAGES.join(' ')).toBe('bg cs da de el en es et fi fr ga hr hu it lt lv mt nl pl pt ro sk sl sv');
    expect(isLanguage('ga')).toBe(true);
    expect(isLanguage('EN')).toBe(false);
    expect(isLanguage('no')).toBe(false);
    expect(isLanguage(3)).toBe(false);
  });

  it('has a YYYY.MM.N rules version', () => {
    expect(RULES_VERSION).toMatch(/^\d{4}\.\d{1,2}\.\d+$/);
  });
});
