import { Inject, Injectable } from '@nestjs/common';
import { ChainVerifier, type ChainedEntry, type ChainVerdict } from '@eci/audit-chain';
import { CLOCK, type Clock } from '../clock/clock';
import { AUDIT_LOG_REPOSITORY, type AuditLogRepository } from './audit-log.repository';

/** What is recorded: every export, login, failed login, account, partner and key change, and purge. */
export type AuditAction =
  | 'login'
  | 'login_failed'
  | 'logout'
  | 'account_created'
  | 'account_disabled'
  | 'partner_created'
  | 'partner_origins_changed'
  | 'partner_token_rotated'
  | 'partner_token_revoked'
  | 'key_changed'
  | 'export'
  | 'export_failed'
  | 'purge';

/** Who acted: an account, the organiser credential, a command, or the system. Never personal data of signatories. */
export type Actor = `account:${string}` | 'organiser-token' | 'command' | 'system' | `email:${string}`;

@Injectable()
export class AuditService {
  constructor(
    @Inject(AUDIT_LOG_REPOSITORY) private readonly log: AuditLogRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  record(actor: Actor, action: AuditAction, details: Record<string, unknown> = {}): Promise<ChainedEntry> {
    return this.log.append({ at: this.clock.now().toISOString(), actor, action, details });
  }

  list(afterId: number, limit: number): Promise<ChainedEntry[]> {
    return this.log.list(afterId, Math.min(Math.max(limit, 1), 1000));
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
