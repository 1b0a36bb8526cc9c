import { isLanguage, type Language } from '@eci/rules';

/**
 * Picks the language to answer in: the first explicit choice that is one of the 24 official
 * languages, else the best match from an Accept-Language header, else English.
 */
export function pickLanguage(explicit: (string | undefined | null)[], acceptLanguage?: string | string[]): Language {
  for (const candidate of explicit) {
    const lang = typeof candidate === 'string' ? candidate.trim().toLowerCase() : '';
    if (isLanguage(lang)) return lang;
  }
  const header = Array.isArray(acceptLanguage) ? acceptLanguage.join(',') : acceptLanguage;
  if (header) {
    const ranked = header
      .split(',')
      .map((part, index) => {
        const [tag, ...params] = part.trim().split(';');
        const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
        return { lang: tag.trim().toLowerCase().split('-')[0], q: q ? Number(q.slice(2)) : 1, index };
      })
      .filter((x): x is { lang: Language; q: number; index: number } => isLanguage(x.lang) && Number.isFinite(x.q) && x.q > 0)
      .sort((a, b) => b.q - a.q || a.index - b.index);
    if (ranked.length > 0) return ranked[0].lang;
  }
  return 'en';
}
