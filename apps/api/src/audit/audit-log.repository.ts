import type { AuditEntry, ChainedEntry } from '@eci/audit-chain';

export interface AuditLogRepository {
  /** Appends an entry linked to the current head, serialised against concurrent appends. */
  append(entry: AuditEntry): Promise<ChainedEntry>;
  /** Entries in order, oldest first, from after `afterId`. */
  list(afterId: number, limit: number): Promise<ChainedEntry[]>;
}

export const AUDIT_LOG_REPOSITORY = Symbol('AuditLogRepository');
