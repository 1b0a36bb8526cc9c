import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Account, Role, Session } from './account';
import type { AccountsRepository } from './accounts.repository';

interface Row {
  id: string;
  email: string;
  role: Role;
  failed_logins: number;
  locked_until: Date | null;
  disabled_at: Date | null;
}

const COLUMNS = 'a.id, a.email, a.role, a.failed_logins, a.locked_until, a.disabled_at';

@Injectable()
export class TypeOrmAccountsRepository implements AccountsRepository {
  constructor(private readonly db: DataSource) {}

  async create(email: string, passwordHash: string, role: Role): Promise<Account | null> {
    const rows: Row[] = await this.db.query(
      `INSERT INTO accounts AS a (email, password_hash, role) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING ${COLUMNS}`,
      [email, passwordHash, role],
    );
    return rows[0] ? toAccount(rows[0]) : null;
  }

  async list(): Promise<Account[]> {
    return ((await this.db.query(`SELECT ${COLUMNS} FROM accounts a ORDER BY a.created_at, a.email`)) as Row[]).map(toAccount);
  }

  async findById(id: string): Promise<Account | null> {
    const rows: Row[] = await this.db.query(`SELECT ${COLUMNS} FROM accounts a WHERE a.id = $1`, [id]);
    return rows[0] ? toAccount(rows[0]) : null;
  }

  async findForLogin(email: string): Promise<{ account: Account; passwordHash: string } | null> {
    const rows: (Row & { password_hash: string })[] = await this.db.query(`SELECT ${COLUMNS}, a.password_hash FROM accounts a WHERE lower(a.email) = lower($1)`, [email]);
    return rows[0] ? { account: toAccount(rows[0]), passwordHash: rows[0].password_hash } : null;
  }

  async recordFailedLogin(id: string, lockUntil: Date | null): Promise<void> {
    await this.db.query(`UPDATE accounts SET failed_logins = failed_logins + 1, locked_until = COALESCE($2, locked_until) WHERE id = $1`, [id, lockUntil]);
  }

  async recordSuccessfulLogin(id: string): Promise<void> {
    await this.db.query(`UPDATE accounts SET failed_logins = 0, locked_until = NULL WHERE id = $1`, [id]);
  }

  async disable(id: string): Promise<boolean> {
    // Wrapped in a SELECT: TypeORM answers a bare UPDATE with [rows, count], not rows.
    const rows: unknown[] = await this.db.query(
      `WITH disabled AS (UPDATE accounts SET disabled_at = now() WHERE id = $1 AND disabled_at IS NULL RETURNING id) SELECT id FROM disabled`,
      [id],
    );
    if (rows.length === 0) return false;
    await this.db.query(`DELETE FROM sessions WHERE account_id = $1`, [id]);
    return true;
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
    return rows[0] ? { account: toAccount(rows[0]), csrfTokenHash: rows[0].csrf_token_hash, expiresAt: rows[0].expires_at } : null;
  }

  async deleteSession(tokenHash: Buffer): Promise<void> {
    await this.db.query(`DELETE FROM sessions WHERE token_hash = $1`, [tokenHash]);
  }
}

function toAccount(r: Row): Account {
  return { id: r.id, email: r.email, role: r.role, failedLogins: r.failed_logins, lockedUntil: r.locked_until, disabled: r.disabled_at !== null };
}
