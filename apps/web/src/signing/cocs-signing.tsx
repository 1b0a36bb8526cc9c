import type { PublicInitiative } from '../api/types';
import { useI18n } from '../i18n/i18n-context';
import { localised } from '../i18n/localised-text';
import { useDocumentTitle } from '../layout/use-document-title';

/**
 * The initiative's page on the Commission's central online collection system (COCS) in the page
 * language: its `lang` query parameter set, or replaced (`https://eci.ec.europa.eu/045/public/?lang=fr`).
 */
export function cocsAddress(cocsUrl: string, lang: string): string {
  try {
    const url = new URL(cocsUrl);
    url.searchParams.set('lang', lang);
    return url.toString();
  } catch {
    return cocsUrl;
  }
}

/**
 * For an initiative that collects online through the COCS (registered from 2023, or whose organisers
 * chose it): online statements are given there, so this page offers no form, asks for nothing and
 * sends nothing. It links to the initiative's COCS page, or to the Commission's register while the
 * organisers have not published that address.
 */
export function CocsSigning({ initiative }: { initiative: PublicInitiative }) {
  const { t, lang } = useI18n();
  useDocumentTitle(localised(initiative.title, lang).text);
  return (
    <section class="signing" aria-labelledby="signing-title" id="cocs-signing">
      <h2 class="heading-l" id="signing-title">
        {t('page.cocs.title')}
      </h2>
      <p>{t('page.cocs.body')}</p>
      {initiative.cocsUrl ? (
        <p>
          <a class="button button--primary" id="cocs-link" href={cocsAddress(initiative.cocsUrl, lang)}>
            {t('page.cocs.link')}
          </a>
        </p>
      ) : (
        <div class="inset">
          <p>{t('page.cocs.noAddress')}</p>
          <p>
            <a href={initiative.registerUrl}>{t('page.initiative.registerLink')}</a>
          </p>
        </div>
      )}
    </section>
  );
}
