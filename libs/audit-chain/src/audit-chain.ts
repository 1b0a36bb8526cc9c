import { createHash } from 'node:crypto';

/** One audit entry as recorded. `at` is an ISO-8601 instant with millisecond precision. */
export interface AuditEntry {
  at: string;
  actor: string;
  action: string;
  details: Record<string, unknown>;
}

export interface ChainedEntry extends AuditEntry {
  id: string | number;
  /** SHA-256 of the previous entry (hex); the first entry links to GENESIS. */
  prevHash: string;
  hash: string;
}

/** What the first entry links to. */
export const GENESIS = '0'.repeat(64);

/** JSON with object keys sorted at every level, so that the same entry always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** SHA-256 over the previous hash and the entry's canonical form: each entry seals the one before. */
export function entryHash(prevHash: string, entry: AuditEntry): string {
  return createHash('sha256')
    .update(prevHash, 'utf8')
    .update('\n')
    .update(canonicalJson({ at: entry.at, actor: entry.actor, action: entry.action, details: entry.details }), 'utf8')
    .digest('hex');
}

export type ChainVerdict = { valid: true; entries: number; head: string } | { valid: false; entries: number; firstBroken: string | number; reason: 'prev_hash' | 'hash' };

/**
 * Checks entries one at a time, in order (so a long log can be verified page by page), and names
 * the first one that does not hold: its link to the previous entry is wrong (an entry before it
 * was removed or replaced), or its own hash does not match its content (it was edited).
 */
export class ChainVerifier {
  private prev = GENESIS;
  private count = 0;
  private broken: ChainVerdict | undefined;

  /** Returns false once the chain is broken (the verdict is then final). */
  push(entry: ChainedEntry): boolean {
    if (this.broken) return false;
    this.count++;
    if (entry.prevHash !== this.prev) this.broken = { valid: false, entries: this.count, firstBroken: entry.id, reason: 'prev_hash' };
    else if (entryHash(entry.prevHash, entry) !== entry.hash) this.broken = { valid: false, entries: this.count, firstBroken: entry.id, reason: 'hash' };
    else this.prev = entry.hash;
    return !this.broken;
  }

  verdict(): ChainVerdict {
    return this.broken ?? { valid: true, entries: this.count, head: this.prev };
  }
}

export function verifyChain(entries: Iterable<ChainedEntry>): ChainVerdict {
  const verifier = new ChainVerifier();
  for (const entry of entries) if (!verifier.push(entry)) break;
  return verifier.verdict();
}
