import { Injectable } from '@nestjs/common';
import { GENESIS, entryHash, type AuditEntry, type ChainedEntry } from '@eci/audit-chain';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuditFilter, AuditLogRepository, FailedLoginWindow } from './audit-log.repository';

/** Every appender takes this transaction-scoped advisory lock, so the chain has one head at a time. */
const AUDIT_LOCK = 0x45434941; // "ECIA"

/** The subject of failed logins with e-mails no account has. */
const UNKNOWN = 'unknown';

interface Row {
  id: string;
  at: Date;
  actor: string;
  action: string;
  details: Record<string, unknown>;
  prev_hash: string;
  hash: string;
}

@Injectable()
export class TypeOrmAuditLogRepository implements AuditLogRepository {
  constructor(private readonly db: DataSource) {}

  append(entry: AuditEntry): Promise<ChainedEntry> {
    return this.db.transaction(async (tx) => {
      await tx.query(`SELECT pg_advisory_xact_lock($1)`, [AUDIT_LOCK]);
      const [head] = (await tx.query(`SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1`)) as { hash: string }[];
      return appendAfter(tx, head?.hash ?? GENESIS, entry);
    });
  }

  async list(afterId: number, limit: number): Promise<ChainedEntry[]> {
    const rows: Row[] = await this.db.query(
      `SELECT id::text AS id, at, actor, action, details, prev_hash, hash FROM audit_log WHERE audit_log.id > $1 ORDER BY audit_log.id LIMIT $2`,
      [afterId, limit],
    );
    return rows.map(toEntry);
  }

  async listForInitiative(slug: string, afterId: number, limit: number, filter: AuditFilter = {}): Promise<ChainedEntry[]> {
    const rows: Row[] = await this.db.query(
      `SELECT id::text AS id, at, actor, action, details, prev_hash, hash FROM audit_log
        WHERE audit_log.id > $1
          AND (details->>'initiative' = $3
               OR details->'initiatives' @> jsonb_build_array($3::text)
               OR NOT (details ? 'initiative' OR details ? 'initiatives'))
          AND ($4::text IS NULL OR action = $4)
          AND ($5::text IS NULL OR actor = $5)
          AND ($6::timestamptz IS NULL OR at >= $6)
          AND ($7::timestamptz IS NULL OR at < $7)
        ORDER BY audit_log.id LIMIT $2`,
      [afterId, limit, slug, filter.action ?? null, filter.actor ?? null, filter.from ?? null, filter.to ?? null],
    );
    return rows.map(toEntry);
  }

  async countFailedLogin(accountId: string | null, from: Date, to: Date): Promise<void> {
    await this.db.query(
      `INSERT INTO login_failures AS f (window_start, subject, window_end, failures) VALUES ($1, $2, $3, 1)
         ON CONFLICT (window_start, subject) DO UPDATE SET failures = f.failures + 1`,
      [from, accountId ?? UNKNOWN, to],
    );
  }

  closeFailedLoginWindows(now: Date, toEntry: (window: FailedLoginWindow) => AuditEntry): Promise<ChainedEntry[]> {
    return this.db.transaction(async (tx) => {
      await tx.query(`SELECT pg_advisory_xact_lock($1)`, [AUDIT_LOCK]);
      const closed = (await tx.query(
        `WITH closed AS (DELETE FROM login_failures WHERE window_end <= $1 RETURNING window_start, subject, window_end, failures)
         SELECT c.window_start, c.window_end, c.failures, NULLIF(c.subject, $2) AS account_id,
                COALESCE((SELECT array_agg(DISTINCT i.slug ORDER BY i.slug) FROM account_roles r JOIN initiatives i ON i.id = r.initiative_id
                           WHERE r.account_id::text = c.subject), '{}') AS initiatives
           FROM closed c ORDER BY c.window_start, c.subject`,
        [now, UNKNOWN],
      )) as { window_start: Date; window_end: Date; failures: number; account_id: string | null; initiatives: string[] }[];
      if (closed.length === 0) return [];
      const [head] = (await tx.query(`SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1`)) as { hash: string }[];
      let prevHash = head?.hash ?? GENESIS;
      const appended: ChainedEntry[] = [];
      for (const w of closed) {
        const entry = await appendAfter(tx, prevHash, toEntry({ accountId: w.account_id, from: new Date(w.window_start), to: new Date(w.window_end), failures: w.failures, initiatives: w.initiatives }));
        appended.push(entry);
        prevHash = entry.hash;
      }
      return appended;
    });
  }
}

async function appendAfter(tx: EntityManager, prevHash: string, entry: AuditEntry): Promise<ChainedEntry> {
  const hash = entryHash(prevHash, entry);
  const [row] = (await tx.query(
    `INSERT INTO audit_log (at, actor, action, details, prev_hash, hash) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id::text AS id`,
    [entry.at, entry.actor, entry.action, JSON.stringify(entry.details), prevHash, hash],
  )) as { id: string }[];
  return { id: row.id, ...entry, prevHash, hash };
}

function toEntry(r: Row): ChainedEntry {
  return { id: r.id, at: new Date(r.at).toISOString(), actor: r.actor, action: r.action, details: r.details, prevHash: r.prev_hash, hash: r.hash };
}
