import type { AuditEntry, ChainedEntry } from '@eci/audit-chain';

/** Failed logins of one subject (an account, or every unknown e-mail together) in one time window. */
export interface FailedLoginWindow {
  /** `null`: logins with e-mails no account has (or had), counted together, the e-mails not kept. */
  accountId: string | null;
  from: Date;
  to: Date;
  failures: number;
  /** The initiatives the account holds a role on when the window is closed (none for unknown e-mails). */
  initiatives: string[];
}

/** Entries with exactly this action and actor, recorded in `[from, to)`; each criterion optional. */
export interface AuditFilter {
  action?: string;
  actor?: string;
  from?: Date;
  to?: Date;
}

export interface AuditLogRepository {
  /** Appends an entry linked to the current head, serialised against concurrent appends. */
  append(entry: AuditEntry): Promise<ChainedEntry>;
  /** Entries in order, oldest first, from after `afterId`. */
  list(afterId: number, limit: number): Promise<ChainedEntry[]>;
  /**
   * Entries concerning one initiative (naming it in `initiative` or `initiatives`), and entries of
   * the installation that name no initiative; oldest first, from after `afterId`; `limit` of those
   * the filter keeps.
   */
  listForInitiative(slug: string, afterId: number, limit: number, filter?: AuditFilter): Promise<ChainedEntry[]>;
  /** Counts one failed login of a subject in the window `[from, to)`. */
  countFailedLogin(accountId: string | null, from: Date, to: Date): Promise<void>;
  /**
   * Closes every window that ended at or before `now`: in one transaction, removes its count and
   * appends the entry `toEntry` makes of it, so that each window is appended exactly once however
   * many processes close windows at the same time. Returns the entries appended.
   */
  closeFailedLoginWindows(now: Date, toEntry: (window: FailedLoginWindow) => AuditEntry): Promise<ChainedEntry[]>;
}

export const AUDIT_LOG_REPOSITORY = Symbol('AuditLogRepository');
