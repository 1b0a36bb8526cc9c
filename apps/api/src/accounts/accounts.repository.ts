import type { Account, Role, Session } from './account';

export interface AccountsRepository {
  /** A new account with one role on the initiative; refused when the e-mail is taken (case-insensitively) or the initiative does not exist. */
  createWithRole(email: string, passwordHash: string, slug: string, role: Role): Promise<Account | 'email_taken' | 'no_initiative'>;
  findByEmail(email: string): Promise<Account | null>;
  findById(id: string): Promise<Account | null>;
  /** The account and its password hash, for a login attempt. */
  findForLogin(email: string): Promise<{ account: Account; passwordHash: string } | null>;
  /** Accounts holding a role on the initiative (their roles on it only). */
  listForInitiative(slug: string): Promise<Account[]>;
  /**
   * Grants a role on the initiative (enabling the account again if it was disabled); false when
   * the initiative does not exist.
   */
  grant(accountId: string, slug: string, role: Role): Promise<boolean>;
  /**
   * Removes every role the account holds on the initiative and returns them (none: nothing
   * changed). An account left with no role anywhere is disabled and its sessions end.
   */
  revokeAll(accountId: string, slug: string): Promise<{ revoked: Role[]; disabled: boolean }>;
  count(): Promise<number>;

  createSession(tokenHash: Buffer, accountId: string, csrfTokenHash: Buffer, expiresAt: Date): Promise<void>;
  /** The session of an enabled account, with the account's roles. */
  findSession(tokenHash: Buffer, now: Date): Promise<Session | null>;
  deleteSession(tokenHash: Buffer): Promise<void>;
}

export const ACCOUNTS_REPOSITORY = Symbol('AccountsRepository');
