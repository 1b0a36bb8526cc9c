import { useEffect, useState } from 'preact/hooks';
import { LabelledField } from '../../forms/field-parts';
import { useI18n } from '../../i18n/i18n-context';
import { useDocumentTitle } from '../../layout/use-document-title';
import type { ShownError } from '../../signing/error-messages';
import { messagesFor, shownErrors } from '../forms/console-errors';
import { useConsoleSession } from '../session/console-session';
import type { SectionProps } from '../sections';
import { AUDIT_ACTIONS, type AuditTrailEntry, type AuditVerdict } from '@eci/api-contract';
import { auditPage, verifyAuditTrail } from './audit-api';
import { ActorName, InlineProblem, useActionName, useInstantFormat } from './audit-format';
import { emptyFilter, filterQuery, matchesFilter, type AuditFilter } from './audit-filter';
import './audit-section.css';

/** Entries read per page. */
const PAGE = 50;

/** The entries read so far (`after`: the last one read, where the next page starts). */
type Listing = { state: 'loading' } | { state: 'failed' | 'forbidden' | 'missing' } | { state: 'ready'; entries: AuditTrailEntry[]; after: string; complete: boolean; loadingMore: boolean };

const lastId = (page: AuditTrailEntry[], before: string) => page[page.length - 1]?.id ?? before;

type Verification = { state: 'idle' } | { state: 'verifying' } | { state: 'failed' } | { state: 'done'; verdict: AuditVerdict };

/**
 * `/{lang}/console/{slug}/audit` (auditors): the entries concerning the initiative, oldest first as
 * the chain runs, read page by page; filtered by action, actor and dates; and the whole chain
 * verified on the server, the verdict naming the first entry that does not hold.
 */
