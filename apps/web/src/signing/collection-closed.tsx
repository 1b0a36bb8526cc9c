import type { PublicInitiative } from '../api/types';
import { useI18n } from '../i18n/i18n-context';
import { localised } from '../i18n/localised-text';
import { useDocumentTitle } from '../layout/use-document-title';

/** Outside the collection period the form is not offered; the initiative stays readable. */
export function CollectionClosed({ initiative }: { initiative: PublicInitiative }) {
  const { t, lang, formatDate } = useI18n();
  useDocumentTitle(localised(initiative.title, lang).text);
  return (
    <section class="signing" aria-labelledby="signing-title">
      <h2 class="heading-l" id="signing-title">
        {t('page.form.title')}
      </h2>
      <div class="inset">
        <p>{t('page.closed.body', { start: formatDate(initiative.collectionStart), end: formatDate(initiative.collectionEnd) })}</p>
      </div>
    </section>
  );
}
