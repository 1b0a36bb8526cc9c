import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useI18n } from '../i18n/i18n-context';
import { localised } from '../i18n/localised-text';
import { useInitiative } from '../initiative/use-initiative';
import { LoadProblem } from '../layout/load-problem';
import { useDocumentTitle } from '../layout/use-document-title';
import { fetchPartnerProgress } from '../progress/progress-api';
import { shareFormatter } from '../progress/progress-format';
import type { PartnerProgress } from '@eci/api-contract';
import { ProgressSummary } from '../progress/progress-summary';
import { UpdateStatus } from '../progress/update-status';
import { useFocusOnMount } from '../signing/use-focus-on-mount';
import { PartnerTable } from './partner-table';
import { TokenForm, type TokenProblem } from './token-form';
import { forgetToken, keepToken, readToken } from './token-store';

type State =
  | { kind: 'form'; problem: TokenProblem | null; checking: boolean; signedOut: boolean }
  | { kind: 'resuming' }
  | { kind: 'ready'; data: PartnerProgress; focus: boolean };

/**
 * `/{lang}/{slug}/partners/{partner}`: a coalition partner's own contribution, behind its read
 * token — asked in a password field, kept in this tab's sessionStorage only, sent as a bearer
 * header. Statistics only: counts per Member State, nothing about a person.
 */
export function PartnerPage({ slug, partner }: { slug: string; partner: string }) {
  const { t, lang } = useI18n();
  const initiative = useInitiative(slug);
  const [state, setState] = useState<State>(() => (readToken(slug, partner) ? { kind: 'resuming' } : { kind: 'form', problem: null, checking: false, signedOut: false }));
  const [focusKey, setFocusKey] = useState(0);
  const title = initiative.state === 'ready' ? localised(initiative.data.title, lang) : undefined;
  useDocumentTitle(state.kind === 'ready' ? t('progress.partner.heading', { name: state.data.partner.name }) : t('progress.partner.title'), state.kind === 'form' && state.problem !== null);

  const check = async (token: string, fromForm: boolean) => {
    if (!token) {
      setState({ kind: 'form', problem: 'required', checking: false, signedOut: false });
      setFocusKey((key) => key + 1);
      return;
    }
    if (fromForm) setState({ kind: 'form', problem: null, checking: true, signedOut: false });
    const answer = await fetchPartnerProgress(slug, partner, token);
    if (answer.ok) {
      keepToken(slug, partner, token);
      setState({ kind: 'ready', data: answer.data, focus: fromForm });
      return;
    }
    if (answer.status === 401) forgetToken(slug, partner);
    setState({ kind: 'form', problem: answer.status === 401 ? 'wrong' : 'failed', checking: false, signedOut: false });
    setFocusKey((key) => key + 1);
  };

  useEffect(() => {
    const stored = readToken(slug, partner);
    if (stored) void check(stored, false);
  }, [slug, partner]);

  const signOut = () => {
    forgetToken(slug, partner);
    setState({ kind: 'form', problem: null, checking: false, signedOut: true });
  };

  if (state.kind === 'resuming') return <LoadProblem state="loading" />;
  return (
    <div class="progress-page partner-page">
      {title && (
        <p class="initiative__kicker" lang={title.lang === lang ? undefined : title.lang}>
          {title.text}
        </p>
      )}
      {state.kind === 'ready' ? (
        <PartnerFigures data={state.data} focus={state.focus} onSignOut={signOut} />
      ) : (
        <SignIn state={state} focusKey={focusKey} onSubmit={(token) => void check(token, true)} />
      )}
    </div>
  );
}

function SignIn({ state, focusKey, onSubmit }: { state: Extract<State, { kind: 'form' }>; focusKey: number; onSubmit(token: string): void }) {
  const { t } = useI18n();
  return (
    <div class="narrow">
      {state.signedOut ? <SignedOutHeading /> : <h1 class="heading-xl">{t('progress.partner.title')}</h1>}
      <p>{t('progress.partner.intro')}</p>
      <TokenForm problem={state.problem} focusKey={focusKey} checking={state.checking} onSubmit={onSubmit} />
    </div>
  );
}

/** After signing out: the heading takes the focus, and a sentence says the code is gone. */
function SignedOutHeading() {
  const { t } = useI18n();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  return (
    <>
      <h1 class="heading-xl" ref={heading} tabIndex={-1}>
        {t('progress.partner.title')}
      </h1>
      <p class="inset inset--note" role="status">
        {t('progress.partner.signedOut')}
      </p>
    </>
  );
}

function PartnerFigures({ data, focus, onSignOut }: { data: PartnerProgress; focus: boolean; onSignOut(): void }) {
  const { t, lang, formatNumber } = useI18n();
  const share = useMemo(() => shareFormatter(lang), [lang]);
  const heading = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => {
    // After the form: the new heading takes the focus. Resumed from this tab's storage (a reload,
    // another language): the focus stays where the browser puts it.
    if (focus) heading.current?.focus();
  }, []);
  return (
    <>
      <h1 class="heading-xl" ref={heading} tabIndex={-1}>
        {t('progress.partner.heading', { name: data.partner.name })}
      </h1>
      <div class="progress-summary progress-summary--own">
        <section class="progress-card progress-card--own" aria-labelledby="partner-own-label">
          <h2 class="progress-card__label" id="partner-own-label">
            {t('progress.partner.own')}
          </h2>
          <p class="progress-card__figure" id="partner-total">
            {formatNumber(data.partner.total)}
          </p>
          <p class="progress-card__detail">{t('progress.partner.shareOfAll', { percent: share(data.partner.total, data.campaign.total) })}</p>
        </section>
      </div>
      <UpdateStatus updatedAt={data.updatedAt} stale={false} />
      <h2 class="heading-l">{t('progress.partner.campaign')}</h2>
      <ProgressSummary progress={data.campaign} level={3} />
      <PartnerTable data={data} />
      <div class="partner-page__sign-out">
        <p class="hint" id="sign-out-hint">
          {t('progress.partner.signOutHint')}
        </p>
        <button type="button" class="button button--secondary" aria-describedby="sign-out-hint" onClick={onSignOut}>
          {t('progress.partner.signOut')}
        </button>
      </div>
      <p class="progress-page__statistics">{t('progress.statistics')}</p>
    </>
  );
}
