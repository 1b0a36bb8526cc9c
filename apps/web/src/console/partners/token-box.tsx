import { useLayoutEffect, useRef } from 'preact/hooks';
import { partnerPagePath, type PublicPartner } from '@eci/api-contract';
import { useI18n } from '../../i18n/i18n-context';
import { CopyField } from '../forms/copy-field';
import { useCopyWords } from './use-copy-words';

/**
 * A read token just made (the partner added, or a new token): in a marked box that takes the focus,
 * with its copy button and the warning that it is shown this once. The page keeps it in memory
 * only until it is hidden or the page is left; the API keeps only its hash.
 */
export function TokenBox({ slug, partner, token, onHide }: { slug: string; partner: PublicPartner; token: string; onHide(): void }) {
  const { t, lang } = useI18n();
  const words = useCopyWords();
  const heading = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => {
    heading.current?.focus();
  }, [token]);
  const titleId = `token-${partner.slug}-title`;
  const statisticsPage = `${location.origin}${partnerPagePath(lang, slug, partner.slug)}`;
  return (
    <section class="console-token" aria-labelledby={titleId}>
      <h4 class="console-subheading" id={titleId} ref={heading} tabIndex={-1}>
        {t('console.partners.token.title', { name: partner.name })}
      </h4>
      <p class="console-token__warning">
        <strong>{t('console.partners.token.once')}</strong> {t('console.partners.token.why')}
      </p>
      <CopyField id={`token-${partner.slug}`} label={t('console.partners.token.label')} value={token} words={words} />
      <p>{t('console.partners.token.give')}</p>
      <CopyField id={`statistics-${partner.slug}`} label={t('console.partners.token.statisticsPage')} value={statisticsPage} words={words} />
      <button type="button" class="button button--secondary" onClick={onHide}>
        {t('console.partners.token.hide')}
      </button>
    </section>
  );
}
