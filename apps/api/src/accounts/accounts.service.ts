import { Inject, Injectable } from '@nestjs/common';
import { UUID_PATTERN } from '@eci/api-contract';
import type { Actor } from '../access/identity';
import { AuditService } from '../audit/audit.service';
import { PASSWORD_HASHER, type PasswordHasher } from './password';
import { DomainError } from '../platform/errors/domain-error';
import type { Account, Role } from './account';
import { ACCOUNTS_REPOSITORY, type AccountsRepository } from './accounts.repository';

/** An account as an initiative's organisers see it: its roles on that initiative only. */
export interface InitiativeAccount {
  id: string;
  email: string;
  roles: Role[];
}


/**
 * Organiser and auditor accounts. Accounts hold no role of their own: every role is granted on one
 * initiative, by that initiative's organisers (or the installation's organiser credential).
 */
@Injectable()
export class AccountsService {
  constructor(
    @Inject(ACCOUNTS_REPOSITORY) private readonly accounts: AccountsRepository,
    private readonly audit: AuditService,
    @Inject(PASSWORD_HASHER) private readonly hasher: PasswordHasher,
  ) {}

  /**
   * A new account (with `password`) holding `role` on the initiative, or — without a password —
   * `role` on the initiative granted to the existing account with this e-mail. A password for an
   * e-mail that already has an account is refused (409 `account_exists`): nobody sets another
   * account's password.
   */
  async create(actor: Actor, slug: string, email: string, role: Role, password: string | undefined): Promise<InitiativeAccount> {
    const existing = await this.accounts.findByEmail(email.trim());
    if (existing) {
      if (password !== undefined) throw DomainError.of('account_exists', 'email');
      if (!(await this.accounts.grant(existing.id, slug, role))) throw DomainError.of('initiative_not_found', 'slug');
      await this.audit.record(actor, 'role_granted', { account: existing.id, initiative: slug, role });
      return this.onInitiative(existing.id, slug);
    }
    if (password === undefined) throw new DomainError([{ field: 'password', code: 'required' }]);
    const created = await this.accounts.createWithRole(email.trim(), await this.hasher.hash(password), slug, role);
    if (created === 'no_initiative') throw DomainError.of('initiative_not_found', 'slug');
    if (created === 'email_taken') throw DomainError.of('account_exists', 'email');
    await this.audit.record(actor, 'account_created', { account: created.id, initiative: slug, role });
    return toInitiativeAccount(created, slug);
  }

  async list(slug: string): Promise<InitiativeAccount[]> {
    return (await this.accounts.listForInitiative(slug)).map((a) => toInitiativeAccount(a, slug));
  }

  /**
   * Removes the account's roles on the initiative; an account left with no role anywhere is
   * disabled (its sessions end). 404 when the account holds no role on this initiative.
   */
  async revoke(actor: Actor, slug: string, id: string): Promise<void> {
    const result = UUID_PATTERN.test(id) ? await this.accounts.revokeAll(id, slug) : { revoked: [], disabled: false };
    if (result.revoked.length === 0) throw DomainError.of('account_not_found', 'id');
    await this.audit.record(actor, 'role_revoked', { account: id, initiative: slug, roles: result.revoked, disabled: result.disabled });
  }

  isEmpty(): Promise<boolean> {
    return this.accounts.count().then((n) => n === 0);
  }

  private async onInitiative(id: string, slug: string): Promise<InitiativeAccount> {
    return toInitiativeAccount((await this.accounts.findById(id)) as Account, slug);
  }
}

function toInitiativeAccount(a: Account, slug: string): InitiativeAccount {
  return { id: a.id, email: a.email, roles: a.roles.filter((r) => r.initiative === slug).map((r) => r.role) };
}
