import { apiPath, type ManagedInitiative, type PublicProgress } from '@eci/api-contract';
import { useEffect, useRef, useState } from 'preact/hooks';
import { CheckboxField } from '../../forms/checkbox-field';
import { LabelledField } from '../../forms/field-parts';
import { useI18n } from '../../i18n/i18n-context';
import { useDocumentTitle } from '../../layout/use-document-title';
import { ErrorSummary } from '../../signing/error-summary';
import type { ShownError } from '../../signing/error-messages';
import { consoleCall } from '../api/console-api';
import { useConsoleData } from '../api/use-console-data';
import { messagesFor, shownErrors } from '../forms/console-errors';
import { ConsoleLoadProblem } from '../layout/console-load-problem';
import type { SectionProps } from '../sections';
import { useConsoleSession } from '../session/console-session';
import { generateKeyFileInWorker, KeyGenerationError, keyFileBlob } from './organiser-key-client';

/** The key file is at least this long a passphrase away from being opened (`npm run keys` asks the same). */
const MIN_PASSPHRASE = 12;

type Step =
  | { step: 'passphrase' }
  | { step: 'making' }
  /** The key file exists in this page only (encrypted); the public key is not sent until the organiser says the file is saved. */
  | { step: 'made'; url: string; publicKey: string; fileName: string }
  | { step: 'sent'; publicKey: string };

/**
 * The organisers' key pair, made in this browser: Argon2id and the key pair run in a Web Worker
 * (organiser-key.worker.ts), which posts back only the passphrase-protected key file and the public
 * key. The page offers the file for download and sends the public key only once the organiser says
 * the file is saved: statements sealed to a key whose file is lost can never be exported.
 */
