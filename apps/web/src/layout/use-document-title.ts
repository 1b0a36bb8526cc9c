import { useEffect } from 'preact/hooks';
import { useI18n } from '../i18n/i18n-context';

/** Sets `<title>`: the page's own title, then the site name; prefixed "Error:" while errors show. */
export function useDocumentTitle(title: string | undefined, hasErrors = false): void {
  const { t } = useI18n();
  useEffect(() => {
    const parts = [title, t('page.siteName')].filter(Boolean).join(' – ');
    document.title = hasErrors ? `${t('page.errorTitlePrefix')} ${parts}` : parts;
  }, [title, hasErrors, t]);
}
