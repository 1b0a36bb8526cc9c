import { apiPath, type ExportProgress } from '@eci/api-contract';
import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '../../i18n/i18n-context';
import { consoleCall } from '../api/console-api';

/** How often the page asks how far the export is. */
const POLL_MS = 500;

/**
 * Where the export named `id` stands (`GET initiatives/:slug/exports/progress/:id`), asked at once
 * and then every half second while `id` is set; `null` until the API knows it (the export's own
 * request may arrive after the first question).
 */
export function useExportProgress(slug: string, id: string | null): ExportProgress | null {
  const { lang } = useI18n();
  const [progress, setProgress] = useState<ExportProgress | null>(null);
  useEffect(() => {
    setProgress(null);
    if (id === null) return;
    let current = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const ask = async () => {
      const answer = await consoleCall<ExportProgress>(apiPath('exportProgress', { slug, id }), { lang });
      if (!current) return;
      if (answer.ok) setProgress(answer.data);
      timer = setTimeout(() => void ask(), POLL_MS);
    };
    void ask();
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [slug, id]);
  return progress;
}

/** The export being prepared, in the status region: "Preparing the export…", then each stage (read out once per stage). */
export function ExportStage({ progress }: { progress: ExportProgress | null }) {
  const { t } = useI18n();
  const stage = progress && progress.stage !== 'failed' && progress.stage !== 'reading' ? t(`console.exports.stage.${progress.stage}`) : null;
  return (
    <>
      <p class="console-export-panel__title">{t('console.exports.preparing')}</p>
      {stage && <p>{stage}</p>}
    </>
  );
}

/**
 * A bar filling as the statements are laid out (indeterminate before and after), and the count
 * under it: outside the live region, so that it is not read out at every step.
 */
export function ExportBar({ progress }: { progress: ExportProgress | null }) {
  const { t, formatNumber } = useI18n();
  const counts = progress?.stage === 'reading' && progress.total > 0 ? t('console.exports.stage.reading', { done: formatNumber(progress.done), total: formatNumber(progress.total) }) : null;
  return (
    <>
      {counts && progress ? (
        <progress class="progress-bar" max={progress.total} value={progress.done} aria-label={t('console.exports.preparing')} aria-valuetext={counts} />
      ) : (
        <progress class="progress-bar" aria-label={t('console.exports.preparing')} />
      )}
      {counts && <p class="console-export-panel__counts">{counts}</p>}
    </>
  );
}
