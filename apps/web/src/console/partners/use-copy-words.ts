import { useI18n } from '../../i18n/i18n-context';
import type { CopyFieldWords } from '../forms/copy-field';

/** The copy buttons' words on the partners page. */
export function useCopyWords(): CopyFieldWords {
  const { t } = useI18n();
  return { copy: t('console.partners.copy.button'), copied: t('console.partners.copy.copied'), copyManually: t('console.partners.copy.manually') };
}
