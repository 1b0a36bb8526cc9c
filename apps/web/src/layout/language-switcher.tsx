import { LANGUAGES, languageNameKey } from '@eci/rules';
import { useI18n } from '../i18n/i18n-context';
import { pathInLanguage, partnerQuery, type Route } from '../routing/routes';

/**
 * The 24 languages as plain links to the same page (a full load: only the chosen catalogue is
 * fetched). Each name is in its own language, marked with `lang` for screen readers.
 */
export function LanguageSwitcher({ route, partner }: { route: Route; partner?: string }) {
  const { t, lang } = useI18n();
  return (
    <details class="language-switcher">
      <summary>
        <span class="language-switcher__label">{t('page.language.label')}</span>{' '}
        <span lang={lang}>{t(languageNameKey(lang))}</span>
      </summary>
      <nav aria-label={t('page.language.navigation')}>
        <ul class="language-switcher__list">
          {LANGUAGES.map((code) => (
            <li key={code}>
              <a
                href={pathInLanguage(route, code) + partnerQuery(partner)}
                lang={code}
                hrefLang={code}
                aria-current={code === lang ? 'true' : undefined}
              >
                {t(languageNameKey(code))}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </details>
  );
}
