import { useMemo } from 'preact/hooks';
import { useI18n } from '../../i18n/i18n-context';

/** An entry's instant, to the second, in the reader's time zone and the console's language. */
export function useInstantFormat(): (iso: string) => string {
  const { lang } = useI18n();
  return useMemo(() => {
    const format = new Intl.DateTimeFormat(lang === 'en' ? 'en-IE' : lang, { dateStyle: 'medium', timeStyle: 'medium' });
    return (iso: string) => {
      const time = Date.parse(iso);
      return Number.isNaN(time) ? iso : format.format(time);
    };
  }, [lang]);
}

/** Who did it: an account (its number; auditors see no one's e-mail), or the installation's own actors in words. */
export function ActorName({ actor }: { actor: string }) {
  const { t } = useI18n();
  if (actor.startsWith('account:')) {
    return (
      <>
        {t('console.audit.actor.account')} <code class="console-code">{actor.slice('account:'.length)}</code>
      </>
    );
  }
  switch (actor) {
    case 'organiser-token':
      return <>{t('console.audit.actor.organiserToken')}</>;
    case 'command':
      return <>{t('console.audit.actor.command')}</>;
    case 'system':
      return <>{t('console.audit.actor.system')}</>;
    case 'anonymous':
      return <>{t('console.audit.actor.anonymous')}</>;
    default:
      return <code class="console-code">{actor}</code>;
  }
}

/** An action's name in words (an action this console does not know yet: its code). */
export function useActionName(): (action: string) => string {
  const { t } = useI18n();
  return (action) => {
    const key = `console.audit.actions.${action}`;
    const name = t(key);
    return name === key ? action : name;
  };
}

/** A part of a page that could not be read (the page itself stands): loading, not allowed, or failed. */
export function InlineProblem({ state }: { state: 'loading' | 'missing' | 'failed' | 'forbidden' }) {
  const { t } = useI18n();
  if (state === 'loading') {
    return (
      <p class="loading" role="status">
        {t('page.loading')}
      </p>
    );
  }
  return <p class="console-notice">{state === 'forbidden' ? t('console.shell.forbidden.body') : t('console.audit.readFailed')}</p>;
}
