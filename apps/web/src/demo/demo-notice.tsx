import { useI18n } from '../i18n/i18n-context';

/**
 * On every page of a demonstration initiative: it says in words, not by colour alone, that
 * statements given here have no legal effect. A note (`role="note"`) at the top of the page's main
 * content, read first by screen readers after the skip link. `compact`, for the widget's small
 * frame, shows the short form ("Demonstration: no legal effect") and gives screen readers the
 * whole sentence.
 */
export function DemoNotice({ compact = false }: { compact?: boolean }) {
  const { t } = useI18n();
  if (compact) {
    return (
      <div class="demo-notice demo-notice--compact" role="note" aria-label={t('page.demo.label')}>
        <p>
          <strong aria-hidden="true">{t('page.demo.short')}</strong>
          <span class="visually-hidden">{t('page.demo.body')}</span>
        </p>
      </div>
    );
  }
  return (
    <div class="demo-notice" role="note" aria-label={t('page.demo.label')}>
      <p>
        <span class="demo-notice__icon" aria-hidden="true">
          !
        </span>
        <strong>{t('page.demo.body')}</strong>
      </p>
    </div>
  );
}
