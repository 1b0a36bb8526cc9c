import type { PublicInitiative } from '../api/types';
import { useI18n } from '../i18n/i18n-context';
import { localised } from '../i18n/localised-text';
import { useDocumentTitle } from '../layout/use-document-title';
import { ShareLinks } from './share-links';
import { useFocusOnMount } from './use-focus-on-mount';

/** 409 already_signed, said kindly: one statement per person, and theirs is already counted. */
export function AlreadySigned({ initiative }: { initiative: PublicInitiative }) {
  const { t, lang } = useI18n();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  useDocumentTitle(t('page.alreadySigned.title'));
  return (
    <div class="narrow">
      <div class="panel panel--info">
        <h1 class="panel__title" ref={heading} tabIndex={-1}>
          {t('page.alreadySigned.title')}
        </h1>
        <p class="panel__body">{t('page.alreadySigned.body')}</p>
      </div>
      <p>{t('page.alreadySigned.why')}</p>
      <ShareLinks slug={initiative.slug} title={localised(initiative.title, lang).text} />
    </div>
  );
}
