import { COUNTRY_RULES_BY_CODE } from './data/countries';
import { WORLD_COUNTRY_CODES } from './data/world-countries';
import { normaliseCode } from './normalise';
import type { CountryCode, CountryRule, DocumentRule, EuCode, PostcodeRule } from './types';

/**
 * Any ISO 3166-1 alpha-2 code (trimmed, case-insensitive; `EL` is read as Greece `GR`)
 * → the upper-case ISO code, or undefined when it is not a country code.
 */
export function normaliseCountryCode(code: string): string | undefined {
  const upper = normaliseCode(code).toUpperCase();
  const iso = upper === 'EL' ? 'GR' : upper;
  return WORLD_COUNTRY_CODES.has(iso) ? iso : undefined;
}

export function isMemberState(code: string): code is CountryCode {
  return Object.prototype.hasOwnProperty.call(COUNTRY_RULES_BY_CODE, code);
}

/** The rule of a Member State (ISO code or EU code `EL`, any case), else undefined. */
export function getCountryRule(code: string): CountryRule | undefined {
  const iso = normaliseCountryCode(code);
  return iso !== undefined && isMemberState(iso) ? COUNTRY_RULES_BY_CODE[iso] : undefined;
}

/** ISO → EU code (GR → EL); undefined for non-Member States. */
export function toEuCode(code: string): EuCode | undefined {
  return getCountryRule(code)?.euCode;
}

/** The document rule of a Member State, if that state accepts that document type. */
export function findDocumentRule(country: string, type: string): DocumentRule | undefined {
  return getCountryRule(country)?.documents.find((doc) => doc.type === type);
}

/**
 * The postcode rule applying to a RESIDENCE country (any country; only some Member States
 * have a fixed format in the pack).
 */
export function postcodeRuleFor(residenceCountry: string): PostcodeRule | undefined {
  return getCountryRule(residenceCountry)?.residencePostcode;
}
