import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import type { AuditEntry, ChainedEntry } from '@eci/audit-chain';
import { CLOCK, type Clock } from '../platform/clock/clock';
import { AUDIT_LOG_REPOSITORY, type AuditLogRepository, type FailedLoginWindow } from './audit-log.repository';

/** Failed logins are counted per subject and window of this length, then audited as one entry. */
export const FAILED_LOGIN_WINDOW_MS = 15 * 60 * 1000;
/** How often each process closes windows that no login closed. */
const SWEEP_MS = 60 * 1000;

/**
 * Failed logins in the audit trail without letting a flood of them flood the trail: each failure
 * only adds one to a count per subject (an account, or all unknown e-mails together, the e-mails
 * not kept) and window of 15 minutes; a closed window becomes one `login_failed` entry with the
 * count. Whichever process next handles a login closes due windows, and every process sweeps once
 * a minute; the repository makes closing a window and appending its entry one transaction, so a
 * window is audited exactly once however many API processes run.
 */
@Injectable()
export class FailedLoginsService implements OnModuleInit, OnModuleDestroy {
  private readonly log = new Logger('FailedLogins');
  /** Before this instant (ms) no window this process could close is due. */
  private nextClose = 0;
  private sweep?: NodeJS.Timeout;

  constructor(
    @Inject(AUDIT_LOG_REPOSITORY) private readonly repository: AuditLogRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.sweep = setInterval(() => {
      this.close().catch((error: unknown) => this.log.warn(`closing failed-login windows: ${(error as Error).message}`));
    }, SWEEP_MS);
    this.sweep.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.sweep);
  }

  /** Counts a failed login of the account (`null`: an e-mail no account has). */
  async count(accountId: string | null): Promise<void> {
    const from = windowStart(this.clock.now().getTime());
    await this.repository.countFailedLogin(accountId, new Date(from), new Date(from + FAILED_LOGIN_WINDOW_MS));
  }

  /**
   * Closes due windows, at most once per window boundary and process (called on every login,
   * without waiting for it). Never fails: a window left open is closed by the next sweep.
   */
  async closeDue(): Promise<void> {
    const now = this.clock.now().getTime();
    if (now < this.nextClose) return;
    this.nextClose = windowStart(now) + FAILED_LOGIN_WINDOW_MS;
    await this.close().catch((error: unknown) => this.log.warn(`closing failed-login windows: ${(error as Error).message}`));
  }

  /** Appends one entry per window ended by now. */
  close(): Promise<ChainedEntry[]> {
    const at = this.clock.now();
    return this.repository.closeFailedLoginWindows(at, (window) => failedLoginEntry(at, window));
  }
}

function windowStart(ms: number): number {
  return Math.floor(ms / FAILED_LOGIN_WINDOW_MS) * FAILED_LOGIN_WINDOW_MS;
}

function failedLoginEntry(at: Date, w: FailedLoginWindow): AuditEntry {
  const counted = { failures: w.failures, from: w.from.toISOString(), to: w.to.toISOString() };
  return {
    at: at.toISOString(),
    actor: 'anonymous',
    action: 'login_failed',
    details: w.accountId ? { account: w.accountId, ...counted, initiatives: w.initiatives } : { unknownEmails: true, ...counted },
  };
}
