import { fetchReceipt } from '../api/api-client';
import { useApi } from '../api/use-api';
import { useI18n } from '../i18n/i18n-context';
import { localised } from '../i18n/localised-text';
import { useInitiative } from '../initiative/use-initiative';
import { useDocumentTitle } from '../layout/use-document-title';
import { partnerQuery, signPath } from '../routing/routes';

/** `/{lang}/{slug}/receipt/{id}`: whether the statement with this receipt is still counted. */
export function ReceiptPage({ slug, receipt, partner }: { slug: string; receipt: string; partner?: string }) {
  const { t, lang, formatDate } = useI18n();
  const status = useApi(() => fetchReceipt(receipt), receipt);
  const initiative = useInitiative(slug);
  useDocumentTitle(t('page.receipt.title'));
  const title = initiative.state === 'ready' ? localised(initiative.data.title, lang) : undefined;
  return (
    <div class="narrow">
      <h1 class="heading-xl">{t('page.receipt.title')}</h1>
      <p>
        {t('page.receipt.number')} <span class="receipt-id receipt-id--inline">{receipt}</span>
      </p>
      <div aria-live="polite">
        {status.state === 'loading' && <p class="loading">{t('page.receipt.checking')}</p>}
        {status.state === 'ready' && status.data.initiative === slug && (
          <div class="panel panel--confirmation" id="receipt-status">
            <p class="panel__title panel__title--small">{t('page.receipt.counted')}</p>
            <p class="panel__body">{t('page.receipt.countedDetail', { date: formatDate(status.data.signedOn) })}</p>
            {title && (
              <p class="panel__initiative" lang={title.lang === lang ? undefined : title.lang}>
                {title.text}
              </p>
            )}
          </div>
        )}
        {((status.state === 'ready' && status.data.initiative !== slug) || status.state === 'missing') && (
          <div class="panel panel--info" id="receipt-status">
            <p class="panel__title panel__title--small">{t('page.receipt.notFound')}</p>
            <p class="panel__body">{t('page.receipt.notFoundDetail')}</p>
          </div>
        )}
        {status.state === 'failed' && <p class="error-message">{t('page.failed.body')}</p>}
      </div>
      <p>
        <a href={signPath(lang, slug) + partnerQuery(partner)}>{t('page.receipt.back')}</a>
      </p>
    </div>
  );
}
