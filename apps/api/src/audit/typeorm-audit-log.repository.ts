import { Injectable } from '@nestjs/common';
import { GENESIS, entryHash, type AuditEntry, type ChainedEntry } from '@eci/audit-chain';
import { DataSource } from 'typeorm';
import type { AuditLogRepository } from './audit-log.repository';

/** Every appender takes this transaction-scoped advisory lock, so the chain has one head at a time. */
const AUDIT_LOCK = 0x45434941; // "ECIA"

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
      const prevHash = head?.hash ?? GENESIS;
      const hash = entryHash(prevHash, entry);
      const [row] = (await tx.query(
        `INSERT INTO audit_log (at, actor, action, details, prev_hash, hash) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id::text AS id`,
        [entry.at, entry.actor, entry.action, JSON.stringify(entry.details), prevHash, hash],
      )) as { id: string }[];
      return { id: row.id, ...entry, prevHash, hash };
    });
  }

  async list(afterId: number, limit: number): Promise<ChainedEntry[]> {
    const rows: Row[] = await this.db.query(
      `SELECT id::text AS id, at, actor, action, details, prev_hash, hash FROM audit_log WHERE audit_log.id > $1 ORDER BY audit_log.id LIMIT $2`,
      [afterId, limit],
    );
    return rows.map((r) => ({ id: r.id, at: new Date(r.at).toISOString(), actor: r.actor, action: r.action, details: r.details, prevHash: r.prev_hash, hash: r.hash }));
  }
}
