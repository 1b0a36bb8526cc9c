import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { CLOCK, type Clock } from '../clock/clock';
import { ApiError } from '../errors/api-error';
import type { Account, Session } from '../accounts/account';
import { ACCOUNTS_REPOSITORY, type AccountsRepository } from '../accounts/accounts.repository';
import { sha256 } from './bearer-token';
import { decoyHash, verifyPassword } from './password';

/** Failed logins in a row that lock an account, and for how long. */
export const LOCKOUT_THRESHOLD = 5;
export const LOCKOUT_MS = 15 * 60 * 1000;
export const SESSION_MS = 8 * 60 * 60 * 1000;

export interface LoggedIn {
  sessionToken: string;
  csrfToken: string;
  account: Account;
  expiresAt: Date;
}

@Injectable()
export class AuthService {
  constructor(
    @Inject(ACCOUNTS_REPOSITORY) private readonly accounts: AccountsRepository,
    private readonly audit: AuditService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /**
   * Checks a password. The same answer (401 `invalid_credentials`) for an unknown email, a wrong
   * password and a disabled account; a locked account answers 423 `account_locked` until the lock
   * expires, even with the right password. Every outcome is audited (the email, never the password).
   */
  async login(email: string, password: string): Promise<LoggedIn> {
    const now = this.clock.now();
    const found = await this.accounts.findForLogin(email);
    if (!found || found.account.disabled) {
      await verifyPassword(await decoyHash(), password);
      await this.audit.record(`email:${email.toLowerCase()}`, 'login_failed', { reason: found ? 'disabled' : 'unknown_account' });
      throw new ApiError(401, [{ field: null, code: 'invalid_credentials' }]);
    }
    const { account, passwordHash } = found;
    if (account.lockedUntil && account.lockedUntil > now) {
      await this.audit.record(`account:${account.id}`, 'login_failed', { reason: 'locked' });
      throw new ApiError(423, [{ field: null, code: 'account_locked', params: { until: account.lockedUntil.toISOString() } }]);
    }
    if (!(await verifyPassword(passwordHash, password))) {
      const lock = account.failedLogins + 1 >= LOCKOUT_THRESHOLD ? new Date(now.getTime() + LOCKOUT_MS) : null;
      await this.accounts.recordFailedLogin(account.id, lock);
      await this.audit.record(`account:${account.id}`, 'login_failed', { reason: 'wrong_password', locked: lock !== null });
      throw new ApiError(401, [{ field: null, code: 'invalid_credentials' }]);
    }
    await this.accounts.recordSuccessfulLogin(account.id);
    const sessionToken = randomBytes(32).toString('base64url');
    const csrfToken = randomBytes(32).toString('base64url');
    const expiresAt = new Date(now.getTime() + SESSION_MS);
    await this.accounts.createSession(sha256(sessionToken), account.id, sha256(csrfToken), expiresAt);
    await this.audit.record(`account:${account.id}`, 'login', { role: account.role });
    return { sessionToken, csrfToken, account, expiresAt };
  }

  async logout(sessionToken: string, account: Account): Promise<void> {
    await this.accounts.deleteSession(sha256(sessionToken));
    await this.audit.record(`account:${account.id}`, 'logout');
  }

  session(sessionToken: string): Promise<Session | null> {
    return this.accounts.findSession(sha256(sessionToken), this.clock.now());
  }
}
