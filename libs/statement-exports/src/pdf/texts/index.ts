import type { Language } from '@eci/rules';
import { BG } from './bg';
import type { LayoutTexts } from './catalogue';
import { CS } from './cs';
import { DA } from './da';
import { DE } from './de';
import { EL } from './el';
import { EN } from './en';
import { ES } from './es';
import { ET } from './et';
import { FI } from './fi';
import { FR } from './fr';
import { GA } from './ga';
import { HR } from './hr';
import { HU } from './hu';
import { IT } from './it';
import { LT } from './lt';
import { LV } from './lv';
import { MT } from './mt';
import { NL } from './nl';
import { PL } from './pl';
import { PT } from './pt';
import { RO } from './ro';
import { SK } from './sk';
import { SL } from './sl';
import { SV } from './sv';

export { fill, type ColumnHeadings, type LayoutTexts } from './catalogue';
export { COUNTRY_NAMES } from './country-names';

/** The PDF's fixed texts in each of the 24 official languages. */
export const LAYOUT_CATALOGUES: Readonly<Record<Language, LayoutTexts>> = {
  bg: BG, cs: CS, da: DA, de: DE, el: EL, en: EN, es: ES, et: ET, fi: FI, fr: FR, ga: GA, hr: HR,
  hu: HU, it: IT, lt: LT, lv: LV, mt: MT, nl: NL, pl: PL, pt: PT, ro: RO, sk: SK, sl: SL, sv: SV,
};
