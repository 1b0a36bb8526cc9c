import { normaliseCountryCode } from '../countries';
import type { CountryCode } from '../types';
import type { Language } from './languages';

/**
 * The official EU languages of each Member State [S28] (its official languages that are also
 * official languages of the Union: Luxembourgish and Turkish in Cyprus are not). The first is the
 * default for documents addressed to the State's authorities: the State's first language by its
 * constitution (BE: Dutch, the language of most of its population; IE: Irish, Art. 8 of the Irish
 * Constitution; LU: French, the language of its legislation; MT: Maltese, Art. 5 of the Maltese
 * Constitution; FI: Finnish, the language of most of its population).
 */
export const OFFICIAL_LANGUAGES: Readonly<Record<CountryCode, readonly Language[]>> = {
  BE: ['nl', 'fr', 'de'],
  BG: ['bg'],
  CZ: ['cs'],
  DK: ['da'],
  DE: ['de'],
  EE: ['et'],
  IE: ['ga', 'en'],
  GR: ['el'],
  ES: ['es'],
  FR: ['fr'],
  HR: ['hr'],
  IT: ['it'],
  CY: ['el'],
  LV: ['lv'],
  LT: ['lt'],
  LU: ['fr', 'de'],
  HU: ['hu'],
  MT: ['mt', 'en'],
  NL: ['nl'],
  AT: ['de'],
  PL: ['pl'],
  PT: ['pt'],
  RO: ['ro'],
  SI: ['sl'],
  SK: ['sk'],
  FI: ['fi', 'sv'],
  SE: ['sv'],
};

/**
 * The official EU languages of a Member State (ISO code or EU code `EL`, any case), the default
 * first; undefined for a country that is not a Member State.
 */
export function officialLanguages(country: string): readonly Language[] | undefined {
  const iso = normaliseCountryCode(country);
  return iso !== undefined && Object.prototype.hasOwnProperty.call(OFFICIAL_LANGUAGES, iso) ? OFFICIAL_LANGUAGES[iso as CountryCode] : undefined;
}
