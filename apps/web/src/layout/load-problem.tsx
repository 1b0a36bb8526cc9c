import type { Loadable } from '../api/use-api';
import { useI18n } from '../i18n/i18n-context';
import { useDocumentTitle } from './use-document-title';

/** While loading, or when the initiative (or page) is not there, or the API cannot be reached. */
export function LoadProblem({ state }: { state: Exclude<Loadable<unknown>['state'], 'ready'> }) {
  const { t } = useI18n();
  const title = state === 'missing' ? t('page.notFound.title') : state === 'failed' ? t('page.failed.title') : undefined;
  useDocumentTitle(title);
  if (state === 'loading') {
    return (
      <p class="loading" role="status">
        {t('page.loading')}
      </p>
    );
  }
  return (
    <div class="narrow">
      <h1 class="heading-xl">{title}</h1>
      <p>{state === 'missing' ? t('page.notFound.body') : t('page.failed.body')}</p>
    </div>
  );
}
