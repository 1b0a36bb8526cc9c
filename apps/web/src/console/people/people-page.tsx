import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { ACCOUNT_ROLES, apiPath, PASSWORD_MIN_LENGTH, type AccountRole, type CreateAccountRequest, type InitiativeAccount, type ResetPasswordRequest } from '@eci/api-contract';
import { LabelledField } from '../../forms/field-parts';
import { RadioGroup } from '../../forms/radio-group';
import { useI18n } from '../../i18n/i18n-context';
import { useDocumentTitle } from '../../layout/use-document-title';
import { ErrorSummary } from '../../signing/error-summary';
import type { ShownError } from '../../signing/error-messages';
import { consoleCall } from '../api/console-api';
import { useConsoleData } from '../api/use-console-data';
import { ConfirmStep } from '../forms/confirm-step';
import { messagesFor, shownErrors } from '../forms/console-errors';
import { ConsoleLoadProblem } from '../layout/console-load-problem';
import type { SectionProps } from '../sections';
import { useConsoleSession } from '../session/console-session';

/**
 * The people of an initiative (organisers only): the accounts holding a role on it, with those
 * roles; a form that creates an account (with its first password) or gives an existing account a
 * role (without one); and the removal of an account's roles here.
 */
export function PeoplePage({ slug, account }: SectionProps) {
  const { t } = useI18n();
  const accounts = useConsoleData<InitiativeAccount[]>(apiPath('accounts', { slug }));
  const [formErrors, setFormErrors] = useState(false);
  // What the last action did, said where it was done: under the list (removal), under the form (adding).
  const [listStatus, setListStatus] = useState('');
  const [formStatus, setFormStatus] = useState('');
  useDocumentTitle(t('console.people.title'), formErrors);

  return (
    <>
      <h1 class="heading-xl">{t('console.people.title')}</h1>
      <p class="console-lead">{t('console.people.intro')}</p>
      {accounts.state !== 'ready' ? (
        <ConsoleLoadProblem state={accounts.state} />
      ) : (
        <>
          <AccountsTable
            slug={slug}
            accounts={accounts.data}
            me={account.email}
            status={listStatus}
            onDone={(message) => {
              setFormStatus('');
              setListStatus(message);
              accounts.reload();
            }}
          />
          <AddAccountForm
            slug={slug}
            onErrors={setFormErrors}
            status={formStatus}
            onDone={(message) => {
              setListStatus('');
              setFormStatus(message);
              accounts.reload();
            }}
          />
        </>
      )}
    </>
  );
}

