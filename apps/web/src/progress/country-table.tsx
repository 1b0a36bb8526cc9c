import { useMemo } from 'preact/hooks';
import { useI18n } from '../i18n/i18n-context';
import { DataTable } from './data-table';
import { shareFormatter } from './progress-format';
import type { PublicProgress } from '@eci/api-contract';

/** The chart's figures as a real table: every Member State, its count, its minimum, the share, reached or not. */
export function CountryTable({ progress }: { progress: PublicProgress }) {
  const { t, lang, formatNumber, countryName } = useI18n();
  const share = useMemo(() => shareFormatter(lang), [lang]);
  const reached = (yes: boolean) =>
    yes ? (
      <>
        <span aria-hidden="true">✓ </span>
        {t('progress.table.yes')}
      </>
    ) : (
      t('progress.table.no')
    );
  return (
    <>
      <DataTable id="country-table" title={t('progress.table.caption')} describedBy="threshold-table">
        <thead>
          <tr>
            <th scope="col">{t('progress.table.country')}</th>
            <th scope="col" class="data-table__num">
              {t('progress.table.count')}
            </th>
            <th scope="col" class="data-table__num">
              {t('progress.table.minimum')}
            </th>
            <th scope="col" class="data-table__num">
              {t('progress.table.share')}
            </th>
            <th scope="col">{t('progress.table.reached')}</th>
          </tr>
        </thead>
        <tbody>
          {progress.countries.map((country) => (
            <tr key={country.code} data-country={country.code} class={country.reached ? 'data-table__row--reached' : undefined}>
              <th scope="row">{countryName(country.code)}</th>
              <td class="data-table__num">{formatNumber(country.count)}</td>
              <td class="data-table__num">{formatNumber(country.threshold)}</td>
              <td class="data-table__num">{share(country.count, country.threshold)}</td>
              <td>{reached(country.reached)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr data-total>
            <th scope="row">{t('progress.table.total')}</th>
            <td class="data-table__num">{formatNumber(progress.total)}</td>
            <td class="data-table__num">{formatNumber(progress.goal)}</td>
            <td class="data-table__num">{share(progress.total, progress.goal)}</td>
            <td>{reached(progress.total >= progress.goal)}</td>
          </tr>
        </tfoot>
      </DataTable>
      <p class="hint" id="threshold-table">
        {t(`progress.thresholds.t${progress.thresholdTable}`)}
      </p>
    </>
  );
}
