import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { InitiativeAccount } from '@eci/api-contract';
import type { Account, Role, RoleGrant, Session } from './account';
import type { AccountsRepository } from './accounts.repository';

interface Row {
  id: string;
  email: string;
  disabled: boolean;
  roles: RoleGrant[];
}

interface MemberRow {
  id: string;
  email: string;
  disabled: boolean;
  roles: Role[];
}

/** Every role of the account `a` that grants something, as a JSON array of {initiative (slug), role}. */
const ROLES_OF_A = `COALESCE((
    SELECT json_agg(json_build_object('initiative', i.slug, 'role', r.role) ORDER BY i.slug, r.role)
      FROM account_roles r JOIN initiatives i ON i.id = r.initiative_id WHERE r.account_id = a.id AND r.disabled_at IS NULL
  ), '[]'::json) AS roles`;

/** Account `a` cannot sign in: disabled everywhere, or on every initiative it holds a role on. */
const DISABLED_A = `(a.disabled_at IS NOT NULL OR (
    EXISTS (SELECT 1 FROM account_roles r WHERE r.account_id = a.id)
    AND NOT EXISTS (SELECT 1 FROM account_roles r WHERE r.account_id = a.id AND r.disabled_at IS NULL)
  )) AS disabled`;

const COLUMNS = `a.id, a.email, ${DISABLED_A}, ${ROLES_OF_A}`;

/** Accounts with their roles on the initiative `$1` (disabled ones too), and whether they are disabled there. */
const MEMBERS = `SELECT a.id, a.email, (a.disabled_at IS NOT NULL OR bool_or(r.disabled_at IS NOT NULL)) AS disabled,
         json_agg(r.role ORDER BY r.role) AS roles
    FROM accounts a JOIN account_roles r ON r.account_id = a.id JOIN initiatives i ON i.id = r.initiative_id
   WHERE i.slug = $1`;
const MEMBERS_GROUPED = `GROUP BY a.id, a.email, a.disabled_at, a.created_at`;

@Injectable()
export class TypeOrmAccountsRepository implements AccountsRepository {
  constructor(private readonly db: DataSource) {}

  createWithRole(email: string, passwordHash: string, slug: string, role: Role): Promise<Account | 'email_taken' | 'no_initiative'> {
    return this.db.transaction(async (tx) => {
      const [initiative] = (await tx.query(`SELECT id FROM initiatives WHERE slug = $1`, [slug])) as { id: string }[];
      if (!initiative) return 'no_initiative';
      const [created] = (await tx.query(`INSERT INTO accounts (email, password_hash) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING id`, [email, passwordHash])) as { id: string }[];
      if (!created) return 'email_taken';
      await tx.query(`INSERT INTO account_roles (account_id, initiative_id, role) VALUES ($1, $2, $3)`, [created.id, initiative.id, role]);
      const [row] = (await tx.query(`SELECT ${COLUMNS} FROM accounts a WHERE a.id = $1`, [created.id])) as Row[];
      return toAccount(row);
    });
  }

  async findByEmail(email: string): Promise<Account | null> {
    const rows: Row[] = await this.db.query(`SELECT ${COLUMNS} FROM accounts a WHERE lower(a.email) = lower($1)`, [email]);
    return rows[0] ? toAccount(rows[0]) : null;
  }

  async findById(id: string): Promise<Account | null> {
    const rows: Row[] = await this.db.query(`SELECT ${COLUMNS} FROM accounts a WHERE a.id = $1`, [id]);
    return rows[0] ? toAccount(rows[0]) : null;
  }

  async findForLogin(email: string): Promise<{ account: Account; passwordHash: string } | null> {
    const rows: (Row & { password_hash: string })[] = await this.db.query(`SELECT ${COLUMNS}, a.password_hash FROM accounts a WHERE lower(a.email) = lower($1)`, [email]);
    return rows[0] ? { account: toAccount(rows[0]), passwordHash: rows[0].password_hash } : null;
  }

  async listForInitiative(slug: string): Promise<InitiativeAccount[]> {
    const rows: MemberRow[] = await this.db.query(`${MEMBERS} ${MEMBERS_GROUPED} ORDER BY a.created_at, a.email`, [slug]);
    return rows.map(toMember);
  }

  async findOnInitiative(accountId: string, slug: string): Promise<InitiativeAccount | null> {
    const rows: MemberRow[] = await this.db.query(`${MEMBERS} AND a.id = $2 ${MEMBERS_GROUPED}`, [slug, accountId]);
    return rows[0] ? toMember(rows[0]) : null;
  }

  async initiativesOf(accountId: string): Promise<string[]> {
    const rows: { slug: string }[] = await this.db.query(
      `SELECT DISTINCT i.slug FROM account_roles r JOIN initiatives i ON i.id = r.initiative_id WHERE r.account_id = $1 ORDER BY i.slug`,
      [accountId],
    );
    return rows.map((r) => r.slug);
  }

