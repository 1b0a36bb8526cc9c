/** The 24 official EU languages (ISO 639-1), alphabetical by code [S2][S21]. */
export const LANGUAGES = [
  'bg', 'cs', 'da', 'de', 'el', 'en', 'es', 'et', 'fi', 'fr', 'ga', 'hr',
  'hu', 'it', 'lt', 'lv', 'mt', 'nl', 'pl', 'pt', 'ro', 'sk', 'sl', 'sv',
] as const;

export type Language = (typeof LANGUAGES)[number];

const LANGUAGE_SET: ReadonlySet<string> = new Set(LANGUAGES);

/** True for one of the 24 official EU language codes (lower case, as listed). */
export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && LANGUAGE_SET.has(value);
}

/**
 * Registered text (keyed by language, at least one) in the first of `preferred` it exists in, else
 * English, else the first language it was registered in by the order of LANGUAGES; `lang` says which.
 */
export function textIn(text: Readonly<Record<string, string>>, preferred: readonly string[]): { text: string; lang: string } {
  for (const lang of [...preferred, 'en', ...LANGUAGES]) {
    const value = text[lang];
    if (value) return { text: value, lang };
  }
  return { text: '', lang: 'en' };
}