export function KeyPage({ slug }: SectionProps) {
  const { t, lang } = useI18n();
  const { expired } = useConsoleSession();
  const initiatives = useConsoleData<ManagedInitiative[]>(apiPath('initiatives'));
  // Whether statements exist (the API then refuses a new key: key_in_use), known before a passphrase is typed.
  const progress = useConsoleData<PublicProgress>(apiPath('progress', { slug }));
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [saved, setSaved] = useState(false);
  const [step, setStep] = useState<Step>({ step: 'passphrase' });
  const [errors, setErrors] = useState<ShownError[]>([]);
  const [attempt, setAttempt] = useState(0);
  /** The API refused the new key (key_in_use): statements were sealed to the current one meanwhile. */
  const [refused, setRefused] = useState(false);
  const status = useRef<HTMLParagraphElement>(null);
  useDocumentTitle(t('console.keys.title'), errors.length > 0);

  // The download address lives as long as the page shows it.
  useEffect(() => () => void (step.step === 'made' && URL.revokeObjectURL(step.url)), [step]);
  useEffect(() => {
    if (step.step === 'made' || step.step === 'sent') status.current?.focus();
  }, [step.step]);

  if (initiatives.state !== 'ready') return <ConsoleLoadProblem state={initiatives.state} />;
  if (progress.state === 'loading') return <ConsoleLoadProblem state="loading" />;
  const initiative = initiatives.data.find((candidate) => candidate.slug === slug);
  if (!initiative) return <ConsoleLoadProblem state="missing" />;
  const current = step.step === 'sent' ? step.publicKey : initiative.publicKey;
  // Counts are statistics kept with each statement; if they cannot be read, the API still refuses (key_in_use).
  const keyInUse = refused || (initiative.publicKey !== null && progress.state === 'ready' && progress.data.total > 0);

  const fail = (shown: ShownError[]) => {
    setErrors(shown);
    setAttempt((n) => n + 1);
  };

  const make = async (event: Event) => {
    event.preventDefault();
    if (step.step === 'making') return;
    const problems: ShownError[] = [];
    if (passphrase.length < MIN_PASSPHRASE) problems.push({ field: 'passphrase', code: 'too_short', message: t('console.keys.passphraseTooShort', { min: MIN_PASSPHRASE }), overridable: false });
    else if (repeat !== passphrase) problems.push({ field: 'repeat', code: 'mismatch', message: t('console.keys.passphraseMismatch'), overridable: false });
    if (problems.length > 0) return fail(problems);
    setErrors([]);
    setStep({ step: 'making' });
    try {
      const made = await generateKeyFileInWorker(passphrase);
      setPassphrase('');
      setRepeat('');
      setStep({ step: 'made', url: URL.createObjectURL(keyFileBlob(made.keyFile)), publicKey: made.publicKey, fileName: `organiser-key-${slug}.json` });
    } catch (error) {
      setStep({ step: 'passphrase' });
      const tooShort = error instanceof KeyGenerationError && error.answer.problem === 'passphrase_too_short';
      fail([{ field: tooShort ? 'passphrase' : null, code: 'key_failed', message: t(tooShort ? 'console.keys.passphraseTooShort' : 'console.keys.failed', { min: MIN_PASSPHRASE }), overridable: false }]);
    }
  };

  const send = async (event: Event) => {
    event.preventDefault();
    if (step.step !== 'made') return;
    if (!saved) return fail([{ field: 'saved', code: 'required', message: t('console.keys.saveFirst'), overridable: false }]);
    const answer = await consoleCall<{ publicKey: string }>(apiPath('initiativePublicKey', { slug }), { method: 'PUT', body: { publicKey: step.publicKey }, lang });
    if (answer.ok) {
      setErrors([]);
      setStep({ step: 'sent', publicKey: step.publicKey });
    } else if (answer.status === 401) expired();
    else {
      if (answer.errors.some((error) => error.code === 'key_in_use')) {
        // The key file just made is of no use: back to the key in use, and the API's words why.
        setRefused(true);
        setStep({ step: 'passphrase' });
      }
      fail(shownErrors(answer.status, answer.errors, t));
    }
  };

  const labels: Record<string, string> = { passphrase: t('console.keys.passphrase'), repeat: t('console.keys.repeat'), saved: t('console.keys.saved'), publicKey: t('console.keys.publicKey') };
  return (
    <div class="narrow">
      <h1 class="heading-xl">{t('console.keys.title')}</h1>
      <p>{t('console.keys.intro')}</p>
      <h2 class="heading-m">{t('console.keys.currentTitle')}</h2>
      {current ? (
        <>
          <p>{t('console.keys.currentSet')}</p>
          <p>
            <code class="console-secret">{current}</code>
          </p>
        </>
      ) : (
        <p>{t('console.keys.currentNone')}</p>
      )}
      <ErrorSummary errors={errors} focusKey={attempt} labelOf={(field) => (field ? labels[field] : undefined)} />
      {keyInUse && step.step === 'passphrase' && (
        <>
          <h2 class="heading-m">{t('console.keys.replaceTitle')}</h2>
          <p class="console-notice">{t('console.keys.inUse')}</p>
          <p>{t('console.keys.inUseKeep')}</p>
        </>
      )}
      {!keyInUse && (step.step === 'passphrase' || step.step === 'making') && (
        <form class="console-form" noValidate onSubmit={(event) => void make(event)}>
          <h2 class="heading-m">{current ? t('console.keys.replaceTitle') : t('console.keys.makeTitle')}</h2>
          <p>{t('console.keys.privateStays')}</p>
          <LabelledField name="passphrase" label={labels.passphrase} hint={t('console.keys.passphraseHint', { min: MIN_PASSPHRASE })} errors={messagesFor(errors, 'passphrase')}>
            {(control) => <input {...control} class="input" type="password" autocomplete="new-password" value={passphrase} onInput={(event) => setPassphrase(event.currentTarget.value)} />}
          </LabelledField>
          <LabelledField name="repeat" label={labels.repeat} errors={messagesFor(errors, 'repeat')}>
            {(control) => <input {...control} class="input" type="password" autocomplete="new-password" value={repeat} onInput={(event) => setRepeat(event.currentTarget.value)} />}
          </LabelledField>
          <button type="submit" class="button button--primary" aria-disabled={step.step === 'making' ? 'true' : undefined}>
            {t('console.keys.make')}
          </button>
          <p role="status" class={step.step === 'making' ? 'loading' : undefined}>
            {step.step === 'making' ? t('console.keys.making') : ''}
          </p>
        </form>
      )}
      {step.step === 'made' && (
        <form class="console-form" noValidate onSubmit={(event) => void send(event)}>
          <h2 class="heading-m">{initiative.publicKey ? t('console.keys.replaceTitle') : t('console.keys.makeTitle')}</h2>
          <p ref={status} tabIndex={-1} role="status">
            {t('console.keys.made')}
          </p>
          <p>
            <a class="button button--secondary" href={step.url} download={step.fileName}>
              {t('console.keys.download', { file: step.fileName })}
            </a>
          </p>
          <p>{t('console.keys.keepSafe')}</p>
          <CheckboxField name="saved" label={labels.saved} checked={saved} errors={messagesFor(errors, 'saved')} onChange={setSaved} />
          <button type="submit" class="button button--primary">
            {t('console.keys.send')}
          </button>
        </form>
      )}
      {step.step === 'sent' && (
        <p ref={status} tabIndex={-1} role="status" class="console-notice">
          {t('console.keys.sent')}
        </p>
      )}
    </div>
  );
}