function AccountsTable({ slug, accounts, me, status, onDone }: { slug: string; accounts: InitiativeAccount[]; me: string | null; status: string; onDone(message: string): void }) {
  const { t } = useI18n();
  // After a removal the row and its buttons are gone: the focus goes to the list's heading.
  const heading = useRef<HTMLHeadingElement>(null);
  const done = (message: string, focusList = false) => {
    onDone(message);
    if (focusList) heading.current?.focus();
  };
  return (
    <section class="console-section" aria-labelledby="people-list-title">
      <h2 class="heading-l" id="people-list-title" ref={heading} tabIndex={-1}>
        {t('console.people.listTitle')}
      </h2>
      {accounts.length === 0 ? (
        <p>{t('console.people.none')}</p>
      ) : (
        <table class="data-table console-stack-table">
          <caption class="visually-hidden">{t('console.people.listTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('console.people.email')}</th>
              <th scope="col">{t('console.people.roles')}</th>
              <th scope="col">{t('console.people.status')}</th>
              <th scope="col">{t('console.people.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {accounts.map((person) => (
              <AccountRow key={person.id} slug={slug} person={person} isMe={person.email === me} onDone={done} />
            ))}
          </tbody>
        </table>
      )}
      <p class="console-status" role="status">
        {status}
      </p>
    </section>
  );
}

function AccountRow({ slug, person, isMe, onDone }: { slug: string; person: InitiativeAccount; isMe: boolean; onDone(message: string, focusList?: boolean): void }) {
  const { t, lang } = useI18n();
  const { expired } = useConsoleSession();
  const [problem, setProblem] = useState('');
  const [resetting, setResetting] = useState(false);
  const [returnFocus, setReturnFocus] = useState(false);
  const resetButton = useRef<HTMLButtonElement>(null);
  // The reset form closed: the focus goes back to its button.
  useLayoutEffect(() => {
    if (!resetting && returnFocus) {
      resetButton.current?.focus();
      setReturnFocus(false);
    }
  }, [resetting, returnFocus]);
  // After disabling or enabling, the button that did it is replaced: the focus goes to the row's name.
  const name = useRef<HTMLTableCellElement>(null);
  const roles = person.roles.map((role) => t(`console.shell.roles.${role}`)).join(', ');

  /** A call on this account: what it did is said under the list, what went wrong in the row. */
  const act = async (path: string, method: 'POST' | 'DELETE', message: string, focusList: boolean) => {
    setProblem('');
    const answer = await consoleCall<InitiativeAccount | undefined>(path, { method, lang });
    if (!answer.ok) {
      if (answer.status === 401) return expired();
      setProblem(shownErrors(answer.status, answer.errors, t).map((error) => error.message).join(' '));
      return;
    }
    onDone(message, focusList);
    if (!focusList) name.current?.focus();
  };
  const remove = () => act(apiPath('account', { slug, id: person.id }), 'DELETE', t('console.people.removed', { email: person.email }), true);
  const disable = () => act(apiPath('accountDisable', { slug, id: person.id }), 'POST', t('console.people.disabled', { email: person.email }), false);
  const enable = () => act(apiPath('accountEnable', { slug, id: person.id }), 'POST', t('console.people.enabled', { email: person.email }), false);

  return (
    <tr>
      <th scope="row" data-label={t('console.people.email')} ref={name} tabIndex={-1}>
        <span class="console-email">{person.email}</span>
        {isMe && <span class="console-you"> {t('console.people.you')}</span>}
      </th>
      <td data-label={t('console.people.roles')}>{roles}</td>
      <td data-label={t('console.people.status')}>{person.disabled ? <strong>{t('console.people.statusDisabled')}</strong> : t('console.people.statusActive')}</td>
      <td data-label={t('console.people.actions')}>
        {resetting ? (
          <ResetPasswordForm
            slug={slug}
            person={person}
            onClose={(done) => {
              setResetting(false);
              setReturnFocus(true);
              if (done) onDone(t('console.people.passwordReset', { email: person.email }), false);
            }}
          />
        ) : (
          <div class="console-actions">
            {/* One's own account: no reset (it would end this session) and no disabling (the API refuses it). */}
            {!isMe && (
              <button type="button" ref={resetButton} class="button button--secondary button--small" onClick={() => setResetting(true)}>
                {t('console.people.reset')}
                <span class="visually-hidden"> {person.email}</span>
              </button>
            )}
            {!isMe &&
              (person.disabled ? (
                <button type="button" class="button button--secondary button--small" onClick={() => void enable()}>
                  {t('console.people.enable')}
                  <span class="visually-hidden"> {person.email}</span>
                </button>
              ) : (
                <ConfirmStep
                  label={
                    <>
                      {t('console.people.disable')}
                      <span class="visually-hidden"> {person.email}</span>
                    </>
                  }
                  question={t('console.people.disableQuestion', { email: person.email })}
                  confirmLabel={t('console.people.disableConfirm')}
                  cancelLabel={t('console.people.cancel')}
                  onConfirm={disable}
                  danger
                />
              ))}
            <ConfirmStep
              label={
                <>
                  {t('console.people.remove')}
                  <span class="visually-hidden"> {person.email}</span>
                </>
              }
              question={isMe ? t('console.people.removeSelfQuestion') : t('console.people.removeQuestion', { email: person.email, roles })}
              confirmLabel={t('console.people.removeConfirm')}
              cancelLabel={t('console.people.cancel')}
              onConfirm={remove}
              danger
            />
          </div>
        )}
        {problem && (
          <p class="error-message" role="alert">
            {problem}
          </p>
        )}
      </td>
    </tr>
  );
}

/** A new password for an account, typed by the organiser (who gives it to its holder). */
function ResetPasswordForm({ slug, person, onClose }: { slug: string; person: InitiativeAccount; onClose(done: boolean): void }) {
  const { t, lang } = useI18n();
  const { expired } = useConsoleSession();
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<ShownError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const field = useRef<HTMLInputElement>(null);
  const name = `password-${person.id}`;
  useLayoutEffect(() => field.current?.focus(), [attempt]);

  const save = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    const body: ResetPasswordRequest = { password };
    const answer = await consoleCall<InitiativeAccount>(apiPath('accountPassword', { slug, id: person.id }), { method: 'PUT', body, lang });
    setBusy(false);
    if (!answer.ok) {
      if (answer.status === 401) return expired();
      setErrors(shownErrors(answer.status, answer.errors, t));
      setAttempt((n) => n + 1);
      return;
    }
    onClose(true);
  };
  // Errors the API names no field of (a network failure), or the account (`id`), under the field too.
  const messages = [...messagesFor(errors, 'password'), ...errors.filter((error) => error.field !== 'password').map((error) => error.message)];
  return (
    <form
      class="console-inline-form"
      method="post"
      noValidate
      onSubmit={(event) => void save(event)}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose(false);
      }}
    >
      <LabelledField name={name} label={t('console.people.newPassword', { email: person.email })} hint={t('console.people.newPasswordHint', { min: PASSWORD_MIN_LENGTH })} errors={messages}>
        {(control) => (
          <input {...control} ref={field} class="input" type="password" autocomplete="new-password" value={password} onInput={(event) => setPassword(event.currentTarget.value)} />
        )}
      </LabelledField>
      <div class="console-actions">
        <button type="submit" class="button button--primary button--small" aria-disabled={busy ? 'true' : undefined}>
          {t('console.people.savePassword')}
        </button>
        <button type="button" class="button button--secondary button--small" onClick={() => onClose(false)}>
          {t('console.people.cancel')}
        </button>
      </div>
    </form>
  );
}

