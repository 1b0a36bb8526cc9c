import { randomUUID } from 'node:crypto';
import type { InitiativeAccount } from '@eci/api-contract';
import type { Account, Role, RoleGrant, Session } from '../../src/accounts/account';
import type { AccountsRepository } from '../../src/accounts/accounts.repository';
import type { InitiativesRepository } from '../../src/initiatives/initiatives.repository';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface AccountRow {
  id: string;
  email: string;
  passwordHash: string;
  disabled: boolean;
  /** Insertion order, standing in for `created_at`. */
  created: number;
}

interface SessionRow {
  accountId: string;
  csrfTokenHash: Buffer;
  expiresAt: Date;
}

/**
 * Accounts, roles and sessions in memory, with the table's rules: e-mails unique case-insensitively,
 * one row per (account, initiative, role), roles ordered by initiative then role, ids that must be
 * UUIDs, 32-byte session hashes, sessions and roles that need an existing account. Initiatives are
 * looked up by slug in the given repository (the same one the test's other fakes use).
 */
export class InMemoryAccountsRepository implements AccountsRepository {
  private readonly accounts = new Map<string, AccountRow>();
  /** `${accountId}\n${slug}\n${role}`. */
  private readonly roles = new Set<string>();
  /** `${accountId}\n${slug}`: the initiatives that disabled the account (every role it holds there). */
  private readonly disabledOn = new Set<string>();
  /** Hex of the token hash → session. */
  private readonly sessions = new Map<string, SessionRow>();
  private created = 0;

  constructor(private readonly initiatives: Pick<InitiativesRepository, 'findBySlug'>) {}

  async createWithRole(email: string, passwordHash: string, slug: string, role: Role): Promise<Account | 'email_taken' | 'no_initiative'> {
    if (!(await this.initiatives.findBySlug(slug))) return 'no_initiative';
    if (this.byEmail(email)) return 'email_taken';
    const row: AccountRow = { id: randomUUID(), email, passwordHash, disabled: false, created: this.created++ };
    this.accounts.set(row.id, row);
    this.roles.add(roleKey(row.id, slug, checkedRole(role)));
    return this.toAccount(row);
  }

  async findByEmail(email: string): Promise<Account | null> {
    const row = this.byEmail(email);
    return row ? this.toAccount(row) : null;
  }

  async findById(id: string): Promise<Account | null> {
    const row = this.accounts.get(uuid(id));
    return row ? this.toAccount(row) : null;
  }

  async findForLogin(email: string): Promise<{ account: Account; passwordHash: string } | null> {
    const row = this.byEmail(email);
    return row ? { account: this.toAccount(row), passwordHash: row.passwordHash } : null;
  }

  async listForInitiative(slug: string): Promise<InitiativeAccount[]> {
    return [...this.accounts.values()]
      .filter((a) => this.grantsOf(a.id).some((g) => g.initiative === slug))
      .sort((a, b) => a.created - b.created || compare(a.email, b.email))
      .map((a) => this.member(a, slug));
  }

  async findOnInitiative(accountId: string, slug: string): Promise<InitiativeAccount | null> {
    const row = this.accounts.get(uuid(accountId));
    return row && this.grantsOf(row.id).some((g) => g.initiative === slug) ? this.member(row, slug) : null;
  }

  async initiativesOf(accountId: string): Promise<string[]> {
    return [...new Set(this.grantsOf(uuid(accountId)).map((g) => g.initiative))];
  }

  async grant(accountId: string, slug: string, role: Role): Promise<boolean> {
    if (!(await this.initiatives.findBySlug(slug))) return false;
    const row = this.existing(accountId);
    this.roles.add(roleKey(row.id, slug, checkedRole(role)));
    row.disabled = false;
    return true;
  }

  async setDisabledOn(accountId: string, slug: string, disabled: boolean): Promise<boolean> {
    const id = uuid(accountId);
    if (!this.grantsOf(id).some((g) => g.initiative === slug)) return false;
    if (disabled) {
      this.disabledOn.add(`${id}\n${slug}`);
      this.endSessions(id);
    } else {
      this.disabledOn.delete(`${id}\n${slug}`);
    }
    return true;
  }

  async setPassword(accountId: string, passwordHash: string): Promise<void> {
    const row = this.existing(accountId);
    row.passwordHash = passwordHash;
    this.endSessions(row.id);
  }

