import { countryNameKey, normaliseCountryCode, type Language, type Translate } from '@eci/rules';

/**
 * Names countries in the page language: the 27 Member States from the catalogue (the names the
 * rules' messages use), every other country with the browser's `Intl.DisplayNames`.
 */
export function countryNamer(lang: Language, t: Translate): (code: string) => string {
  let display: Intl.DisplayNames | undefined;
  return (code) => {
    const key = countryNameKey(code);
    if (key) return t(key);
    display ??= new Intl.DisplayNames([lang, 'en'], { type: 'region', fallback: 'code' });
    return display.of(code) ?? code;
  };
}

let world: readonly string[] | undefined;

/**
 * Every country a Part A signatory may live in: the codes the rules library accepts as a
 * residence country (asked of the library rather than listed a second time here).
 */
export function residenceCountryCodes(): readonly string[] {
  if (!world) {
    const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
    const codes: string[] = [];
    for (const a of letters) for (const b of letters) if (normaliseCountryCode(a + b) === a + b) codes.push(a + b);
    world = codes;
  }
  return world;
}
