import { MIN_MEMBER_STATES_AT_THRESHOLD, MIN_TOTAL_SIGNATORIES } from '@eci/rules';
import type { PublicInitiative } from '../api/types';
import { useI18n } from '../i18n/i18n-context';
import { localised } from '../i18n/localised-text';
import { OrganiserList } from './organiser-list';
import { RegisteredText } from './registered-text';

/**
 * The initiative exactly as registered with the Commission (Implementing Regulation 2019/1799):
 * title, subject, objectives, registration number and date, organisers, and the register entry.
 */
export function InitiativeSummary({ initiative }: { initiative: PublicInitiative }) {
  const { t, lang, formatDate, formatNumber } = useI18n();
  const title = localised(initiative.title, lang);
  const untranslated = [initiative.title, initiative.subject, initiative.objectives].some((text) => !text[lang]);
  return (
    <section class="initiative" aria-labelledby="initiative-title">
      <p class="initiative__kicker">{t('page.initiative.kicker')}</p>
      <h1 id="initiative-title" class="initiative__title" lang={title.lang === lang ? undefined : title.lang}>
        {title.text}
      </h1>
      {untranslated && lang !== 'en' && <p class="initiative__note">{t('page.initiative.englishOnly')}</p>}
      <p class="jump-link">
        <a href="#signing-title">
          <span aria-hidden="true">↓ </span>
          {t('page.form.title')}
        </a>
      </p>
      <dl class="facts">
        <div class="facts__row">
          <dt>{t('page.initiative.registrationNumber')}</dt>
          <dd>{initiative.registrationNumber}</dd>
        </div>
        <div class="facts__row">
          <dt>{t('page.initiative.registrationDate')}</dt>
          <dd>{formatDate(initiative.registrationDate)}</dd>
        </div>
        <div class="facts__row">
          <dt>{t('page.initiative.collectionPeriod')}</dt>
          <dd>{t('page.initiative.fromTo', { start: formatDate(initiative.collectionStart), end: formatDate(initiative.collectionEnd) })}</dd>
        </div>
      </dl>
      <h2 class="heading-m">{t('page.initiative.subject')}</h2>
      <RegisteredText text={initiative.subject} class="initiative__text" />
      <h2 class="heading-m">{t('page.initiative.objectives')}</h2>
      <RegisteredText text={initiative.objectives} class="initiative__text" />
      <p class="initiative__goal">
        {t('page.initiative.goal', { total: formatNumber(MIN_TOTAL_SIGNATORIES), states: formatNumber(MIN_MEMBER_STATES_AT_THRESHOLD) })}
      </p>
      <h2 class="heading-m">{t('page.initiative.organisers')}</h2>
      <OrganiserList organisers={initiative.organisers} />
      <p>
        <a href={initiative.registerUrl} target="_top" rel="noreferrer">
          {t('page.initiative.registerLink')}
        </a>
      </p>
    </section>
  );
}
