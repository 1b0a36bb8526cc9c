import { getCountryRule } from '@eci/rules';
import { useEffect, useState } from 'preact/hooks';
import type { Loadable } from '../../api/use-api';
import { useI18n } from '../../i18n/i18n-context';
import type { AuditTrailEntry as AuditTrailEntry } from '@eci/api-contract';
import { auditEntriesOf } from '../audit/audit-api';
import { ActorName, InlineProblem, useInstantFormat } from '../audit/audit-format';
import { useConsoleSession } from '../session/console-session';

/** What an `export` entry of the audit trail holds (apps/api/src/exports/exports.service.ts). */
interface ExportDetails {
  country?: string;
  language?: string;
  statements?: { total?: number };
  zipSha256?: string;
}

/**
 * The exports made so far, newest first, from the audit trail's `export` entries: when, who, which
 * Member State (the entries name it by its EU code, EL for Greece), the PDF's language, how many
 * statements, and the SHA-256 of the ZIP, to compare with a file one holds.
 */
export function EarlierExports({ slug, generation }: { slug: string; generation: number }) {
  const { t, lang, countryName, formatNumber } = useI18n();
  const { expired } = useConsoleSession();
  const instant = useInstantFormat();
  const [entries, setEntries] = useState<Loadable<AuditTrailEntry[]> | { state: 'forbidden' }>({ state: 'loading' });
  useEffect(() => {
    let current = true;
    void auditEntriesOf(slug, lang, 'export').then((answer) => {
      if (!current) return;
      if (answer.ok) setEntries({ state: 'ready', data: [...answer.data].reverse() });
      else if (answer.status === 401) expired();
      else setEntries({ state: answer.status === 403 ? 'forbidden' : answer.status === 404 ? 'missing' : 'failed' });
    });
    return () => {
      current = false;
    };
  }, [slug, lang, generation]);
  const languageNames = new Intl.DisplayNames([lang, 'en'], { type: 'language' });
  return (
    <section class="console-earlier-exports" aria-labelledby="earlier-exports-title">
      <h2 class="heading-l" id="earlier-exports-title">
        {t('console.exports.earlier.title')}
      </h2>
      {entries.state !== 'ready' ? (
        <InlineProblem state={entries.state} />
      ) : entries.data.length === 0 ? (
        <p>{t('console.exports.earlier.none')}</p>
      ) : (
        <>
          <p class="hint">{t('console.exports.earlier.intro')}</p>
          <ul class="console-cards console-earlier-exports__list">
            {entries.data.map((entry) => {
              const details = entry.details as ExportDetails;
              const code = details.country ? (getCountryRule(details.country)?.code ?? details.country) : '';
              return (
                <li key={entry.id} class="console-card" data-export-entry={entry.id}>
                  <h3 class="heading-m">{t('console.exports.earlier.entry', { country: code ? countryName(code) : '', when: instant(entry.at) })}</h3>
                  <dl class="console-facts">
                    <dt>{t('console.exports.earlier.language')}</dt>
                    <dd>{details.language ? (languageNames.of(details.language) ?? details.language) : ''}</dd>
                    <dt>{t('console.exports.earlier.statements')}</dt>
                    <dd>{typeof details.statements?.total === 'number' ? formatNumber(details.statements.total) : ''}</dd>
                    <dt>{t('console.exports.earlier.who')}</dt>
                    <dd>
                      <ActorName actor={entry.actor} />
                    </dd>
                    <dt>{t('console.exports.earlier.sha256')}</dt>
                    <dd>
                      <code class="console-code console-hash">{details.zipSha256 ?? ''}</code>
                    </dd>
                  </dl>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
