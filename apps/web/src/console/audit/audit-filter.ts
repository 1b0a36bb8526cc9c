import type { AuditEntry } from './audit-api';

/** What the auditor filters the entries by: an action, part of the actor, a first and a last day (`YYYY-MM-DD`, the reader's days). */
export interface AuditFilter {
  action: string;
  actor: string;
  from: string;
  to: string;
}

export const emptyFilter: AuditFilter = { action: '', actor: '', from: '', to: '' };

/** Whether an entry passes the filter (days from the start of `from` to the end of `to`, in the reader's time zone). */
export function matchesFilter(entry: AuditEntry, filter: AuditFilter): boolean {
  if (filter.action !== '' && entry.action !== filter.action) return false;
  if (filter.actor.trim() !== '' && !entry.actor.toLowerCase().includes(filter.actor.trim().toLowerCase())) return false;
  const at = Date.parse(entry.at);
  if (filter.from !== '' && at < new Date(`${filter.from}T00:00:00`).getTime()) return false;
  if (filter.to !== '') {
    const end = new Date(`${filter.to}T00:00:00`);
    end.setDate(end.getDate() + 1);
    if (at >= end.getTime()) return false;
  }
  return true;
}
