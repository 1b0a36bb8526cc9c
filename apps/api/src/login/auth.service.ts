import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { FailedLoginsService } from '../audit/failed-logins.service';
import { CLOCK, type Clock } from '../platform/clock/clock';
import { DomainError } from '../platform/errors/domain-error';
import { SERVER_SECRET } from '../platform/keys/keys.tokens';
import { initiativesOf, type Account, type Session } from '../accounts/account';
import { ACCOUNTS_REPOSITORY, type AccountsRepository } from '../accounts/accounts.repository';
import { sha256 } from '../access/bearer-token';
import { DeviceCookies } from './device-cookie';
import { HashingBusy, HashingGate } from './hashing-gate';
import { deriveLoginKey } from './login-keys';
import { LoginThrottle, type LoginLane } from './login-throttle';
import { PASSWORD_HASHER, type PasswordHasher } from '../accounts/password';

export const SESSION_MS = 8 * 60 * 60 * 1000;
/** Retry-After of an attempt refused because too many verifications are already waiting. */
const BUSY_RETRY_MS = 1000;

export interface LoginAttempt {
  email: string;
  password: string;
  /** The client's address (used in memory only). */
  client: string;
  /** The device cookie the browser sent, if any. */
  deviceCookie?: string;
}

export interface LoggedIn {
  sessionToken: string;
  csrfToken: string;
  account: Account;
  expiresAt: Date;
  /** A fresh device cookie for this browser and e-mail. */
  deviceCookie: string;
}

/** 429 `login_throttled`: the same answer whoever asks and whether or not the account exists. */
export class LoginThrottled extends DomainError {
  constructor(retryAfterSeconds: number) {
    super([{ field: null, code: 'login_throttled' }], retryAfterSeconds);
  }
}

@Injectable()
export class AuthService {
  /**
   * One verification at a time per lane, four waiting; under a flood strangers' verifications rest
   * three times as long as they ran, so they take at most a quarter of one core.
   */
  private readonly gate = new HashingGate({ running: 1, waiting: 4, rest: { untrusted: 3 } });
  private readonly devices: DeviceCookies;
  /** A running average of how long a verification takes (ms), which refusals wait out on a timer. */
  private typicalVerifyMs = 100;

  constructor(
    @Inject(ACCOUNTS_REPOSITORY) private readonly accounts: AccountsRepository,
    private readonly audit: AuditService,
    private readonly failedLogins: FailedLoginsService,
    private readonly throttle: LoginThrottle,
    @Inject(SERVER_SECRET) serverSecret: Uint8Array,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(PASSWORD_HASHER) private readonly hasher: PasswordHasher,
  ) {
    this.devices = new DeviceCookies(deriveLoginKey(serverSecret, 'device-cookie'));
    // Made now, so that the first unknown e-mail does not take longer than a known one.
    void this.hasher.decoy();
  }

  /**
   * Checks a password, throttled (see `LoginThrottle`):
   * - a blocked attempt answers 429 `login_throttled` with the seconds to wait, without looking up
   *   the account or checking the password, whether or not an account has the e-mail;
   * - an unknown e-mail, a wrong password and a disabled account all answer 401
   *   `invalid_credentials` after one Argon2id verification (against a decoy hash when there is no
   *   usable account), and count one failure;
   * - at most one verification per lane runs at a time, four wait; beyond that 429 `login_throttled`
   *   (`HashingGate`; attempts with a valid device cookie have their own lane).
   * Refusals that verify nothing are answered after a timer as long as a typical verification, so
   * they take about as long as a checked attempt and a flood of them costs no CPU.
   */
  async login(attempt: LoginAttempt): Promise<LoggedIn> {
    void this.failedLogins.closeDue();
    const nonce = this.devices.verify(attempt.deviceCookie, attempt.email);
    const lane = nonce ? this.throttle.trusted(nonce) : this.throttle.untrusted(attempt.client, attempt.email);
    const known = this.throttle.knownBlock(lane, this.clock.now().getTime());
    if (known > 0) return this.refuse(known);
    let outcome: { wait: number } | { account: Account | null };
    try {
      outcome = await this.gate.run(nonce ? 'trusted' : 'untrusted', () => this.check(lane, attempt));
    } catch (error) {
      if (error instanceof HashingBusy) return this.refuse(BUSY_RETRY_MS);
      throw error;
    }
    if ('wait' in outcome) return this.refuse(outcome.wait);
    if (!outcome.account) throw new DomainError([{ field: null, code: 'invalid_credentials' }]);
    return this.startSession(outcome.account, attempt.email, lane);
  }

  async logout(sessionToken: string, account: Account): Promise<void> {
    await this.accounts.deleteSession(sha256(sessionToken));
    await this.audit.record(`account:${account.id}`, 'logout', { initiatives: initiativesOf(account) });
  }

  session(sessionToken: string): Promise<Session | null> {
    return this.accounts.findSession(sha256(sessionToken), this.clock.now());
  }

  /** Inside the gate: the shared block, then one verification; a failure is counted. */
  private async check(lane: LoginLane, attempt: LoginAttempt): Promise<{ wait: number } | { account: Account | null }> {
    const wait = await this.throttle.sharedBlock(lane, this.clock.now().getTime());
    if (wait > 0) return { wait };
    const found = await this.accounts.findForLogin(attempt.email);
    const usable = found && !found.account.disabled ? found : null;
    const started = performance.now();
    const ok = await this.hasher.verify(usable ? usable.passwordHash : await this.hasher.decoy(), attempt.password);
    this.typicalVerifyMs = 0.8 * this.typicalVerifyMs + 0.2 * (performance.now() - started);
    if (usable && ok) return { account: usable.account };
    await this.throttle.failed(lane, this.clock.now().getTime());
    await this.failedLogins.count(found ? found.account.id : null);
    return { account: null };
  }

  private async startSession(account: Account, email: string, lane: LoginLane): Promise<LoggedIn> {
    await this.throttle.succeeded(lane);
    const sessionToken = randomBytes(32).toString('base64url');
    const csrfToken = randomBytes(32).toString('base64url');
    const expiresAt = new Date(this.clock.now().getTime() + SESSION_MS);
    await this.accounts.createSession(sha256(sessionToken), account.id, sha256(csrfToken), expiresAt);
    await this.audit.record(`account:${account.id}`, 'login', { initiatives: initiativesOf(account), knownDevice: lane.trusted });
    return { sessionToken, csrfToken, account, expiresAt, deviceCookie: this.devices.issue(email) };
  }

  /** 429 after a timer as long as a typical verification (no CPU spent on the wait). */
  private async refuse(waitMs: number): Promise<never> {
    await new Promise((resolve) => setTimeout(resolve, Math.round(this.typicalVerifyMs)));
    throw new LoginThrottled(Math.max(1, Math.ceil(waitMs / 1000)));
  }
}
