import { join } from 'node:path';
import { LANGUAGES, MEMBER_STATES, OFFICIAL_LANGUAGES } from '@eci/rules';
import PDFDocument from 'pdfkit';
import { readFileSync } from '../../../test/files';
import { FONT_FILES } from '../fonts';
import { GlyphFont } from '../glyph-text';
import { currentFont } from '../pdfkit-internals';
import { exportTexts } from '../layout-texts';
import { COUNTRY_NAMES, LAYOUT_CATALOGUES, fill, type LayoutTexts } from '.';

type Flat = Record<string, string>;

function flatten(texts: LayoutTexts): Flat {
  const { columns, ...rest } = texts;
  return { ...rest, ...Object.fromEntries(Object.entries(columns).map(([key, value]) => [`columns.${key}`, value])) };
}

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string).sort();
const EN = flatten(LAYOUT_CATALOGUES.en);

/** Texts allowed to read as in English (the same word in that language, or a number sign). */
const SAME_AS_ENGLISH: Readonly<Record<string, readonly string[]>> = {
  es: ['no'],
  et: ['columns.streetNumber'],
  fr: ['date', 'signature'],
  it: ['no'],
  nl: ['columns.postalCode'],
};

describe('the export PDF texts', () => {
  it('has a catalogue for each of the 24 official languages', () => {
    expect(Object.keys(LAYOUT_CATALOGUES).sort()).toEqual([...LANGUAGES].sort());
  });

  it.each([...LANGUAGES])('%s: every text of the English catalogue, translated, with the same placeholders', (lang) => {
    const texts = flatten(LAYOUT_CATALOGUES[lang]);
    expect(Object.keys(texts).sort()).toEqual(Object.keys(EN).sort());
    for (const [key, text] of Object.entries(texts)) {
      expect({ key, text: text.trim() === text && text !== '' }).toEqual({ key, text: true });
      expect({ key, placeholders: placeholders(text) }).toEqual({ key, placeholders: placeholders(EN[key] as string) });
      if (lang !== 'en' && !(SAME_AS_ENGLISH[lang] ?? []).includes(key)) expect({ key, same: text === EN[key] }).toEqual({ key, same: false });
    }
  });

  it('only allows English wording where it is really the same word', () => {
    for (const [lang, keys] of Object.entries(SAME_AS_ENGLISH)) {
      const texts = flatten(LAYOUT_CATALOGUES[lang as keyof typeof LAYOUT_CATALOGUES]);
      for (const key of keys) expect({ lang, key, same: texts[key] === EN[key] }).toEqual({ lang, key, same: true });
    }
  });

  it('has every Member State name in every language, as the web app shows them', () => {
    for (const lang of LANGUAGES) {
      const i18n = JSON.parse(readFileSync(join(__dirname, '../../../../../i18n', `${lang}.json`), 'utf8')) as { countries: Record<string, string> };
      expect(COUNTRY_NAMES[lang]).toEqual(Object.fromEntries(MEMBER_STATES.map((code) => [code, i18n.countries[code]])));
    }
  });

  it('draws every character of every catalogue and country name with the embedded fonts', () => {
    const doc = new PDFDocument({ autoFirstPage: false });
    const fonts = (['regular', 'bold'] as const).map((name) => {
      doc.registerFont(name, FONT_FILES[name]);
      doc.font(name);
      return new GlyphFont(currentFont(doc));
    });
    const missing: string[] = [];
    for (const lang of LANGUAGES) {
      const text = [...Object.values(flatten(LAYOUT_CATALOGUES[lang])), ...Object.values(COUNTRY_NAMES[lang])].join('');
      for (const char of new Set(text.normalize('NFC'))) for (const font of fonts) if (font.countMissing(char) > 0) missing.push(`${lang} ${char}`);
    }
    expect(missing).toEqual([]);
  });

  it('fills placeholders, names countries in the language and groups digits without breaking lines', () => {
    expect(fill(LAYOUT_CATALOGUES.de.footer, { file: 'statements-AT.pdf', number: 'ECI(2026)000042', date: '2027-06-10' })).toBe(
      'statements-AT.pdf · ECI(2026)000042 · erstellt am 2027-06-10',
    );
    expect(exportTexts('el').countryName('EL')).toBe('Ελλάδα');
    expect(exportTexts('bg').countryName('gr')).toBe('Гърция');
    expect(exportTexts('fr').countryName('CH')).toBe('CH');
    expect(exportTexts('fr').count(1234567)).toBe('1\u00a0234\u00a0567');
    expect(exportTexts('de').count(1234567)).toBe('1.234.567');
    expect(exportTexts('en').count(1234567)).toBe('1,234,567');
  });

  it('covers every official language of every Member State', () => {
    for (const languages of Object.values(OFFICIAL_LANGUAGES)) for (const lang of languages) expect(LAYOUT_CATALOGUES[lang]).toBeDefined();
  });
});
