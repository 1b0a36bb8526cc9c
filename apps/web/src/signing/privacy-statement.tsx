import { retentionDeadline } from '@eci/rules';
import type { PublicInitiative } from '../api/types';
import { useI18n } from '../i18n/i18n-context';

/**
 * The privacy statement the Regulation requires on the form: who controls the data, why, who
 * verifies it, how long it is kept, the signatory's rights and where to complain.
 */
export function PrivacyStatement({ initiative, nationality }: { initiative: PublicInitiative; nationality: string }) {
  const { t, formatDate, countryName } = useI18n();
  const representative = initiative.organisers.find((organiser) => organiser.role === 'representative');
  return (
    <section class="privacy" id="privacy" aria-labelledby="privacy-title">
      <h3 class="heading-m" id="privacy-title">
        {t('page.privacy.title')}
      </h3>
      <ul class="privacy__list">
        <li>
          {t('page.privacy.controller', { name: representative?.name ?? '' })}
          {representative?.email && (
            <>
              {' '}
              <a href={`mailto:${representative.email}`}>{representative.email}</a>
            </>
          )}
        </li>
        <li>{t('page.privacy.purpose')}</li>
        <li>{nationality ? t('page.privacy.authority', { country: countryName(nationality) }) : t('page.privacy.authorityAny')}</li>
        <li>{t('page.privacy.retention', { date: formatDate(retentionDeadline(initiative.collectionStart)) })}</li>
        <li>{t('page.privacy.withdrawal')}</li>
        <li>{t('page.privacy.rights')}</li>
        <li>{t('page.privacy.complaint')}</li>
      </ul>
    </section>
  );
}
