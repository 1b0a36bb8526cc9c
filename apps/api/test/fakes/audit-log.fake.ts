import { GENESIS, entryHash, type AuditEntry, type ChainedEntry } from '@eci/audit-chain';
import type { AuditLogRepository, FailedLoginWindow } from '../../src/audit/audit-log.repository';
import type { Clock } from '../../src/platform/clock/clock';

/**
 * Minimal stand-in written by helper "fakes" for the exports and initiatives specs; the audit
 * log's owner ("people") provides the full fake at this path, which wins at merge.
 */
export class InMemoryAuditLogRepository implements AuditLogRepository {
  private readonly entries: ChainedEntry[] = [];
  private readonly failures = new Map<string, { accountId: string | null; from: Date; to: Date; failures: number }>();

  constructor(readonly clock?: Clock) {}

  async append(entry: AuditEntry): Promise<ChainedEntry> {
    const prevHash = this.entries.at(-1)?.hash ?? GENESIS;
    const chained: ChainedEntry = { id: String(this.entries.length + 1), ...structuredClone(entry), prevHash, hash: entryHash(prevHash, entry) };
    this.entries.push(chained);
    return structuredClone(chained);
  }

  async list(afterId: number, limit: number): Promise<ChainedEntry[]> {
    return structuredClone(this.entries.filter((e) => Number(e.id) > afterId).slice(0, limit));
  }

  async listForInitiative(slug: string, afterId: number, limit: number): Promise<ChainedEntry[]> {
    const concerns = (d: Record<string, unknown>) =>
      d.initiative === slug || (Array.isArray(d.initiatives) && d.initiatives.includes(slug)) || !('initiative' in d || 'initiatives' in d);
    return structuredClone(this.entries.filter((e) => Number(e.id) > afterId && concerns(e.details)).slice(0, limit));
  }

  async countFailedLogin(accountId: string | null, from: Date, to: Date): Promise<void> {
    const key = `${from.toISOString()}|${accountId ?? 'unknown'}`;
    const window = this.failures.get(key) ?? { accountId, from, to, failures: 0 };
    window.failures += 1;
    this.failures.set(key, window);
  }

  async closeFailedLoginWindows(now: Date, toEntry: (window: FailedLoginWindow) => AuditEntry): Promise<ChainedEntry[]> {
    const due = [...this.failures].filter(([, w]) => w.to <= now).sort(([a], [b]) => (a < b ? -1 : 1));
    const appended: ChainedEntry[] = [];
    for (const [key, w] of due) {
      this.failures.delete(key);
      appended.push(await this.append(toEntry({ ...w, initiatives: [] })));
    }
    return appended;
  }
}
