import { getCountryRule, officialLanguages, type CountryRule, type DocumentType, type Language } from '@eci/rules';
import type { MemberStateInfo } from './types';

export class UnknownMemberStateError extends Error {
  constructor(code: string) {
    super(`Not a Member State: ${JSON.stringify(code)}`);
    this.name = 'UnknownMemberStateError';
  }
}

export class UnsupportedLanguageError extends Error {
  constructor(
    readonly country: string,
    readonly languages: readonly string[],
  ) {
    super(`The export for ${country} is written in one of its official languages: ${languages.join(', ')}`);
    this.name = 'UnsupportedLanguageError';
  }
}

/**
 * The languages of the export for a Member State: the chosen one (default: the State's first
 * official language), then the State's other official languages (for the initiative's title).
 * A language that is not one of the State's official EU languages throws.
 */
export function exportLanguages(rule: CountryRule, chosen?: string): { language: Language; titleLanguages: readonly Language[] } {
  const languages = officialLanguages(rule.code) as readonly Language[];
  const language = chosen === undefined ? languages[0] : languages.find((lang) => lang === chosen);
  if (language === undefined) throw new UnsupportedLanguageError(rule.euCode, languages);
  return { language, titleLanguages: [language, ...languages.filter((lang) => lang !== language)] };
}

/** The rule of the exported Member State (ISO code or EU code `EL`, any case). */
export function memberStateRule(country: string): CountryRule {
  const rule = getCountryRule(country);
  if (!rule) throw new UnknownMemberStateError(country);
  return rule;
}

export function memberStateInfo(rule: CountryRule): MemberStateInfo {
  return { isoCode: rule.code, euCode: rule.euCode, name: rule.name, part: rule.part };
}

/** The national name of a document accepted by that Member State, as listed by the Commission. */
export function documentNationalName(rule: CountryRule, type: DocumentType): string {
  const document = rule.documents.find((doc) => doc.type === type);
  if (!document) throw new RangeError(`${rule.code} does not accept the document type ${type}`);
  return document.nationalName;
}

/** Residence countries are printed with their EU code when they are Member States (GR → EL). */
export function printedCountryCode(isoCode: string): string {
  return getCountryRule(isoCode)?.euCode ?? isoCode.toUpperCase();
}

/** File names carry the EU code: `statements-EL.pdf`. */
export function exportFileNames(rule: CountryRule): { pdf: string; xml: string; zip: string } {
  return {
    pdf: `statements-${rule.euCode}.pdf`,
    xml: `statements-${rule.euCode}.xml`,
    zip: `statements-${rule.euCode}.zip`,
  };
}
