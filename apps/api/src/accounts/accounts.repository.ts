import type { Account, Role, Session } from './account';

export interface AccountsRepository {
  /** `null` when the email is taken (case-insensitively). */
  create(email: string, passwordHash: string, role: Role): Promise<Account | null>;
  list(): Promise<Account[]>;
  findById(id: string): Promise<Account | null>;
  /** The account and its password hash, for a login attempt. */
  findForLogin(email: string): Promise<{ account: Account; passwordHash: string } | null>;
  recordFailedLogin(id: string, lockUntil: Date | null): Promise<void>;
  recordSuccessfulLogin(id: string): Promise<void>;
  disable(id: string): Promise<boolean>;
  count(): Promise<number>;

  createSession(tokenHash: Buffer, accountId: string, csrfTokenHash: Buffer, expiresAt: Date): Promise<void>;
  findSession(tokenHash: Buffer, now: Date): Promise<Session | null>;
  deleteSession(tokenHash: Buffer): Promise<void>;
}

export const ACCOUNTS_REPOSITORY = Symbol('AccountsRepository');
