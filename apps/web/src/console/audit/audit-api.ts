import { apiPath } from '@eci/api-contract';
import type { Language } from '@eci/rules';
import type { ApiResult } from '../../api/types';
import { consoleCall } from '../api/console-api';

/** One entry of the audit trail as the API lists it (`GET initiatives/:slug/audit`), oldest first. */
export interface AuditEntry {
  /** The entry's number in the whole trail (a bigint, as text). */
  id: string;
  /** ISO 8601 instant, millisecond precision. */
  at: string;
  /** `account:{id}`, `organiser-token`, `command`, `system` or `anonymous`. */
  actor: string;
  action: string;
  details: Record<string, unknown>;
  prevHash: string;
  hash: string;
}

/** `GET initiatives/:slug/audit/verify`: the verdict over the whole trail. */
export type AuditVerdict = { valid: true; head: string } | { valid: false; firstBroken?: string | number; reason?: 'hash' | 'prev_hash' };

/** The actions the API records (apps/api/src/audit/audit.service.ts `AuditAction`), in the order the filter offers them. */
export const AUDIT_ACTIONS = [
  'login',
  'login_failed',
  'logout',
  'account_created',
  'role_granted',
  'role_revoked',
  'password_reset',
  'account_disabled',
  'account_enabled',
  'partner_created',
  'partner_origins_changed',
  'partner_token_rotated',
  'partner_token_revoked',
  'key_changed',
  'initiative_created',
  'initiative_changed',
  'initiative_closed',
  'export',
  'export_failed',
  'purge',
] as const;

/** The API's largest page. */
export const AUDIT_PAGE_MAX = 1000;

/** One page of entries after `after` (an entry number; 0 from the start), of those the filter (`action`, `actor`, `from`, `to`) keeps. */
export function auditPage(slug: string, lang: Language, after: string | number, limit: number, filter: Record<string, string> = {}): Promise<ApiResult<AuditEntry[]>> {
  const query = new URLSearchParams({ ...filter, after: String(after), limit: String(limit) });
  return consoleCall<AuditEntry[]>(`${apiPath('audit', { slug })}?${query.toString()}`, { lang });
}

/** Every entry of one action (read page by page), oldest first: for the list of earlier exports. */
export async function auditEntriesOf(slug: string, lang: Language, action: string): Promise<ApiResult<AuditEntry[]>> {
  const found: AuditEntry[] = [];
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
