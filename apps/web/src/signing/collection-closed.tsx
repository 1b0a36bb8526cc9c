import type { CollectionState, PublicInitiative } from '../api/types';
import { useI18n } from '../i18n/i18n-context';
import { localised } from '../i18n/localised-text';
import { useDocumentTitle } from '../layout/use-document-title';

/**
 * Outside the collection period the form is not offered; the initiative stays readable. The state
 * is the server's (`collectionState` on the Brussels day): not started yet, ended, or closed early
 * by the organisers, each said in words.
 */
export function CollectionClosed({ initiative, state }: { initiative: PublicInitiative; state: Exclude<CollectionState, 'collecting'> }) {
  const { t, lang, formatDate } = useI18n();
  useDocumentTitle(localised(initiative.title, lang).text);
  const message =
    state === 'not-started'
      ? t('page.period.notStarted', { start: formatDate(initiative.collectionStart) })
      : state === 'ended'
        ? t('page.period.ended', { end: formatDate(initiative.collectionEnd) })
        : t('page.period.closedEarly', { date: formatDate(initiative.closedEarlyOn ?? initiative.collectionEnd) });
  return (
    <section class="signing" aria-labelledby="signing-title">
      <h2 class="heading-l" id="signing-title">
        {t('page.form.title')}
      </h2>
      <div class="inset" id="collection-state" data-state={state}>
        <p>{message}</p>
      </div>
    </section>
  );
}
