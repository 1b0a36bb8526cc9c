import type { PublicInitiative, SignedReceipt } from '../api/types';
import { useI18n } from '../i18n/i18n-context';
import { localised } from '../i18n/localised-text';
import { useDocumentTitle } from '../layout/use-document-title';
import { partnerQuery, receiptPath } from '../routing/routes';
import { ShareLinks } from './share-links';
import { useFocusOnMount } from './use-focus-on-mount';

/** After a statement is stored: the receipt, where to check it later, and how to tell others. */
export function Confirmation({ initiative, receipt, partner }: { initiative: PublicInitiative; receipt: SignedReceipt; partner?: string }) {
  const { t, lang, formatDate } = useI18n();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const title = localised(initiative.title, lang);
  useDocumentTitle(t('page.confirmation.title'));
  return (
    <div class="narrow">
      <div class="panel panel--confirmation">
        <h1 class="panel__title" ref={heading} tabIndex={-1}>
          {t('page.confirmation.title')}
        </h1>
        <p class="panel__body">{t('page.confirmation.body', { date: formatDate(receipt.signedOn) })}</p>
        <p class="panel__initiative" lang={title.lang === lang ? undefined : title.lang}>
          {title.text}
        </p>
      </div>
      <h2 class="heading-m">{t('page.confirmation.receiptTitle')}</h2>
      <p>{t('page.confirmation.receiptIntro')}</p>
      <p class="receipt-id" id="receipt-id">
        {receipt.receipt}
      </p>
      <p>
        <a href={receiptPath(lang, initiative.slug, receipt.receipt) + partnerQuery(partner)}>{t('page.confirmation.checkLink')}</a>
      </p>
      <p class="hint">{t('page.confirmation.noData')}</p>
      <ShareLinks slug={initiative.slug} title={title.text} />
    </div>
  );
}
