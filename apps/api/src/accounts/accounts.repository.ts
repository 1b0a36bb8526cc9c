import type { InitiativeAccount } from '@eci/api-contract';
import type { Account, Role, Session } from './account';

export interface AccountsRepository {
  /** A new account with one role on the initiative; refused when the e-mail is taken (case-insensitively) or the initiative does not exist. */
  createWithRole(email: string, passwordHash: string, slug: string, role: Role): Promise<Account | 'email_taken' | 'no_initiative'>;
  findByEmail(email: string): Promise<Account | null>;
  findById(id: string): Promise<Account | null>;
  /** The account and its password hash, for a login attempt. */
  findForLogin(email: string): Promise<{ account: Account; passwordHash: string } | null>;
  /** Accounts holding a role on the initiative (their roles on it only, disabled ones too), oldest first. */
  listForInitiative(slug: string): Promise<InitiativeAccount[]>;
  /** The account as the initiative sees it; null when it holds no role there (or no such account). */
  findOnInitiative(accountId: string, slug: string): Promise<InitiativeAccount | null>;
  /** Every initiative the account holds a role on, disabled or not, each once. */
  initiativesOf(accountId: string): Promise<string[]>;
  /**
   * Grants a role on the initiative (enabling the account again if it was disabled everywhere; a
   * role added on an initiative that disabled the account is disabled too); false when the
   * initiative does not exist.
   */
  grant(accountId: string, slug: string, role: Role): Promise<boolean>;
  /**
   * Removes every role the account holds on the initiative and returns them (none: nothing
   * changed). An account left with no role anywhere is disabled and its sessions end.
   */
  revokeAll(accountId: string, slug: string): Promise<{ revoked: Role[]; disabled: boolean }>;
  /**
   * Disables (or enables again) every role the account holds on the initiative; disabling ends
   * all the account's sessions. False when the account holds no role there.
   */
  setDisabledOn(accountId: string, slug: string, disabled: boolean): Promise<boolean>;
  /** Replaces the account's password hash and ends all its sessions. */
  setPassword(accountId: string, passwordHash: string): Promise<void>;
  count(): Promise<number>;

  createSession(tokenHash: Buffer, accountId: string, csrfTokenHash: Buffer, expiresAt: Date): Promise<void>;
  /** The session of an enabled account, with the account's roles. */
  findSession(tokenHash: Buffer, now: Date): Promise<Session | null>;
  deleteSession(tokenHash: Buffer): Promise<void>;
}

export const ACCOUNTS_REPOSITORY = Symbol('AccountsRepository');
