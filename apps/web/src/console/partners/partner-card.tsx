import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { apiPath, type ManagedInitiative, type PartnerToken, type PublicPartner, type UpdatePartnerOriginsRequest } from '@eci/api-contract';
import { LabelledField } from '../../forms/field-parts';
import { useI18n } from '../../i18n/i18n-context';
import { consoleCall } from '../api/console-api';
import { ConfirmStep } from '../forms/confirm-step';
import { messagesFor, shownErrors } from '../forms/console-errors';
import { useConsoleSession } from '../session/console-session';
import type { ShownError } from '../../signing/error-messages';
import { EmbedCode } from './embed-code-section';
import { originsFrom } from './origins';
import { TokenBox } from './token-box';

export interface PartnerCardProps {
  /** The initiative's slug. */
  slug: string;
  partner: PublicPartner;
  /** For the frames' titles; `null` while it loads. */
  initiative: ManagedInitiative | null;
  /** A token just made for this partner, shown once. */
  token: string | undefined;
  onToken(token: string): void;
  onHideToken(): void;
  reload(): void;
}

/** One partner: what it is allowed, its token's state, the actions on it, and its embed code. */
export function PartnerCard({ slug, partner, initiative, token, onToken, onHideToken, reload }: PartnerCardProps) {
  const { t, lang } = useI18n();
  const { expired } = useConsoleSession();
  const [status, setStatus] = useState('');
  const [problem, setProblem] = useState('');
  const titleId = `partner-${partner.slug}-title`;
  const heading = useRef<HTMLHeadingElement>(null);

  /** A call that changes the partner: the status line says what happened, or what went wrong. */
  const act = async <T,>(path: string, method: 'POST' | 'DELETE', done: (data: T) => string) => {
    setStatus('');
    setProblem('');
    const answer = await consoleCall<T>(path, { method, lang });
    if (!answer.ok) {
      if (answer.status === 401) return expired();
      setProblem(shownErrors(answer.status, answer.errors, t).map((error) => error.message).join(' '));
      return;
    }
    setStatus(done(answer.data));
    reload();
  };

  const rotate = () =>
    act<PartnerToken>(apiPath('partnerToken', { slug, partner: partner.slug }), 'POST', (data) => {
      onToken(data.token);
      return t('console.partners.token.rotated');
    });
  const revoke = () =>
    act<undefined>(apiPath('partnerToken', { slug, partner: partner.slug }), 'DELETE', () => {
      onHideToken();
      // The revoke button is gone with the token: the focus goes to the partner's name.
      heading.current?.focus();
      return t('console.partners.token.revoked');
    });

  return (
    <li class="console-card console-partner">
      <h3 class="heading-m" id={titleId} ref={heading} tabIndex={-1}>
        {partner.name}
      </h3>
      {token !== undefined && (
        <TokenBox
          slug={slug}
          partner={partner}
          token={token}
          onHide={() => {
            onHideToken();
            heading.current?.focus();
          }}
        />
      )}
      <dl class="console-facts">
        <dt>{t('console.partners.slug')}</dt>
        <dd>
          <code>{partner.slug}</code>
        </dd>
        <dt>{t('console.partners.origins.label')}</dt>
        <dd>
          {partner.allowedOrigins.length === 0 ? (
            t('console.partners.origins.none')
          ) : (
            <ul class="console-plain-list">
              {partner.allowedOrigins.map((origin) => (
                <li key={origin}>
                  <code>{origin}</code>
                </li>
              ))}
            </ul>
          )}
        </dd>
        <dt>{t('console.partners.token.state')}</dt>
        <dd>{partner.hasToken ? t('console.partners.token.active') : t('console.partners.token.none')}</dd>
      </dl>
      <OriginsEditor
        slug={slug}
        partner={partner}
        onSaved={() => {
          setProblem('');
          setStatus(t('console.partners.origins.saved'));
          reload();
        }}
      />
      <div class="console-actions">
        <ConfirmStep
          label={partner.hasToken ? t('console.partners.token.rotate') : t('console.partners.token.issue')}
          question={partner.hasToken ? t('console.partners.token.rotateQuestion', { name: partner.name }) : t('console.partners.token.issueQuestion', { name: partner.name })}
          confirmLabel={partner.hasToken ? t('console.partners.token.rotateConfirm') : t('console.partners.token.issueConfirm')}
          cancelLabel={t('console.partners.cancel')}
          onConfirm={rotate}
        />
        {partner.hasToken && (
          <ConfirmStep
            label={t('console.partners.token.revoke')}
            question={t('console.partners.token.revokeQuestion', { name: partner.name })}
            confirmLabel={t('console.partners.token.revokeConfirm')}
            cancelLabel={t('console.partners.cancel')}
            onConfirm={revoke}
            danger
          />
        )}
      </div>
      <p class="console-status" role="status">
        {status}
      </p>
      {problem && (
        <p class="error-message" role="alert">
          {problem}
        </p>
      )}
      <EmbedCode slug={slug} partner={partner} initiative={initiative} />
    </li>
  );
}