  async revokeAll(accountId: string, slug: string): Promise<{ revoked: Role[]; disabled: boolean }> {
    const id = uuid(accountId);
    const revoked = this.grantsOf(id)
      .filter((g) => g.initiative === slug)
      .map((g) => g.role);
    for (const role of revoked) this.roles.delete(roleKey(id, slug, role));
    if (revoked.length === 0) return { revoked, disabled: false };
    this.disabledOn.delete(`${id}\n${slug}`);
    const row = this.accounts.get(id);
    const disabled = row !== undefined && !row.disabled && this.grantsOf(id).length === 0;
    if (row && disabled) {
      row.disabled = true;
      this.endSessions(id);
    }
    return { revoked, disabled };
  }

  async count(): Promise<number> {
    return this.accounts.size;
  }

  async createSession(tokenHash: Buffer, accountId: string, csrfTokenHash: Buffer, expiresAt: Date): Promise<void> {
    const key = hash32(tokenHash);
    hash32(csrfTokenHash);
    this.existing(accountId);
    if (this.sessions.has(key)) throw new Error('duplicate session token hash');
    this.sessions.set(key, { accountId, csrfTokenHash: Buffer.from(csrfTokenHash), expiresAt: new Date(expiresAt) });
  }

  async findSession(tokenHash: Buffer, now: Date): Promise<Session | null> {
    const s = this.sessions.get(tokenHash.toString('hex'));
    const row = s && this.accounts.get(s.accountId);
    if (!s || !row || this.toAccount(row).disabled || s.expiresAt.getTime() <= now.getTime()) return null;
    return { account: this.toAccount(row), csrfTokenHash: Buffer.from(s.csrfTokenHash), expiresAt: new Date(s.expiresAt) };
  }

  async deleteSession(tokenHash: Buffer): Promise<void> {
    this.sessions.delete(tokenHash.toString('hex'));
  }

  private byEmail(email: string): AccountRow | undefined {
    return [...this.accounts.values()].find((a) => a.email.toLowerCase() === email.toLowerCase());
  }

  private existing(accountId: string): AccountRow {
    const row = this.accounts.get(uuid(accountId));
    if (!row) throw new Error(`no account ${accountId} (foreign key)`);
    return row;
  }

  private grantsOf(accountId: string): RoleGrant[] {
    return [...this.roles]
      .map((k) => k.split('\n'))
      .filter(([id]) => id === accountId)
      .map(([, initiative, role]) => ({ initiative, role: role as Role }))
      .sort((a, b) => compare(a.initiative, b.initiative) || compare(a.role, b.role));
  }

  private endSessions(accountId: string): void {
    for (const [token, s] of this.sessions) if (s.accountId === accountId) this.sessions.delete(token);
  }

  private isDisabledOn(accountId: string, slug: string): boolean {
    return this.disabledOn.has(`${accountId}\n${slug}`);
  }

  private member(row: AccountRow, slug: string): InitiativeAccount {
    const roles = this.grantsOf(row.id).filter((g) => g.initiative === slug).map((g) => g.role);
    return { id: row.id, email: row.email, roles, disabled: row.disabled || this.isDisabledOn(row.id, slug) };
  }

  /** Roles on initiatives that disabled the account grant nothing; with none left (but some held), it cannot sign in. */
  private toAccount(row: AccountRow): Account {
    const all = this.grantsOf(row.id);
    const roles = all.filter((g) => !this.isDisabledOn(row.id, g.initiative));
    return { id: row.id, email: row.email, disabled: row.disabled || (all.length > 0 && roles.length === 0), roles };
  }
}

function roleKey(accountId: string, slug: string, role: Role): string {
  return `${accountId}\n${slug}\n${role}`;
}

function checkedRole(role: Role): Role {
  if (role !== 'organiser' && role !== 'auditor' && role !== 'data-entry') throw new Error(`role ${String(role)} violates the check constraint`);
  return role;
}

/** What PostgreSQL says to a malformed uuid: an error, not "none". */
function uuid(id: string): string {
  if (!UUID.test(id)) throw new Error(`invalid input syntax for type uuid: "${id}"`);
  return id.toLowerCase();
}

function hash32(hash: Buffer): string {
  if (hash.length !== 32) throw new Error('a token hash has 32 bytes (check constraint)');
  return hash.toString('hex');
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