  setDisabledOn(accountId: string, slug: string, disabled: boolean): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      // Wrapped in a SELECT: TypeORM answers a bare UPDATE with [rows, count], not rows.
      const changed: unknown[] = await tx.query(
        `WITH changed AS (
           UPDATE account_roles r SET disabled_at = CASE WHEN $3 THEN COALESCE(r.disabled_at, now()) ELSE NULL END
             FROM initiatives i WHERE i.id = r.initiative_id AND i.slug = $2 AND r.account_id = $1 RETURNING r.role
         ) SELECT role FROM changed`,
        [accountId, slug, disabled],
      );
      if (changed.length === 0) return false;
      if (disabled) await tx.query(`DELETE FROM sessions WHERE account_id = $1`, [accountId]);
      return true;
    });
  }

  async setPassword(accountId: string, passwordHash: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      await tx.query(`UPDATE accounts SET password_hash = $2 WHERE id = $1`, [accountId, passwordHash]);
      await tx.query(`DELETE FROM sessions WHERE account_id = $1`, [accountId]);
    });
  }

  grant(accountId: string, slug: string, role: Role): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      const rows: unknown[] = await tx.query(
        `INSERT INTO account_roles (account_id, initiative_id, role, disabled_at)
           SELECT $1, i.id, $3, (SELECT max(o.disabled_at) FROM account_roles o WHERE o.account_id = $1 AND o.initiative_id = i.id)
             FROM initiatives i WHERE i.slug = $2
           ON CONFLICT DO NOTHING RETURNING role`,
        [accountId, slug, role],
      );
      if (rows.length === 0) {
        const [{ exists }] = (await tx.query(`SELECT EXISTS (SELECT 1 FROM initiatives WHERE slug = $1) AS exists`, [slug])) as { exists: boolean }[];
        if (!exists) return false;
      }
      await tx.query(`UPDATE accounts SET disabled_at = NULL WHERE id = $1 AND disabled_at IS NOT NULL`, [accountId]);
      return true;
    });
  }

  revokeAll(accountId: string, slug: string): Promise<{ revoked: Role[]; disabled: boolean }> {
    return this.db.transaction(async (tx) => {
      const revoked = ((await tx.query(
        `WITH gone AS (
           DELETE FROM account_roles r USING initiatives i WHERE r.initiative_id = i.id AND i.slug = $2 AND r.account_id = $1 RETURNING r.role
         ) SELECT role FROM gone ORDER BY role`,
        [accountId, slug],
      )) as { role: Role }[]).map((r) => r.role);
      if (revoked.length === 0) return { revoked, disabled: false };
      // Wrapped in a SELECT: TypeORM answers a bare UPDATE with [rows, count], not rows.
      const disabled: unknown[] = await tx.query(
        `WITH disabled AS (
           UPDATE accounts SET disabled_at = now() WHERE id = $1 AND disabled_at IS NULL AND NOT EXISTS (SELECT 1 FROM account_roles WHERE account_id = $1) RETURNING id
         ) SELECT id FROM disabled`,
        [accountId],
      );
      if (disabled.length > 0) await tx.query(`DELETE FROM sessions WHERE account_id = $1`, [accountId]);
      return { revoked, disabled: disabled.length > 0 };
    });
  }

  async count(): Promise<number> {
    const [{ n }] = (await this.db.query(`SELECT count(*)::int AS n FROM accounts`)) as { n: number }[];
    return n;
  }

  async createSession(tokenHash: Buffer, accountId: string, csrfTokenHash: Buffer, expiresAt: Date): Promise<void> {
    await this.db.query(`INSERT INTO sessions (token_hash, account_id, csrf_token_hash, expires_at) VALUES ($1, $2, $3, $4)`, [tokenHash, accountId, csrfTokenHash, expiresAt]);
  }

  async findSession(tokenHash: Buffer, now: Date): Promise<Session | null> {
    const rows: (Row & { csrf_token_hash: Buffer; expires_at: Date })[] = await this.db.query(
      `SELECT ${COLUMNS}, s.csrf_token_hash, s.expires_at FROM sessions s JOIN accounts a ON a.id = s.account_id
        WHERE s.token_hash = $1 AND s.expires_at > $2 AND a.disabled_at IS NULL`,
      [tokenHash, now],
    );
    return rows[0] && !rows[0].disabled ? { account: toAccount(rows[0]), csrfTokenHash: rows[0].csrf_token_hash, expiresAt: rows[0].expires_at } : null;
  }

  async deleteSession(tokenHash: Buffer): Promise<void> {
    await this.db.query(`DELETE FROM sessions WHERE token_hash = $1`, [tokenHash]);
  }
}

function toAccount(r: Row): Account {
  return { id: r.id, email: r.email, disabled: r.disabled, roles: r.roles };
}

function toMember(r: MemberRow): InitiativeAccount {
  return { id: r.id, email: r.email, roles: r.roles, disabled: r.disabled };
}
