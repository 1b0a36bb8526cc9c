import { useMemo } from 'preact/hooks';
import { useI18n } from '../i18n/i18n-context';
import { barLength, shareFormatter } from './progress-format';
import type { CountryProgress } from '@eci/api-contract';

/**
 * The 27 Member States against their own minimum, in EU protocol order: one horizontal bar each
 * (inline SVG, its length an attribute — no inline style), scaled so that a full bar is the
 * minimum. Each bar is an image named in words; a reached minimum shows a tick and the words
 * "Minimum reached" as well as another colour. The table after it gives the same figures.
 */
export function CountryChart({ countries }: { countries: CountryProgress[] }) {
  const { t, lang, formatNumber, countryName } = useI18n();
  const share = useMemo(() => shareFormatter(lang), [lang]);
  return (
    <section class="country-chart" aria-labelledby="country-chart-title">
      <h2 class="heading-l" id="country-chart-title">
        {t('progress.chart.title')}
      </h2>
      <p class="hint country-chart__intro">{t('progress.chart.intro')}</p>
      <ul class="country-chart__list">
        {countries.map((country) => {
          const name = countryName(country.code);
          const percent = share(country.count, country.threshold);
          const label = t('progress.chart.bar', { country: name, percent });
          return (
            <li key={country.code} class={country.reached ? 'country-chart__row country-chart__row--reached' : 'country-chart__row'} data-country={country.code}>
              <span class="country-chart__name">{name}</span>
              <svg class="country-chart__bar" role="img" aria-label={label} viewBox="0 0 100 10" preserveAspectRatio="none" focusable="false">
                <title>{label}</title>
                <rect class="country-chart__track" x="0" y="0" width="100" height="10" />
                <rect class="country-chart__fill" x="0" y="0" width={barLength(country.count, country.threshold)} height="10" />
              </svg>
              <span class="country-chart__share" aria-hidden="true">
                {percent}
              </span>
              <span class="country-chart__counts">{t('progress.chart.countOfMinimum', { count: formatNumber(country.count), minimum: formatNumber(country.threshold) })}</span>
              {country.reached && (
                <span class="country-chart__mark">
                  <span aria-hidden="true">✓ </span>
                  {t('progress.chart.reached')}
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
