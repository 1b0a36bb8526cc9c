import { GENESIS, entryHash, type AuditEntry, type ChainedEntry } from '@eci/audit-chain';
import type { AccountsRepository } from '../../src/accounts/accounts.repository';
import type { AuditFilter, AuditLogRepository, FailedLoginWindow } from '../../src/audit/audit-log.repository';

interface Stored {
  id: number;
  at: string;
  actor: string;
  action: string;
  /** As JSON, the way a jsonb column keeps it (undefined dropped, dates as strings). */
  details: string;
  prevHash: string;
  hash: string;
}

interface Window {
  accountId: string | null;
  from: Date;
  to: Date;
  failures: number;
}

/**
 * The hash-chained audit log and the failed-login windows in memory. Appends and window closes run
 * one at a time (the advisory lock of the real one), each entry linked to the head; hashes must be
 * unique; entries read back as the table gives them. An account's initiatives, named in a closed
 * window, come from the accounts repository given (none without one).
 */
export class InMemoryAuditLogRepository implements AuditLogRepository {
  private readonly entries: Stored[] = [];
  /** `${from ms}\n${subject}` → window. */
  private readonly windows = new Map<string, Window>();
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly accounts?: Pick<AccountsRepository, 'findById'>) {}

  append(entry: AuditEntry): Promise<ChainedEntry> {
    return this.serialised(async () => this.appendNow(entry));
  }

  async list(afterId: number, limit: number): Promise<ChainedEntry[]> {
    return this.entries
      .filter((e) => e.id > afterId)
      .slice(0, limit)
      .map(toEntry);
  }

  async listForInitiative(slug: string, afterId: number, limit: number, filter: AuditFilter = {}): Promise<ChainedEntry[]> {
    const { action, actor, from, to } = filter;
    return this.entries
      .filter((e) => e.id > afterId)
      .filter((e) => (action === undefined || e.action === action) && (actor === undefined || e.actor === actor))
      .filter((e) => (from === undefined || Date.parse(e.at) >= from.getTime()) && (to === undefined || Date.parse(e.at) < to.getTime()))
      .map(toEntry)
      .filter(({ details: d }) => d.initiative === slug || (Array.isArray(d.initiatives) && d.initiatives.includes(slug)) || !('initiative' in d || 'initiatives' in d))
      .slice(0, limit);
  }

  async countFailedLogin(accountId: string | null, from: Date, to: Date): Promise<void> {
    const key = `${from.getTime()}\n${accountId ?? 'unknown'}`;
    const window = this.windows.get(key);
    if (window) window.failures++;
    else this.windows.set(key, { accountId, from: new Date(from), to: new Date(to), failures: 1 });
  }

  closeFailedLoginWindows(now: Date, toEntry: (window: FailedLoginWindow) => AuditEntry): Promise<ChainedEntry[]> {
    return this.serialised(async () => {
      const due = [...this.windows.entries()]
        .filter(([, w]) => w.to.getTime() <= now.getTime())
        .sort(([, a], [, b]) => a.from.getTime() - b.from.getTime() || compare(a.accountId ?? 'unknown', b.accountId ?? 'unknown'));
      // Every entry is made before anything changes: a failure leaves the windows open (a rollback).
      const made: AuditEntry[] = [];
      for (const [, w] of due) made.push(toEntry({ accountId: w.accountId, from: new Date(w.from), to: new Date(w.to), failures: w.failures, initiatives: await this.initiativesOf(w.accountId) }));
      for (const [key] of due) this.windows.delete(key);
      return made.map((entry) => this.appendNow(entry));
    });
  }

  private appendNow(entry: AuditEntry): ChainedEntry {
    const prevHash = this.entries.at(-1)?.hash ?? GENESIS;
    const hash = entryHash(prevHash, entry);
    if (this.entries.some((e) => e.hash === hash)) throw new Error('duplicate audit hash (unique constraint)');
    const id = (this.entries.at(-1)?.id ?? 0) + 1;
    this.entries.push({ id, at: new Date(entry.at).toISOString(), actor: entry.actor, action: entry.action, details: JSON.stringify(entry.details), prevHash, hash });
    return { id: String(id), ...entry, prevHash, hash };
  }

  private async initiativesOf(accountId: string | null): Promise<string[]> {
    const account = accountId && this.accounts ? await this.accounts.findById(accountId) : null;
    return [...new Set(account?.roles.map((r) => r.initiative) ?? [])].sort(compare);
  }

  private serialised<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work);
    this.queue = run.catch(() => undefined);
    return run;
  }
}

function toEntry(e: Stored): ChainedEntry {
  return { id: String(e.id), at: e.at, actor: e.actor, action: e.action, details: JSON.parse(e.details) as Record<string, unknown>, prevHash: e.prevHash, hash: e.hash };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
