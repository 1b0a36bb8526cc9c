import { useI18n } from '../i18n/i18n-context';
import { localised } from '../i18n/localised-text';
import { useInitiative } from '../initiative/use-initiative';
import { LoadProblem } from '../layout/load-problem';
import { useDocumentTitle } from '../layout/use-document-title';
import { signPath } from '../routing/routes';
import { CountryChart } from './country-chart';
import { CountryTable } from './country-table';
import { ProgressSummary } from './progress-summary';
import { UpdateStatus } from './update-status';
import { useProgress } from './use-progress';

/**
 * `/{lang}/{slug}/progress`: where the initiative stands against Art. 3(1) — the total against one
 * million, the Member States at their minimum (a chart and the same figures as a table), the
 * threshold table used, when it was counted. Statistics only. Refreshes every 30 s, pausable.
 */
export function ProgressPage({ slug }: { slug: string }) {
  const { t, lang } = useI18n();
  const { progress, stale, paused, setPaused } = useProgress(slug, true);
  const initiative = useInitiative(slug);
  useDocumentTitle(progress.state === 'ready' ? t('progress.title') : undefined);
  if (progress.state !== 'ready') return <LoadProblem state={progress.state} />;
  const title = initiative.state === 'ready' ? localised(initiative.data.title, lang) : undefined;
  return (
    <div class="progress-page">
      <div class="progress-page__intro">
        {title && (
          <p class="initiative__kicker" lang={title.lang === lang ? undefined : title.lang}>
            {title.text}
          </p>
        )}
        <h1 class="heading-xl">{t('progress.title')}</h1>
        <p class="progress-page__sign">
          <a class="button button--primary" href={signPath(lang, slug)}>
            {t('progress.sign')}
          </a>
        </p>
      </div>
      <ProgressSummary progress={progress.data} />
      <UpdateStatus updatedAt={progress.data.updatedAt} stale={stale} refresh={{ paused, setPaused }} />
      <CountryChart countries={progress.data.countries} />
      <CountryTable progress={progress.data} />
      <p class="progress-page__statistics">{t('progress.statistics')}</p>
    </div>
  );
}
