import { useMemo } from 'preact/hooks';
import { useI18n } from '../i18n/i18n-context';
import { shareFormatter } from './progress-format';
import type { PublicProgress } from '@eci/api-contract';

/** "2 of 7", or "9 (at least 7 needed)" once more Member States than required are there. */
export function useCountriesValue(): (progress: Pick<PublicProgress, 'countriesReached' | 'countriesRequired'>) => string {
  const { t, formatNumber } = useI18n();
  return ({ countriesReached: reached, countriesRequired: required }) =>
    t(reached > required ? 'progress.countries.beyond' : 'progress.countries.value', { reached: formatNumber(reached), required: formatNumber(required) });
}

/**
 * The two conditions of Art. 3(1) of Regulation (EU) 2019/788, each as a figure, a progress bar
 * and the same in words: the total against one million, the Member States at their minimum.
 */
export function ProgressSummary({ progress, level = 2 }: { progress: PublicProgress; level?: 2 | 3 }) {
  const { t, lang, formatNumber } = useI18n();
  const Heading = level === 3 ? 'h3' : 'h2';
  const share = useMemo(() => shareFormatter(lang), [lang]);
  const countriesValue = useCountriesValue();
  const { total, goal, countriesReached, countriesRequired } = progress;
  const ofGoal = t('progress.total.ofGoal', { total: formatNumber(total), goal: formatNumber(goal) });
  const countries = countriesValue(progress);
  const met = total >= goal && countriesReached >= countriesRequired;
  return (
    <div class="progress-summary">
      <section class="progress-card" aria-labelledby="progress-total-label">
        <Heading class="progress-card__label" id="progress-total-label">
          {t('progress.total.label')}
        </Heading>
        <p class="progress-card__figure" id="progress-total">
          {formatNumber(total)}
        </p>
        <progress class="progress-bar" max={goal} value={Math.min(total, goal)} aria-labelledby="progress-total-label" aria-valuetext={ofGoal} />
        <p class="progress-card__detail">
          {ofGoal} <span class="progress-card__share">({t('progress.total.share', { percent: share(total, goal) })})</span>
        </p>
      </section>
      <section class="progress-card" aria-labelledby="progress-countries-label">
        <Heading class="progress-card__label" id="progress-countries-label">
          {t('progress.countries.label')}
        </Heading>
        <p class="progress-card__figure" id="progress-countries">
          {countries}
        </p>
        <progress
          class="progress-bar"
          max={countriesRequired}
          value={Math.min(countriesReached, countriesRequired)}
          aria-labelledby="progress-countries-label"
          aria-valuetext={countries}
        />
        <p class="progress-card__detail">
          {t('page.initiative.goal', { total: formatNumber(goal), states: formatNumber(countriesRequired) })}
        </p>
      </section>
      {met && (
        <p class="progress-summary__met">
          <span aria-hidden="true">✓ </span>
          {t('progress.goalMet', { goal: formatNumber(goal), required: formatNumber(countriesRequired) })}
        </p>
      )}
    </div>
  );
}
