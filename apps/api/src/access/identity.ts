/**
 * Who is asking, as every feature sees it: roles granted per initiative, accounts, sessions and the
 * actor recorded in the audit trail. Accounts (`accounts/`) store them, login (`login/`) opens
 * sessions, and the roles guard (`access/roles.guard.ts`) reads them through `SessionLookup`, so
 * that no feature depends on another to know who is calling.
 */
import { ACCOUNT_ROLES, type AccountRole } from '@eci/api-contract';

/**
 * `data-entry`: volunteers who will type paper statements in (step 11); for now the role grants
 * nothing but being listed among the initiative's accounts.
 */
export type Role = AccountRole;
export const ROLES: readonly Role[] = ACCOUNT_ROLES;

/** A role granted on one initiative (by its slug). Every role is held for one initiative only. */
export interface RoleGrant {
  initiative: string;
  role: Role;
}

export interface Account {
  id: string;
  email: string;
  /**
   * The account cannot sign in: disabled everywhere (left with no role), or disabled on every
   * initiative it holds a role on.
   */
  disabled: boolean;
  /**
   * Every role the account holds, on every initiative, ordered by initiative then role; roles on an
   * initiative that disabled the account are left out (they grant nothing).
   */
  roles: RoleGrant[];
}

export interface Session {
  account: Account;
  csrfTokenHash: Buffer;
  expiresAt: Date;
}

/** Who did something, as the audit trail records it. */
export type Actor = `account:${string}` | 'organiser-token' | 'command' | 'system' | 'anonymous';

/** Finds the open session of a session token (provided by login; read by the roles guard). */
export interface SessionLookup {
  session(sessionToken: string): Promise<Session | null>;
}

export const SESSION_LOOKUP = Symbol('SessionLookup');
