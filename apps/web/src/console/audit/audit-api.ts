import { apiPath, type AuditTrailEntry, type AuditVerdict } from '@eci/api-contract';
import type { Language } from '@eci/rules';
import type { ApiResult } from '../../api/types';
import { consoleCall } from '../api/console-api';

/** The API's largest page. */
export const AUDIT_PAGE_MAX = 1000;

/** One page of entries after `after` (an entry number; 0 from the start), of those the filter (`action`, `actor`, `from`, `to`) keeps. */
export function auditPage(slug: string, lang: Language, after: string | number, limit: number, filter: Record<string, string> = {}): Promise<ApiResult<AuditTrailEntry[]>> {
  const query = new URLSearchParams({ ...filter, after: String(after), limit: String(limit) });
  return consoleCall<AuditTrailEntry[]>(`${apiPath('audit', { slug })}?${query.toString()}`, { lang });
}

/** Every entry of one action (read page by page), oldest first: for the list of earlier exports. */
export async function auditEntriesOf(slug: string, lang: Language, action: string): Promise<ApiResult<AuditTrailEntry[]>> {
  const found: AuditTrailEntry[] = [];
  for (let after = '0'; ; ) {
    const page = await auditPage(slug, lang, after, AUDIT_PAGE_MAX, { action });
    if (!page.ok) return page;
    found.push(...page.data.filter((entry) => entry.action === action));
    if (page.data.length < AUDIT_PAGE_MAX) return { ok: true, status: 200, data: found };
    after = page.data[page.data.length - 1].id;
  }
}

export function verifyAuditTrail(slug: string, lang: Language): Promise<ApiResult<AuditVerdict>> {
  return consoleCall<AuditVerdict>(apiPath('auditVerify', { slug }), { lang });
}
