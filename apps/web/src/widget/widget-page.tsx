import { DemoNotice } from '../demo/demo-notice';
import { useI18n } from '../i18n/i18n-context';
import { useInitiative } from '../initiative/use-initiative';
import { LoadProblem } from '../layout/load-problem';
import { useDocumentTitle } from '../layout/use-document-title';
import { useCountriesValue } from '../progress/progress-summary';
import { useProgress } from '../progress/use-progress';
import { partnerQuery, signPath } from '../routing/routes';

/**
 * `/{lang}/{slug}/widget`: the counter a partner shows in an `<iframe>` (framing allowed to the
 * initiative's partner origins only): the total against the goal, the Member States at their
 * minimum, and a link to sign in a new tab (crediting the partner of `?partner=`). Nothing but
 * the page's own origin, no inline style; read once per view (no refresh: nothing moves on the
 * partner's page). Fits a 300 × 150 frame.
 */
export function WidgetPage({ slug, partner }: { slug: string; partner?: string }) {
  const { t, lang, formatNumber } = useI18n();
  const { progress } = useProgress(slug, false);
  const initiative = useInitiative(slug);
  const demo = initiative.state === 'ready' && initiative.data.demo;
  const countriesValue = useCountriesValue();
  useDocumentTitle(t('progress.title'));
  if (progress.state !== 'ready') {
    return (
      <main class="widget" id="main">
        <LoadProblem state={progress.state} />
      </main>
    );
  }
  const { total, goal } = progress.data;
  const ofGoal = t('progress.total.ofGoal', { total: formatNumber(total), goal: formatNumber(goal) });
  return (
    <main class="widget" id="main">
      {demo && <DemoNotice compact />}
      {/* In a demo the notice takes the label's line; the label stays for screen readers (and names the bar). */}
      <h1 class={demo ? 'visually-hidden' : 'widget__label'} id="widget-label">
        {t('progress.widget.label')}
      </h1>
      <p class="widget__figures">
        <span class="widget__total" id="widget-total">
          {formatNumber(total)}
        </span>{' '}
        <span class="widget__goal">{t('progress.widget.goal', { goal: formatNumber(goal) })}</span>
      </p>
      <progress class="progress-bar progress-bar--thin" max={goal} value={Math.min(total, goal)} aria-labelledby="widget-label" aria-valuetext={ofGoal} />
      <p class="widget__countries" id="widget-countries">
        {t('progress.widget.countries', { value: countriesValue(progress.data) })}
      </p>
      <p class="widget__action">
        <a class="widget__link" href={signPath(lang, slug) + partnerQuery(partner)} target="_blank" rel="noopener">
          {t('progress.widget.sign')}
          <span class="visually-hidden"> {t('progress.widget.newTab')}</span>
          <span aria-hidden="true"> ↗</span>
        </a>
      </p>
    </main>
  );
}
