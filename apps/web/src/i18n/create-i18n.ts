import i18next from 'i18next';
import type { Language, Translate } from '@eci/rules';
import { loadCatalogues } from './catalogues';
import { countryNamer } from './country-names';
import { dateFormatter, numberFormatter } from './format';
import type { I18n } from './i18n-context';

/** Loads the page language's catalogue (and English, the fallback) into an i18next instance. */
export async function createI18n(lang: Language): Promise<I18n> {
  const catalogues = await loadCatalogues(lang);
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
