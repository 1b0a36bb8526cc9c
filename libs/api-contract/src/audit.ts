/**
 * The audit trail as auditors read it: `GET /api/initiatives/{slug}/audit` and
 * `GET /api/initiatives/{slug}/audit/verify`.
 */

/**
 * Every action the trail records: every export, login, logout, account, role, partner, initiative
 * and key change, and purge; failed logins as counts per account and window.
 */
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
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** Who did something (any case; compared in lower case): `account:{uuid}`, the installation's organiser credential, a command, the server itself, or nobody signed in. */
export const AUDIT_ACTOR_PATTERN = /^(?:account:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|organiser-token|command|system|anonymous)$/i;

/**
 * The query of `GET /api/initiatives/{slug}/audit`, every parameter optional: `action` (one of
 * AUDIT_ACTIONS, exact), `actor` (AUDIT_ACTOR_PATTERN, exact), `from`/`to` (ISO 8601: a day
 * `2026-12-06`, UTC, or an instant `2026-12-06T10:00:00Z`; `from` inclusive, `to` inclusive of a
 * whole day, exclusive for an instant), `after` (an entry id: entries after it) and `limit` (≤ 1000,
 * default 100). A bad value answers 422 `format` naming the parameter.
 */
export interface AuditQuery {
  action?: AuditAction;
  actor?: string;
  from?: string;
  to?: string;
  after?: string;
  limit?: string;
}

/** One entry of the trail, oldest first; `prevHash` is the SHA-256 of the entry before it in the whole trail. */
export interface AuditTrailEntry {
  /** A decimal integer, increasing; page on with `after`. */
  id: string;
  /** ISO 8601 instant, UTC, with milliseconds. */
  at: string;
  actor: string;
  action: AuditAction;
  details: Record<string, unknown>;
  prevHash: string;
  hash: string;
}

/**
 * `GET /api/initiatives/{slug}/audit/verify`: the verdict on the whole trail (every initiative).
 * `firstBroken` is the id of the first entry that does not hold: its content was changed (`hash`),
 * or the entry before it was removed or replaced (`prev_hash`).
 */
export type AuditVerdict = { valid: true; head: string } | { valid: false; firstBroken: string; reason: 'hash' | 'prev_hash' };
