import { AUDIT_ACTIONS, AUDIT_ACTOR_PATTERN } from '@eci/api-contract';
import { DomainError, type ErrorItem } from '../platform/errors/domain-error';
import type { AuditFilter } from './audit-log.repository';

/** What `GET initiatives/:slug/audit` asks for, checked. */
export interface AuditListing {
  after: number;
  limit: number;
  filter: AuditFilter;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(Z|[+-]\d{2}:\d{2})$/;
const DAY_MS = 86_400_000;

/**
 * The query of the audit listing: `action` (one of AUDIT_ACTIONS), `actor` (AUDIT_ACTOR_PATTERN),
 * `from`/`to` (an ISO 8601 day, UTC, or instant with its offset; `from` inclusive, `to` inclusive
 * of a whole day and exclusive for an instant; `from` before `to`), each optional. Every bad value
 * is reported at once, as `format` naming the parameter (422). `after` and `limit` stay lenient as
 * before: anything but a whole number is their default (0 and 100).
 */
export function parseAuditQuery(query: Record<string, unknown>): AuditListing {
  const problems: ErrorItem[] = [];
  const filter: AuditFilter = {};
  const text = (name: string): string | undefined => {
    const value = query[name];
    if (value === undefined) return undefined;
    if (typeof value === 'string' && value.length > 0 && value.length <= 200) return value;
    problems.push({ field: name, code: 'format' });
    return undefined;
  };
  const action = text('action');
  if (action !== undefined) {
    if ((AUDIT_ACTIONS as readonly string[]).includes(action)) filter.action = action;
    else problems.push({ field: 'action', code: 'format' });
  }
  const actor = text('actor');
  if (actor !== undefined) {
    if (AUDIT_ACTOR_PATTERN.test(actor)) filter.actor = actor.toLowerCase();
    else problems.push({ field: 'actor', code: 'format' });
  }
  for (const name of ['from', 'to'] as const) {
    const value = text(name);
    if (value === undefined) continue;
    const bound = parseBound(value, name === 'to');
    if (bound) filter[name] = bound;
    else problems.push({ field: name, code: 'format' });
  }
  if (filter.from && filter.to && filter.from.getTime() >= filter.to.getTime()) problems.push({ field: 'to', code: 'format' });
  if (problems.length > 0) throw new DomainError(problems);
  return { after: whole(query.after, 0), limit: whole(query.limit, 100), filter };
}

/** A day (UTC; as an upper bound, the day after it) or an instant; null for anything else, impossible dates included. */
function parseBound(value: string, upper: boolean): Date | null {
  const day = DAY.exec(value);
  if (day) {
    const start = calendarDay(day[1], day[2], day[3]);
    return start === null ? null : new Date(start + (upper ? DAY_MS : 0));
  }
  const instant = INSTANT.exec(value);
  if (!instant) return null;
  const [, y, m, d, hh, mm, ss = '0', , offset] = instant;
  if (calendarDay(y, m, d) === null || Number(hh) > 23 || Number(mm) > 59 || Number(ss) > 59) return null;
  if (offset !== 'Z' && (Number(offset.slice(1, 3)) > 14 || Number(offset.slice(4)) > 59)) return null;
  const ms = Date.parse(value);
  return Number.isFinite(ms) ? new Date(ms) : null;
}

function calendarDay(y: string, m: string, d: string): number | null {
  const ms = Date.UTC(Number(y), Number(m) - 1, Number(d));
  const back = new Date(ms);
  return back.getUTCFullYear() === Number(y) && back.getUTCMonth() === Number(m) - 1 && back.getUTCDate() === Number(d) ? ms : null;
}

/** Whole numbers only: anything else (1e309, -1, NaN) is the default, never a query parameter. */
function whole(value: unknown, fallback: number): number {
  return typeof value === 'string' && /^[0-9]{1,15}$/.test(value) ? Number(value) : fallback;
}
