import type { Language } from '@eci/rules';

/**
 * Registered text in the reader's language when the organisers registered a translation, else in
 * English; `lang` says which, so the element can carry the right `lang` attribute.
 */
export function localised(text: Record<string, string>, lang: Language): { text: string; lang: string } {
  const own = text[lang];
  return own ? { text: own, lang } : { text: text.en ?? '', lang: 'en' };
}