export function AuditSection({ slug }: SectionProps) {
  const { t, lang, formatNumber } = useI18n();
  const { expired } = useConsoleSession();
  const [start, setStart] = useState<string>('0');
  const [listing, setListing] = useState<Listing>({ state: 'loading' });
  const [draft, setDraft] = useState<AuditFilter>(emptyFilter);
  const [filter, setFilter] = useState<AuditFilter>(emptyFilter);
  const [verification, setVerification] = useState<Verification>({ state: 'idle' });
  const [focusEntry, setFocusEntry] = useState<string | null>(null);
  const [filterErrors, setFilterErrors] = useState<ShownError[]>([]);
  /** Changed to read the entries again with the same start and filter. */
  const [generation, setGeneration] = useState(0);
  useDocumentTitle(t('console.audit.title'));

  const failed = (status: number): Listing => ({ state: status === 403 ? 'forbidden' : status === 404 ? 'missing' : 'failed' });

  // The API filters; the same filter applied here keeps what it answers (and whatever was read before).
  const received = (entries: AuditTrailEntry[]) => entries.filter((entry) => matchesFilter(entry, filter));

  useEffect(() => {
    let current = true;
    setListing({ state: 'loading' });
    void auditPage(slug, lang, start, PAGE, filterQuery(filter)).then((answer) => {
      if (!current) return;
      setFilterErrors(answer.ok || answer.status !== 422 ? [] : shownErrors(answer.status, answer.errors, t));
      if (answer.ok) setListing({ state: 'ready', entries: received(answer.data), after: lastId(answer.data, start), complete: answer.data.length < PAGE, loadingMore: false });
      else if (answer.status === 401) expired();
      else if (answer.status === 422) setListing({ state: 'ready', entries: [], after: start, complete: true, loadingMore: false });
      else setListing(failed(answer.status));
    });
    return () => {
      current = false;
    };
  }, [slug, start, filter, generation]);

  // After "show the broken entry": focus its row once it is listed.
  useEffect(() => {
    if (focusEntry === null || listing.state !== 'ready') return;
    // An entry of another initiative (the whole trail is verified) is not listed here: nothing to focus.
    const row = document.getElementById(`audit-entry-${focusEntry}`);
    row?.focus({ preventScroll: true });
    row?.scrollIntoView({ block: 'center' });
    setFocusEntry(null);
  }, [focusEntry, listing]);

  const loadMore = async () => {
    if (listing.state !== 'ready' || listing.loadingMore || listing.complete) return;
    setListing({ ...listing, loadingMore: true });
    const answer = await auditPage(slug, lang, listing.after, PAGE, filterQuery(filter));
    if (!answer.ok) {
      if (answer.status === 401) return expired();
      return setListing(failed(answer.status));
    }
    setListing({ state: 'ready', entries: [...listing.entries, ...received(answer.data)], after: lastId(answer.data, listing.after), complete: answer.data.length < PAGE, loadingMore: false });
  };

  const verify = async () => {
    setVerification({ state: 'verifying' });
    const answer = await verifyAuditTrail(slug, lang);
    if (!answer.ok && answer.status === 401) return expired();
    setVerification(answer.ok ? { state: 'done', verdict: answer.data } : { state: 'failed' });
  };

  /** Lists the entry (from the one before it, when it is not listed yet), without filters, and focuses its row. */
  const showEntry = (id: string) => {
    const listed = listing.state === 'ready' && listing.entries.some((entry) => entry.id === id);
    if (!listed) {
      // Read again from the entry before it (loading at once: the entries shown now are not the ones to focus).
      setListing({ state: 'loading' });
      setStart(String(Math.max(0, Number(id) - 1)));
      setFilter(emptyFilter);
      setDraft(emptyFilter);
      setGeneration((n) => n + 1);
    }
    setFocusEntry(id);
  };

  const shown = listing.state === 'ready' ? listing.entries.filter((entry) => matchesFilter(entry, filter)) : [];
  return (
    <>
      <h1 class="heading-xl">{t('console.audit.title')}</h1>
      <p>{t('console.audit.intro')}</p>

      <section class="console-audit-verify" aria-labelledby="audit-verify-title">
        <h2 class="heading-m" id="audit-verify-title">
          {t('console.audit.verify.title')}
        </h2>
        <p class="hint">{t('console.audit.verify.hint')}</p>
        <button type="button" class="button button--secondary" aria-disabled={verification.state === 'verifying' ? 'true' : undefined} onClick={() => void verify()}>
          {t('console.audit.verify.button')}
        </button>
        <div role="status" aria-live="polite">
          <VerificationResult verification={verification} listed={listing.state === 'ready' ? listing.entries : []} onShow={showEntry} />
        </div>
      </section>

      <form
        class="console-audit-filters"
        role="search"
        aria-labelledby="audit-filters-title"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          setStart('0');
          setFilter(draft);
        }}
      >
        <h2 class="heading-m" id="audit-filters-title">
          {t('console.audit.filters.title')}
        </h2>
        <div class="console-audit-filters__fields">
          <LabelledField name="action" label={t('console.audit.filters.action')} errors={messagesFor(filterErrors, 'action')}>
            {(control) => (
              <select {...control} class="select" value={draft.action} onChange={(event) => setDraft({ ...draft, action: event.currentTarget.value })}>
                <option value="">{t('console.audit.filters.anyAction')}</option>
                <ActionOptions />
              </select>
            )}
          </LabelledField>
          <LabelledField name="actor" label={t('console.audit.filters.actor')} hint={t('console.audit.filters.actorHint')} errors={messagesFor(filterErrors, 'actor')}>
            {(control) => <input {...control} class="input" type="text" spellcheck={false} value={draft.actor} onInput={(event) => setDraft({ ...draft, actor: event.currentTarget.value })} />}
          </LabelledField>
          <LabelledField name="from" label={t('console.audit.filters.from')} errors={messagesFor(filterErrors, 'from')}>
            {(control) => <input {...control} class="input" type="date" value={draft.from} onInput={(event) => setDraft({ ...draft, from: event.currentTarget.value })} />}
          </LabelledField>
          <LabelledField name="to" label={t('console.audit.filters.to')} errors={messagesFor(filterErrors, 'to')}>
            {(control) => <input {...control} class="input" type="date" value={draft.to} onInput={(event) => setDraft({ ...draft, to: event.currentTarget.value })} />}
          </LabelledField>
        </div>
        <div class="console-actions">
          <button type="submit" class="button button--primary">
            {t('console.audit.filters.apply')}
          </button>
          <button
            type="button"
            class="button button--secondary"
            onClick={() => {
              setDraft(emptyFilter);
              setFilter(emptyFilter);
            }}
          >
            {t('console.audit.filters.clear')}
          </button>
        </div>
      </form>

      <section aria-labelledby="audit-entries-heading">
        <h2 class="heading-l" id="audit-entries-heading">
          {t('console.audit.entries.title')}
        </h2>
        {start !== '0' && (
          <p>
            {t('console.audit.entries.fromEntry', { id: String(Number(start) + 1) })}{' '}
            <button type="button" class="button button--secondary button--small" onClick={() => setStart('0')}>
              {t('console.audit.entries.fromStart')}
            </button>
          </p>
        )}
        {listing.state !== 'ready' ? (
          <InlineProblem state={listing.state} />
        ) : (
          <>
            <p role="status" class="console-audit-count">
              {t('console.audit.entries.count', { shown: formatNumber(shown.length) })}
            </p>
            {shown.length > 0 && <EntriesList entries={shown} brokenId={verification.state === 'done' && !verification.verdict.valid ? verification.verdict.firstBroken : null} />}
            {listing.complete ? (
              <p class="hint">{t('console.audit.entries.end')}</p>
            ) : (
              <button type="button" class="button button--secondary" aria-disabled={listing.loadingMore ? 'true' : undefined} onClick={() => void loadMore()}>
                {listing.loadingMore ? t('page.loading') : t('console.audit.entries.more')}
              </button>
            )}
          </>
        )}
      </section>
    </>
  );
}

