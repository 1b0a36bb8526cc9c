import { useState } from 'preact/hooks';
import { useI18n } from '../i18n/i18n-context';

/**
 * Ways to tell others, without any third party: an e-mail, the system share sheet where the
 * browser has one, and the plain address to copy. The address carries no tracking parameter
 * and no language: the site greets each reader in theirs.
 */
export function ShareLinks({ slug, title }: { slug: string; title: string }) {
  const { t } = useI18n();
  const url = `${location.origin}/${slug}`;
  const [status, setStatus] = useState('');
  const mailto = `mailto:?subject=${encodeURIComponent(title)}&body=${encodeURIComponent(t('page.share.emailBody', { title, url }))}`;
  const canShare = typeof navigator.share === 'function';

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setStatus(t('page.share.copied'));
    } catch {
      const field = document.getElementById('share-url') as HTMLInputElement | null;
      field?.focus();
      field?.select();
      setStatus(t('page.share.copyManually'));
    }
  };

  return (
    <section class="share" aria-labelledby="share-title">
      <h2 class="heading-m" id="share-title">
        {t('page.share.title')}
      </h2>
      <p>{t('page.share.intro')}</p>
      <div class="form-group">
        <label class="label" for="share-url">
          {t('page.share.linkLabel')}
        </label>
        <input class="input" id="share-url" type="text" readOnly value={url} />
      </div>
      <div class="button-group">
        <button type="button" class="button button--secondary" onClick={() => void copy()}>
          {t('page.share.copy')}
        </button>
        {canShare && (
          <button type="button" class="button button--secondary" onClick={() => void navigator.share({ title, url }).catch(() => undefined)}>
            {t('page.share.systemShare')}
          </button>
        )}
        <a class="button button--secondary" href={mailto}>
          {t('page.share.email')}
        </a>
      </div>
      <p class="share__status" role="status">
        {status}
      </p>
    </section>
  );
}
