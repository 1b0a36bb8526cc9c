import { apiPath, type ManagedInitiative, type PublicProgress } from '@eci/api-contract';
import { textIn } from '@eci/rules';
import { useI18n } from '../../i18n/i18n-context';
import { useDocumentTitle } from '../../layout/use-document-title';
import { LoadProblem } from '../../layout/load-problem';
import { CountryChart } from '../../progress/country-chart';
import { CountryTable } from '../../progress/country-table';
import { ProgressSummary } from '../../progress/progress-summary';
import { UpdateStatus } from '../../progress/update-status';
import { useProgress } from '../../progress/use-progress';
import { progressPath } from '../../routing/routes';
import { useConsoleData } from '../api/use-console-data';
import type { SectionProps } from '../sections';
import './progress-section.css';

/**
 * `/{lang}/console/{slug}/progress`: the public progress page's figures (the same components: the
 * two conditions of Art. 3(1), the chart, the per-country table, refreshed every 30 s and pausable)
 * with what organisers and auditors need beside them: the collection period and where it stands,
 * and the table as a CSV file. Statistics only: the API has nothing finer for a session (a partner's
 * own counts are read with the partner's token, on the partner's page).
 */
export function ProgressSection({ slug }: SectionProps) {
  const { t, lang, formatDate } = useI18n();
  const { progress, stale, paused, setPaused } = useProgress(slug, true);
  const initiative = useConsoleData<ManagedInitiative>(apiPath('initiative', { slug }));
  useDocumentTitle(t('console.progress.title'));
  if (progress.state !== 'ready') return <LoadProblem state={progress.state} />;
  const title = initiative.state === 'ready' ? textIn(initiative.data.title, [lang]) : undefined;
  return (
    <div class="progress-page console-progress">
      {title && (
        <p class="initiative__kicker" lang={title.lang === lang ? undefined : title.lang}>
          {title.text}
        </p>
      )}
      <h1 class="heading-xl">{t('console.progress.title')}</h1>
      {initiative.state === 'ready' && (
        <dl class="console-facts console-progress__facts">
          <dt>{t('console.progress.collection')}</dt>
          <dd>
            {t(`console.home.state.${initiative.data.collectionState}`)} ({formatDate(initiative.data.collectionStart)} –{' '}
            {formatDate(initiative.data.closedEarlyOn ?? initiative.data.collectionEnd)})
          </dd>
          <dt>{t('console.progress.registrationNumber')}</dt>
          <dd>{initiative.data.registrationNumber}</dd>
        </dl>
      )}
      <ProgressSummary progress={progress.data} />
      <UpdateStatus updatedAt={progress.data.updatedAt} stale={stale} refresh={{ paused, setPaused }} />
      <CountryChart countries={progress.data.countries} />
      <CountryTable progress={progress.data} />
      <p class="console-progress__actions">
        <CsvDownload slug={slug} progress={progress.data} />
        <a href={progressPath(lang, slug)}>{t('console.progress.publicPage')}</a>
      </p>
      <p class="progress-page__statistics">{t('progress.statistics')}</p>
    </div>
  );
}

/** The per-country table as a CSV file (the figures as shown, the country names in the console's language). */
function CsvDownload({ slug, progress }: { slug: string; progress: PublicProgress }) {
  const { t, countryName } = useI18n();
  const download = () => {
    const cell = (value: string | number) => `"${String(value).replace(/"/g, '""')}"`;
    const header = [t('progress.table.country'), t('console.progress.csvCode'), t('progress.table.count'), t('progress.table.minimum'), t('progress.table.reached')];
    const rows = progress.countries.map((country) => [countryName(country.code), country.code, country.count, country.threshold, country.reached ? t('progress.table.yes') : t('progress.table.no')]);
    rows.push([t('progress.table.total'), '', progress.total, progress.goal, progress.total >= progress.goal ? t('progress.table.yes') : t('progress.table.no')]);
    const text = [header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
    const url = URL.createObjectURL(new Blob(['\uFEFF', text], { type: 'text/csv;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `progress-${slug}-${progress.updatedAt.slice(0, 10)}.csv`;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  };
  return (
    <button type="button" class="button button--secondary" onClick={download}>
      {t('console.progress.csv')}
    </button>
  );
}
