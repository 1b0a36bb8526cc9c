import { useI18n } from '../../i18n/i18n-context';
import { LoadProblem } from '../../layout/load-problem';
import type { ConsoleLoadable } from '../api/use-console-data';

/** Loading, not found, not allowed (403: the account holds no role here that opens this), or failed. */
export function ConsoleLoadProblem({ state }: { state: Exclude<ConsoleLoadable<unknown>['state'], 'ready'> }) {
  const { t } = useI18n();
  if (state !== 'forbidden') return <LoadProblem state={state} />;
  return (
    <div class="narrow">
      <h1 class="heading-xl">{t('console.shell.forbidden.title')}</h1>
      <p>{t('console.shell.forbidden.body')}</p>
    </div>
  );
}
