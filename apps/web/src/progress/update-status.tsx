import { useMemo } from 'preact/hooks';
import { useI18n } from '../i18n/i18n-context';
import { updateTimeFormatter } from './progress-format';
import { REFRESH_SECONDS } from './use-progress';

/**
 * When the figures were counted (a day and a time: the statistic's, not anyone's signature), and,
 * where the page refreshes itself, a button to pause that (WCAG 2.2.2). Nothing is announced on
 * each refresh: the figures change in place, without moving anything.
 */
export function UpdateStatus({ updatedAt, stale, refresh }: { updatedAt: string; stale: boolean; refresh?: { paused: boolean; setPaused(paused: boolean): void } }) {
  const { t, lang } = useI18n();
  const formatTime = useMemo(() => updateTimeFormatter(lang), [lang]);
  return (
    <div class="update-status">
      <p class="update-status__text">
        {t('progress.updatedAt', { time: formatTime(updatedAt) })}{' '}
        {refresh && (refresh.paused ? t('progress.paused') : t('progress.autoUpdate', { seconds: REFRESH_SECONDS }))}
      </p>
      {refresh && (
        <button type="button" class="button button--secondary button--small" onClick={() => refresh.setPaused(!refresh.paused)}>
          {refresh.paused ? t('progress.resume') : t('progress.pause')}
        </button>
      )}
      {stale && (
        <p class="update-status__stale" role="status">
          {t('progress.stale')}
        </p>
      )}
    </div>
  );
}