/** "Change the allowed origins": a text area with one origin per line, saved as a whole. */
function OriginsEditor({ slug, partner, onSaved }: { slug: string; partner: PublicPartner; onSaved(): void }) {
  const { t, lang } = useI18n();
  const { expired } = useConsoleSession();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [errors, setErrors] = useState<ShownError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const [returnFocus, setReturnFocus] = useState(false);
  const field = useRef<HTMLTextAreaElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const name = `origins-${partner.slug}`;

  useLayoutEffect(() => {
    if (open) field.current?.focus();
  }, [open, attempt]);
  useLayoutEffect(() => {
    if (!open && returnFocus) {
      button.current?.focus();
      setReturnFocus(false);
    }
  }, [open, returnFocus]);

  const close = () => {
    setOpen(false);
    setErrors([]);
    setReturnFocus(true);
  };
  const save = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    const body: UpdatePartnerOriginsRequest = { allowedOrigins: originsFrom(text) };
    const answer = await consoleCall<PublicPartner>(apiPath('partnerOrigins', { slug, partner: partner.slug }), { method: 'PUT', body, lang });
    setBusy(false);
    if (!answer.ok) {
      if (answer.status === 401) return expired();
      setErrors(shownErrors(answer.status, answer.errors, t));
      setAttempt((n) => n + 1);
      return;
    }
    close();
    onSaved();
  };

  if (!open) {
    return (
      <p>
        <button
          type="button"
          ref={button}
          class="button button--secondary button--small"
          onClick={() => {
            setText(partner.allowedOrigins.join('\n'));
            setOpen(true);
          }}
        >
          {t('console.partners.origins.edit')}
        </button>
      </p>
    );
  }
  // Errors the API names no field of (a network failure) are shown under the field too.
  const messages = [...messagesFor(errors, 'allowedOrigins'), ...errors.filter((error) => error.field !== 'allowedOrigins').map((error) => error.message)];
  return (
    <form class="console-form console-inline-form" method="post" noValidate onSubmit={(event) => void save(event)}>
      <LabelledField name={name} label={t('console.partners.origins.editLabel', { name: partner.name })} hint={t('console.partners.origins.hint')} errors={messages}>
        {(control) => (
          <textarea
            {...control}
            ref={field}
            class="input console-code"
            rows={Math.max(3, partner.allowedOrigins.length + 1)}
            autocapitalize="none"
            spellcheck={false}
            value={text}
            onInput={(event) => setText(event.currentTarget.value)}
          />
        )}
      </LabelledField>
      <div class="console-actions">
        <button type="submit" class="button button--primary button--small" aria-disabled={busy ? 'true' : undefined}>
          {t('console.partners.origins.save')}
        </button>
        <button type="button" class="button button--secondary button--small" onClick={close}>
          {t('console.partners.cancel')}
        </button>
      </div>
    </form>
  );
}