function ActionOptions() {
  const actionName = useActionName();
  return (
    <>
      {AUDIT_ACTIONS.map((action) => (
        <option key={action} value={action}>
          {actionName(action)}
        </option>
      ))}
    </>
  );
}

function VerificationResult({ verification, listed, onShow }: { verification: Verification; listed: AuditTrailEntry[]; onShow(id: string): void }) {
  const { t } = useI18n();
  switch (verification.state) {
    case 'idle':
      return null;
    case 'verifying':
      return <p>{t('console.audit.verify.verifying')}</p>;
    case 'failed':
      return <p class="console-notice">{t('console.audit.readFailed')}</p>;
    case 'done': {
      const { verdict } = verification;
      if (verdict.valid) {
        return (
          <div class="console-audit-verdict console-audit-verdict--valid">
            <p>
              <span aria-hidden="true">✓ </span>
              {t('console.audit.verify.valid')}
            </p>
            <p>
              {t('console.audit.verify.head')} <code class="console-code console-hash">{verdict.head}</code>
            </p>
          </div>
        );
      }
      const id = verdict.firstBroken;
      return (
        <div class="console-audit-verdict console-audit-verdict--broken">
          <p>
            <strong>{t('console.audit.verify.brokenAt', { id })}</strong>
          </p>
          <p>{verdict.reason === 'hash' ? t('console.audit.verify.brokenHash') : t('console.audit.verify.brokenPrev')}</p>
          {listed.some((entry) => entry.id === id) ? (
              <p>
                <a
                  href={`#audit-entry-${id}`}
                  onClick={(event) => {
                    event.preventDefault();
                    onShow(id);
                  }}
                >
                  {t('console.audit.verify.goTo', { id })}
                </a>
              </p>
            ) : (
              <p>
                <button type="button" class="button button--secondary button--small" onClick={() => onShow(id)}>
                  {t('console.audit.verify.showFrom', { id })}
                </button>
              </p>
            )}
        </div>
      );
    }
  }
}

/** The entries as cards (a row of six columns is unreadable on a phone): the number and action, then the facts. */
function EntriesList({ entries, brokenId }: { entries: AuditTrailEntry[]; brokenId: string | null }) {
  const { t } = useI18n();
  const instant = useInstantFormat();
  const actionName = useActionName();
  return (
    <ol class="console-audit-list" aria-labelledby="audit-entries-heading">
      {entries.map((entry) => {
        const broken = entry.id === brokenId;
        return (
          <li key={entry.id} id={`audit-entry-${entry.id}`} tabIndex={-1} class={broken ? 'console-audit-entry console-audit-entry--broken' : 'console-audit-entry'} data-action={entry.action}>
            <h3 class="console-audit-entry__title">
              {t('console.audit.entries.numbered', { id: entry.id, action: actionName(entry.action) })}
              {broken && <span class="console-audit-broken-mark"> {t('console.audit.entries.brokenMark')}</span>}
            </h3>
            <dl class="console-facts">
              <dt>{t('console.audit.entries.when')}</dt>
              <dd>{instant(entry.at)}</dd>
              <dt>{t('console.audit.entries.who')}</dt>
              <dd>
                <ActorName actor={entry.actor} />
              </dd>
              {Object.keys(entry.details).length > 0 && (
                <>
                  <dt>{t('console.audit.entries.details')}</dt>
                  <dd>
                    <Details details={entry.details} />
                  </dd>
                </>
              )}
              <dt>{t('console.audit.entries.hash')}</dt>
              <dd>
                <code class="console-code console-hash">{entry.hash}</code>
              </dd>
            </dl>
          </li>
        );
      })}
    </ol>
  );
}

/** An entry's details as recorded: each name with its value (lists joined, anything deeper as JSON). */
function Details({ details }: { details: Record<string, unknown> }) {
  const names = Object.keys(details).sort();
  if (names.length === 0) return null;
  const shown = (value: unknown): string => {
    if (typeof value === 'string') return value;
    if (Array.isArray(value)) return value.map(shown).join(Array.isArray(value) && value.some((item) => typeof item === 'object' && item !== null) ? '; ' : ', ');
    if (typeof value === 'object' && value !== null) return Object.entries(value).map(([name, inner]) => `${name} ${shown(inner)}`).join(', ');
    return JSON.stringify(value);
  };
  return (
    <dl class="console-audit-details">
      {names.map((name) => (
        <div key={name}>
          <dt>{name}</dt>
          <dd>{shown(details[name])}</dd>
        </div>
      ))}
    </dl>
  );
}
