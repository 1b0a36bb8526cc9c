import type { Account } from '../access/identity';

export { ROLES, type Account, type Role, type RoleGrant, type Session } from '../access/identity';

/** The initiatives an account holds a role on, each once, in order. */
export function initiativesOf(account: Account): string[] {
  return [...new Set(account.roles.map((r) => r.initiative))];
}