function AddAccountForm({ slug, status, onDone, onErrors }: { slug: string; status: string; onDone(message: string): void; onErrors(shown: boolean): void }) {
  const { t, lang } = useI18n();
  const { expired } = useConsoleSession();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<AccountRole | ''>('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<ShownError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const emailField = useRef<HTMLInputElement>(null);

  const fail = (shown: ShownError[]) => {
    setErrors(shown);
    onErrors(true);
    setAttempt((n) => n + 1);
  };
  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    // The API refuses a missing role too; its words for a missing field, before asking it.
    if (role === '') return fail([{ field: 'role', code: 'required', message: t('errors.required'), overridable: false }]);
    setBusy(true);
    const answer = await consoleCall<InitiativeAccount>(apiPath('accounts', { slug }), {
      method: 'POST',
      body: { email: email.trim(), role, ...(password === '' ? {} : { password }) } satisfies CreateAccountRequest,
      lang,
    });
    setBusy(false);
    if (!answer.ok) {
      if (answer.status === 401) return expired();
      return fail(shownErrors(answer.status, answer.errors, t));
    }
    const roleName = t(`console.shell.roles.${role}`);
    onDone(password === '' ? t('console.people.granted', { email: answer.data.email, role: roleName }) : t('console.people.created', { email: answer.data.email, role: roleName }));
    setErrors([]);
    onErrors(false);
    setEmail('');
    setRole('');
    setPassword('');
    emailField.current?.focus();
  };

  const labels: Record<string, string> = { email: t('console.people.add.email'), role: t('console.people.add.role'), password: t('console.people.add.password') };
  return (
    <section class="console-section" aria-labelledby="add-account-title">
      <h2 class="heading-l" id="add-account-title">
        {t('console.people.add.title')}
      </h2>
      <p>{t('console.people.add.intro')}</p>
      <ErrorSummary errors={errors} focusKey={attempt} labelOf={(field) => (field ? labels[field] : undefined)} />
      <form class="console-form" method="post" noValidate onSubmit={(event) => void submit(event)}>
        <LabelledField name="email" label={labels.email} errors={messagesFor(errors, 'email')}>
          {(control) => (
            <input {...control} ref={emailField} class="input" type="email" autocomplete="off" spellcheck={false} value={email} onInput={(event) => setEmail(event.currentTarget.value)} />
          )}
        </LabelledField>
        <RadioGroup
          name="role"
          legend={labels.role}
          value={role}
          errors={messagesFor(errors, 'role')}
          options={ACCOUNT_ROLES.map((value) => ({ value, label: t(`console.shell.roles.${value}`), hint: t(`console.people.add.roleHints.${value}`) }))}
          onChange={(value) => setRole(value as AccountRole)}
          onBlur={() => undefined}
        />
        <LabelledField name="password" label={labels.password} hint={t('console.people.add.passwordHint', { min: PASSWORD_MIN_LENGTH })} errors={messagesFor(errors, 'password')}>
          {(control) => (
            <input {...control} class="input input--w20" type="password" autocomplete="new-password" value={password} onInput={(event) => setPassword(event.currentTarget.value)} />
          )}
        </LabelledField>
        <button type="submit" class="button button--primary" aria-disabled={busy ? 'true' : undefined}>
          {busy ? t('console.people.add.adding') : t('console.people.add.submit')}
        </button>
      </form>
      <p class="console-status" role="status">
        {status}
      </p>
    </section>
  );
}
