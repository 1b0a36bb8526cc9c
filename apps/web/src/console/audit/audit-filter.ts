import type { AuditTrailEntry as AuditTrailEntry } from '@eci/api-contract';

/** What the auditor filters the entries by, as typed: an action, an actor, a first and a last day (`YYYY-MM-DD`, the reader's days). */
export interface AuditFilter {
  action: string;
  actor: string;
  from: string;
  to: string;
}

export const emptyFilter: AuditFilter = { action: '', actor: '', from: '', to: '' };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The actor as the trail names it: an account number as shown under "By" becomes `account:{number}`; anything else is sent as typed. */
export function actorOf(typed: string): string {
  const actor = typed.trim();
  return UUID.test(actor) ? `account:${actor.toLowerCase()}` : actor;
}

/** The start of a day of the reader's calendar, as an instant. */
function startOfDay(day: string, plusDays = 0): Date {
  const date = new Date(`${day}T00:00:00`);
  date.setDate(date.getDate() + plusDays);
  return date;
}

/**
 * The filter as the API reads it (`GET initiatives/:slug/audit`): `action` and `actor` exact, `from`
 * the instant the first day begins, `to` the instant after the last day ends (exclusive), so that
 * the days are the reader's, not UTC's.
 */
export function filterQuery(filter: AuditFilter): Record<string, string> {
  const query: Record<string, string> = {};
  if (filter.action !== '') query.action = filter.action;
  if (filter.actor.trim() !== '') query.actor = actorOf(filter.actor);
  if (filter.from !== '') query.from = startOfDay(filter.from).toISOString();
  if (filter.to !== '') query.to = startOfDay(filter.to, 1).toISOString();
  return query;
}

/** Whether an entry passes the filter, as the API decides it (for entries read before the filter was set). */
export function matchesFilter(entry: AuditTrailEntry, filter: AuditFilter): boolean {
  const query = filterQuery(filter);
  const at = Date.parse(entry.at);
  if (query.action !== undefined && entry.action !== query.action) return false;
  if (query.actor !== undefined && entry.actor !== query.actor) return false;
  if (query.from !== undefined && at < Date.parse(query.from)) return false;
  if (query.to !== undefined && at >= Date.parse(query.to)) return false;
  return true;
}
