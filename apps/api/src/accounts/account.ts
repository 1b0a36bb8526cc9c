export type Role = 'organiser' | 'auditor';

export const ROLES: readonly Role[] = ['organiser', 'auditor'];

/** A role granted on one initiative (by its slug). Every role is held for one initiative only. */
export interface RoleGrant {
  initiative: string;
  role: Role;
}

export interface Account {
  id: string;
  email: string;
  disabled: boolean;
  /** Every role the account holds, on every initiative, ordered by initiative then role. */
  roles: RoleGrant[];
}

export interface Session {
  account: Account;
  csrfTokenHash: Buffer;
  expiresAt: Date;
}

/** The initiatives an account holds a role on, each once, in order. */
export function initiativesOf(account: Account): string[] {
  return [...new Set(account.roles.map((r) => r.initiative))];
}
