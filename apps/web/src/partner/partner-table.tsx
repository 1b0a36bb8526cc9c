import { useI18n } from '../i18n/i18n-context';
import { DataTable } from '../progress/data-table';
import type { PartnerProgress } from '@eci/api-contract';

/** Per Member State: the statements given through the partner's site, all statements, the minimum. */
export function PartnerTable({ data }: { data: PartnerProgress }) {
  const { t, formatNumber, countryName } = useI18n();
  const own = new Map(data.partner.countries.map((country) => [country.code, country.count]));
  return (
    <DataTable id="partner-table" title={t('progress.partner.tableCaption')}>
      <thead>
        <tr>
          <th scope="col">{t('progress.table.country')}</th>
          <th scope="col" class="data-table__num">
            {t('progress.partner.tableOwn')}
          </th>
          <th scope="col" class="data-table__num">
            {t('progress.partner.tableAll')}
          </th>
          <th scope="col" class="data-table__num">
            {t('progress.table.minimum')}
          </th>
        </tr>
      </thead>
      <tbody>
        {data.campaign.countries.map((country) => (
          <tr key={country.code} data-country={country.code}>
            <th scope="row">{countryName(country.code)}</th>
            <td class="data-table__num data-table__own">{formatNumber(own.get(country.code) ?? 0)}</td>
            <td class="data-table__num">{formatNumber(country.count)}</td>
            <td class="data-table__num">{formatNumber(country.threshold)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr data-total>
          <th scope="row">{t('progress.table.total')}</th>
          <td class="data-table__num data-table__own">{formatNumber(data.partner.total)}</td>
          <td class="data-table__num">{formatNumber(data.campaign.total)}</td>
          <td class="data-table__num">{formatNumber(data.campaign.goal)}</td>
        </tr>
      </tfoot>
    </DataTable>
  );
}
