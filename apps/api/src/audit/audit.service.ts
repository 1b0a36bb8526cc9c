import { Inject, Injectable } from '@nestjs/common';
import type { AuditAction } from '@eci/api-contract';
import type { Actor } from '../access/identity';
import { ChainVerifier, type ChainedEntry, type ChainVerdict } from '@eci/audit-chain';
import { CLOCK, type Clock } from '../platform/clock/clock';
import { AUDIT_LOG_REPOSITORY, type AuditFilter, type AuditLogRepository } from './audit-log.repository';
import { FailedLoginsService } from './failed-logins.service';

/**
 * What is recorded (AUDIT_ACTIONS of the API contract): every export, login, logout, account
 * (created, password reset, disabled, enabled), role, partner, initiative and key change, and purge;
 * failed logins as counts per account and window (`FailedLoginsService`).
 */
export type { AuditAction } from '@eci/api-contract';

@Injectable()
export class AuditService {
  constructor(
    @Inject(AUDIT_LOG_REPOSITORY) private readonly log: AuditLogRepository,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly failedLogins: FailedLoginsService,
  ) {}

  record(actor: Actor, action: AuditAction, details: Record<string, unknown> = {}): Promise<ChainedEntry> {
    return this.log.append({ at: this.clock.now().toISOString(), actor, action, details });
  }

  /**
   * The entries concerning one initiative (and those of the installation that name none), oldest
   * first; failed-login windows that have ended are closed first, so they are listed.
   */
  async listForInitiative(slug: string, afterId: number, limit: number, filter: AuditFilter = {}): Promise<ChainedEntry[]> {
    await this.failedLogins.close();
    return this.log.listForInitiative(slug, afterId, Math.min(Math.max(limit, 1), 1000), filter);
  }

  /** Verifies the whole chain, page by page; names the first entry that does not hold. */
  async verify(): Promise<ChainVerdict> {
    const verifier = new ChainVerifier();
    for (let after = 0; ; ) {
      const page = await this.log.list(after, 1000);
      if (page.length === 0) return verifier.verdict();
      for (const entry of page) if (!verifier.push(entry)) return verifier.verdict();
      after = Number(page[page.length - 1].id);
    }
  }
}
