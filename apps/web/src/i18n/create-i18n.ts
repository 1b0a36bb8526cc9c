import i18next from 'i18next';
import type { Language, Translate } from '@eci/rules';
import { loadCatalogues, type Catalogue } from './catalogues';
import { countryNamer } from './country-names';
import { dateFormatter, numberFormatter } from './format';
import type { I18n } from './i18n-context';

/**
 * Loads the page language's catalogue (and English, the fallback) into an i18next instance, with
 * the catalogues `extra` adds (the console's, on console pages only) beside the public ones.
 */
export async function createI18n(lang: Language, extra?: (lang: Language) => Promise<Partial<Record<Language, Catalogue>>>): Promise<I18n> {
  const [publicCatalogues, extraCatalogues] = await Promise.all([loadCatalogues(lang), extra ? extra(lang) : Promise.resolve({})]);
  const catalogues: Partial<Record<Language, Catalogue>> = { ...publicCatalogues };
  for (const [code, catalogue] of Object.entries(extraCatalogues) as [Language, Catalogue][]) catalogues[code] = { ...catalogues[code], ...catalogue };
  const instance = i18next.createInstance();
  await instance.init({
    lng: lang,
    fallbackLng: 'en',
    resources: Object.fromEntries(Object.entries(catalogues).map(([code, translation]) => [code, { translation }])),
    initAsync: false,
    // Preact escapes text; the catalogues hold no markup.
    interpolation: { escapeValue: false },
    returnNull: false,
    showSupportNotice: false,
  });
  const t: Translate = (key, params) => instance.t(key, params ?? {});
  return {
    lang,
    t,
    formatDate: dateFormatter(lang),
    formatNumber: numberFormatter(lang),
    countryName: countryNamer(lang, t),
  };
}
