import { getCountryRule, type Language } from '@eci/rules';
import { COUNTRY_NAMES, LAYOUT_CATALOGUES, type LayoutTexts } from './texts';

/**
 * The texts of one export PDF, in the language of the authority it is addressed to (see
 * docs/exports.md, "Language"): the fixed texts of `texts/<lang>.ts`, country names and numbers.
 */
export interface ExportTexts {
  readonly language: Language;
  readonly t: LayoutTexts;
  /** A Member State's name in the language (ISO or EU code); other codes upper-cased. */
  countryName(code: string): string;
  /** A count with the language's digit grouping (grouping spaces made non-breaking). */
  count(value: number): string;
}

export function exportTexts(language: Language): ExportTexts {
  const format = new Intl.NumberFormat(language, { useGrouping: true });
  return {
    language,
    t: LAYOUT_CATALOGUES[language],
    countryName: (code) => {
      const rule = getCountryRule(code);
      return rule ? COUNTRY_NAMES[language][rule.code] : code.toUpperCase();
    },
    count: (value) => format.format(value).replace(/\s/gu, '\u00a0'),
  };
}
