import './initiatives.css';
import { useRef, useState } from 'preact/hooks';
import { apiPath, progressPath, signPath, type ManagedInitiative, type PublicInitiative } from '@eci/api-contract';
import { CHANNEL_RULES, lawfulChannels, SOURCES, textIn, type ChannelRule } from '@eci/rules';
import { useI18n } from '../../i18n/i18n-context';
import { useDocumentTitle } from '../../layout/use-document-title';
import { ErrorSummary } from '../../signing/error-summary';
import type { ShownError } from '../../signing/error-messages';
import { consoleCall } from '../api/console-api';
import { useConsoleData } from '../api/use-console-data';
import { consoleViewPath } from '../console-views';
import { shownErrors } from '../forms/console-errors';
import { ConsoleLoadProblem } from '../layout/console-load-problem';
import type { SectionProps } from '../sections';
import { rolesOn } from '../session/console-session';

/**
 * `/{lang}/console/{slug}`: the initiative as registered, its collection channels with the legal
 * reason for each (the rules library's CHANNEL_RULES and their sources), links to its public pages,
 * and, for organisers, closing collection early.
 */
export function OverviewPage({ slug, account }: SectionProps) {
  const { t, lang, formatDate, countryName } = useI18n();
  const initiative = useConsoleData<PublicInitiative>(apiPath('initiative', { slug }));
  const ready = initiative.state === 'ready' ? initiative.data : undefined;
  const title = ready ? textIn(ready.title, [lang]) : undefined;
  useDocumentTitle(title?.text ?? t('console.shell.sections.overview'));
  if (initiative.state !== 'ready' || !ready || !title) return <ConsoleLoadProblem state={initiative.state === 'ready' ? 'loading' : initiative.state} />;
  const i = ready;
  const organiser = rolesOn(account, slug).includes('organiser');
  return (
    <>
      <p class="initiative-overview__kicker">{t('console.initiatives.overview.kicker')}</p>
      <h1 class="heading-xl" lang={title.lang}>
        {title.text}
      </h1>
      {i.demo && <p class="console-notice">{t('console.initiatives.overview.demo')}</p>}
      <dl class="console-facts initiative-overview__facts">
        <dt>{t('console.initiatives.fields.registrationNumber')}</dt>
        <dd>
          <a href={i.registerUrl}>{i.registrationNumber}</a>
        </dd>
        <dt>{t('console.initiatives.fields.registrationDate')}</dt>
        <dd>{formatDate(i.registrationDate)}</dd>
        <dt>{t('console.initiatives.fields.collectionStart')}</dt>
        <dd>{formatDate(i.collectionStart)}</dd>
        <dt>{t('console.initiatives.overview.lastDay')}</dt>
        <dd>{formatDate(i.collectionEnd)}</dd>
        <dt>{t('console.initiatives.overview.state')}</dt>
        <dd id="collection-state" data-state={i.collectionState}>
          {t(`console.home.state.${i.collectionState}`)}
        </dd>
        <dt>{t('console.initiatives.overview.closedEarly')}</dt>
        <dd id="closed-early">{i.closedEarlyOn ? formatDate(i.closedEarlyOn) : t('console.initiatives.overview.notClosed')}</dd>
        {i.website && (
          <>
            <dt>{t('console.initiatives.fields.website')}</dt>
            <dd>
              <a href={i.website}>{i.website}</a>
            </dd>
          </>
        )}
      </dl>

      <h2 class="heading-l">{t('console.initiatives.overview.pages')}</h2>
      <ul class="initiative-overview__links">
        <li>
          <a href={signPath(lang, slug)} id="signing-page-link">
            {t('console.initiatives.overview.signingPage')}
          </a>
        </li>
        <li>
          <a href={progressPath(lang, slug)}>{t('console.initiatives.overview.progressPage')}</a>
        </li>
        {i.cocsUrl && (
          <li>
            <a href={i.cocsUrl} id="cocs-link">
              {t('console.initiatives.overview.cocsPage')}
            </a>
          </li>
        )}
      </ul>

      <Channels initiative={i} />

      <h2 class="heading-l">{t('console.initiatives.organisers.title')}</h2>
      <div class="table-scroll">
        <table class="data-table">
          <thead>
            <tr>
              <th scope="col">{t('console.initiatives.organisers.role')}</th>
              <th scope="col">{t('console.initiatives.organisers.name')}</th>
              <th scope="col">{t('console.initiatives.organisers.residence')}</th>
            </tr>
          </thead>
          <tbody>
            {i.organisers.map((o, n) => (
              <tr key={n}>
                <td>{t(`console.initiatives.organisers.roles.${o.role}`)}</td>
                <td>{o.name}</td>
                <td>{countryName(o.residence)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      {organiser && (
        <>
          <p>
            <a class="button button--secondary" href={consoleViewPath(lang, { view: 'initiative', slug, section: 'edit' })}>
              {t('console.initiatives.overview.edit')}
            </a>
          </p>
          <CloseEarly slug={slug} onClosed={initiative.reload} />
        </>
      )}
    </>
  );
}

/** Each channel the rules library knows, whether the law allows it for this registration date, and why (with the sources). */
function Channels({ initiative }: { initiative: PublicInitiative }) {
  const { t, formatDate } = useI18n();
  const lawful = lawfulChannels(initiative.registrationDate);
  const online = initiative.channels.online;
  return (
    <section aria-labelledby="channels-heading" id="channels">
      <h2 class="heading-l" id="channels-heading">
        {t('console.initiatives.channels.title')}
      </h2>
      <p id="online-channel">{t(`console.initiatives.channels.online.${online ?? 'none'}`)}</p>
      <ul class="initiative-channels">
        {CHANNEL_RULES.map((rule) => {
          const allowed = lawful.includes(rule.channel);
          return (
            <li key={rule.channel} class="initiative-channel" data-channel={rule.channel} data-lawful={String(allowed)}>
              <h3 class="heading-m">
                {t(`console.initiatives.channels.${rule.channel}.name`)}: {t(allowed ? 'console.initiatives.channels.lawful' : 'console.initiatives.channels.notLawful')}
              </h3>
              <p>{whyFor(rule, initiative.registrationDate, allowed, t, formatDate)}</p>
              <p>{t(`console.initiatives.channels.${rule.channel}.reason`)}</p>
              <p class="initiative-channel__sources">{t('console.initiatives.channels.sources')}</p>
              <ul class="initiative-channel__source-list">
                {rule.sources.map((tag) => {
                  const { label, url } = source(tag);
                  return (
                    <li key={tag} lang="en">
                      {url ? <a href={url}>{label}</a> : label}
                    </li>
                  );
                })}
              </ul>
              {rule.channel === 'cocs' && initiative.cocsUrl && (
                <p>
                  <a href={initiative.cocsUrl}>{t('console.initiatives.overview.cocsPage')}</a>
                </p>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** Why the rule allows or refuses the channel for this registration date: the date against the rule's limits. */
function whyFor(rule: ChannelRule, registered: string, allowed: boolean, t: (key: string, params?: Record<string, string | number>) => string, formatDate: (day: string) => string): string {
  const date = formatDate(registered);
  if (rule.registeredUpTo) return t(allowed ? 'console.initiatives.channels.upToMet' : 'console.initiatives.channels.upToMissed', { date, limit: formatDate(rule.registeredUpTo) });
  if (rule.registeredFrom) return t(allowed ? 'console.initiatives.channels.fromMet' : 'console.initiatives.channels.fromMissed', { date, limit: formatDate(rule.registeredFrom) });
  return t('console.initiatives.channels.always');
}

/** A source as the rules library cites it: "description: address". */
function source(tag: keyof typeof SOURCES): { label: string; url?: string } {
  const text = SOURCES[tag];
  const at = text.search(/: https?:\/\//);
  return at < 0 ? { label: text } : { label: text.slice(0, at), url: text.slice(at + 2) };
}

/** "Close collection early": a confirmation, then the API's answer (its refusals in its own words). */
function CloseEarly({ slug, onClosed }: { slug: string; onClosed(): void }) {
  const { t, lang, formatDate } = useI18n();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<ShownError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [done, setDone] = useState<string | undefined>();
  const start = useRef<HTMLButtonElement>(null);
  const confirm = useRef<HTMLButtonElement>(null);

  const close = async () => {
    if (busy) return;
    setBusy(true);
    const answer = await consoleCall<ManagedInitiative>(apiPath('initiativeClose', { slug }), { method: 'POST', lang });
    setBusy(false);
    setConfirming(false);
    if (answer.ok) {
      setErrors([]);
      setDone(t('console.initiatives.close.done', { date: formatDate(answer.data.closedEarlyOn ?? '') }));
      onClosed();
      // The confirmation is gone: back to the button that opened it (a refusal focuses its summary).
      requestAnimationFrame(() => start.current?.focus());
    } else {
      setDone(undefined);
      setErrors(shownErrors(answer.status, answer.errors, t));
      setAttempt((n) => n + 1);
    }
  };

  return (
    <section aria-labelledby="close-heading" class="initiative-close" id="close-early">
      <h2 class="heading-l" id="close-heading">
        {t('console.initiatives.close.title')}
      </h2>
      <p>{t('console.initiatives.close.explain')}</p>
      <ErrorSummary errors={errors} focusKey={attempt} labelOf={() => undefined} />
      <div role="status">{done && <p class="console-notice">{done}</p>}</div>
      {!confirming ? (
        <button
          type="button"
          class="button button--secondary"
          ref={start}
          id="close-start"
          onClick={() => {
            setConfirming(true);
            requestAnimationFrame(() => confirm.current?.focus());
          }}
        >
          {t('console.initiatives.close.start')}
        </button>
      ) : (
        <div class="initiative-close__confirm" role="group" aria-labelledby="close-confirm-question">
          <p id="close-confirm-question" class="heading-m">
            {t('console.initiatives.close.question')}
          </p>
          <div class="console-actions">
            <button type="button" class="button button--primary initiative-close__yes" ref={confirm} id="close-confirm" aria-disabled={busy ? 'true' : undefined} onClick={() => void close()}>
              {t('console.initiatives.close.confirm')}
            </button>
            <button
              type="button"
              class="button button--secondary"
              id="close-cancel"
              onClick={() => {
                setConfirming(false);
                requestAnimationFrame(() => start.current?.focus());
              }}
            >
              {t('console.initiatives.close.cancel')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
