import { useRef, useState } from 'preact/hooks';
import { apiPath } from '@eci/api-contract';
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

/** The roles an organiser gives on an initiative (the API's `ROLES`). */
const ROLES = ['organiser', 'auditor'] as const;
type Role = (typeof ROLES)[number];

/** `GET /api/initiatives/{slug}/accounts`: an account with its roles on this initiative. */
interface InitiativeAccount {
  id: string;
  email: string;
  roles: Role[];
}

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
  const removed = (message: string) => {
    onDone(message);
    heading.current?.focus();
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
              <th scope="col">{t('console.people.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {accounts.map((person) => (
              <AccountRow key={person.id} slug={slug} person={person} isMe={person.email === me} onDone={removed} />
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

function AccountRow({ slug, person, isMe, onDone }: { slug: string; person: InitiativeAccount; isMe: boolean; onDone(message: string): void }) {
  const { t, lang } = useI18n();
  const { expired } = useConsoleSession();
  const [problem, setProblem] = useState('');
  const roles = person.roles.map((role) => t(`console.shell.roles.${role}`)).join(', ');

  const remove = async () => {
    setProblem('');
    const answer = await consoleCall<undefined>(apiPath('account', { slug, id: person.id }), { method: 'DELETE', lang });
    if (!answer.ok) {
      if (answer.status === 401) return expired();
      setProblem(shownErrors(answer.status, answer.errors, t).map((error) => error.message).join(' '));
      return;
    }
    onDone(t('console.people.removed', { email: person.email }));
  };

  return (
    <tr>
      <th scope="row" data-label={t('console.people.email')}>
        <span class="console-email">{person.email}</span>
        {isMe && <span class="console-you"> {t('console.people.you')}</span>}
      </th>
      <td data-label={t('console.people.roles')}>{roles}</td>
      <td data-label={t('console.people.actions')}>
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
        {problem && (
          <p class="error-message" role="alert">
            {problem}
          </p>
        )}
      </td>
    </tr>
  );
}

function AddAccountForm({ slug, status, onDone, onErrors }: { slug: string; status: string; onDone(message: string): void; onErrors(shown: boolean): void }) {
  const { t, lang } = useI18n();
  const { expired } = useConsoleSession();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role | ''>('');
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
      body: { email: email.trim(), role, ...(password === '' ? {} : { password }) },
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
          options={ROLES.map((value) => ({ value, label: t(`console.shell.roles.${value}`), hint: t(`console.people.add.roleHints.${value}`) }))}
          onChange={(value) => setRole(value as Role)}
          onBlur={() => undefined}
        />
        <LabelledField name="password" label={labels.password} hint={t('console.people.add.passwordHint')} errors={messagesFor(errors, 'password')}>
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
