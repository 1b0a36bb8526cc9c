import { createContext, type ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import type { Language, Translate } from '@eci/rules';

/** Everything a component needs to speak the page language. */
export interface I18n {
  lang: Language;
  t: Translate;
  /** `YYYY-MM-DD` → the locale's long date. */
  formatDate(day: string): string;
  formatNumber(value: number): string;
  countryName(code: string): string;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ value, children }: { value: I18n; children: ComponentChildren }) {
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n outside I18nProvider');
  return i18n;
}
