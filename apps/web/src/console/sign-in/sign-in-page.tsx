import { useState } from 'preact/hooks';
import { LabelledField } from '../../forms/field-parts';
import { useI18n } from '../../i18n/i18n-context';
import { useDocumentTitle } from '../../layout/use-document-title';
import { ErrorSummary } from '../../signing/error-summary';
import type { ShownError } from '../../signing/error-messages';
import { messagesFor, shownErrors } from '../forms/console-errors';
import { useConsoleSession } from '../session/console-session';

/**
 * Sign in with an account an organiser made. A refusal keeps what the API says (the same message
 * for an unknown e-mail, a wrong password and a disabled account); a throttled attempt also says
 * how long to wait, from the answer's `Retry-After`.
 */
export function SignInPage({ again }: { again?: boolean }) {
  const { t, lang } = useI18n();
  const { signIn } = useConsoleSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<ShownError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  useDocumentTitle(t('console.sign-in.title'), errors.length > 0);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    const missing: ShownError[] = [];
    if (email.trim() === '') missing.push({ field: 'email', code: 'required', message: t('console.sign-in.emailRequired'), overridable: false });
    if (password === '') missing.push({ field: 'password', code: 'required', message: t('console.sign-in.passwordRequired'), overridable: false });
    if (missing.length > 0) {
      setErrors(missing);
      setAttempt((n) => n + 1);
      return;
    }
    setBusy(true);
    const failure = await signIn(email.trim(), password);
    setBusy(false);
    if (!failure) return;
    const shown = shownErrors(failure.status, failure.errors, t);
    if (failure.retryAfterSeconds !== undefined) {
      // "in 5 minutes", "za 5 minut": the browser's own words and plural forms for the language.
      const minutes = Math.max(1, Math.ceil(failure.retryAfterSeconds / 60));
      const when = new Intl.RelativeTimeFormat(lang, { numeric: 'always' }).format(minutes, 'minute');
      shown.push({ field: null, code: 'retry_after', message: t('console.sign-in.tryAgain', { when }), overridable: false });
    }
    setPassword('');
    setErrors(shown);
    setAttempt((n) => n + 1);
  };

  const labels: Record<string, string> = { email: t('console.sign-in.email'), password: t('console.sign-in.password') };
  return (
    <div class="narrow">
      <h1 class="heading-xl">{t('console.sign-in.title')}</h1>
      {again && <p class="console-notice">{t('console.sign-in.again')}</p>}
      <p>{t('console.sign-in.intro')}</p>
      <ErrorSummary errors={errors} focusKey={attempt} labelOf={(field) => (field ? labels[field] : undefined)} />
      <form class="console-form" method="post" noValidate onSubmit={(event) => void submit(event)}>
        <LabelledField name="email" label={labels.email} errors={messagesFor(errors, 'email')}>
          {(control) => (
            <input {...control} class="input" type="email" autocomplete="username" spellcheck={false} value={email} onInput={(event) => setEmail(event.currentTarget.value)} />
          )}
        </LabelledField>
        <LabelledField name="password" label={labels.password} errors={messagesFor(errors, 'password')}>
          {(control) => (
            <input {...control} class="input" type="password" autocomplete="current-password" value={password} onInput={(event) => setPassword(event.currentTarget.value)} />
          )}
        </LabelledField>
        <button type="submit" class="button button--primary" aria-disabled={busy ? 'true' : undefined}>
          {busy ? t('console.sign-in.signingIn') : t('console.sign-in.submit')}
        </button>
      </form>
    </div>
  );
}
