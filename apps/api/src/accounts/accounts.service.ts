import { Inject, Injectable } from '@nestjs/common';
import { UUID_PATTERN, type InitiativeAccount } from '@eci/api-contract';
import type { Actor } from '../access/identity';
import { AuditService } from '../audit/audit.service';
import { PASSWORD_HASHER, type PasswordHasher } from './password';
import { DomainError } from '../platform/errors/domain-error';
import type { Role } from './account';
import { ACCOUNTS_REPOSITORY, type AccountsRepository } from './accounts.repository';

export type { InitiativeAccount } from '@eci/api-contract';

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
      return (await this.accounts.findOnInitiative(existing.id, slug)) as InitiativeAccount;
    }
    if (password === undefined) throw new DomainError([{ field: 'password', code: 'required' }]);
    const created = await this.accounts.createWithRole(email.trim(), await this.hasher.hash(password), slug, role);
    if (created === 'no_initiative') throw DomainError.of('initiative_not_found', 'slug');
    if (created === 'email_taken') throw DomainError.of('account_exists', 'email');
    await this.audit.record(actor, 'account_created', { account: created.id, initiative: slug, role });
    return (await this.accounts.findOnInitiative(created.id, slug)) as InitiativeAccount;
  }

  list(slug: string): Promise<InitiativeAccount[]> {
    return this.accounts.listForInitiative(slug);
  }

  /**
   * An organiser sets a new password for an account of the initiative; the account's sessions end.
   * 404 when the account holds no role on this initiative; 409 `account_on_other_initiative` when
   * it also holds roles on an initiative the actor does not organise (an organiser of one initiative
   * must not take over an account of another).
   */
  async resetPassword(actor: Actor, slug: string, id: string, password: string): Promise<InitiativeAccount> {
    const member = await this.member(slug, id);
    const others = (await this.accounts.initiativesOf(member.id)).filter((s) => s !== slug);
    if (others.length > 0 && !(await this.organisesAll(actor, others))) throw DomainError.of('account_on_other_initiative', 'id');
    await this.accounts.setPassword(member.id, await this.hasher.hash(password));
    await this.audit.record(actor, 'password_reset', { account: member.id, initiative: slug });
    return member;
  }

  /**
   * Disables the account on the initiative (its roles there stay listed but grant nothing; an
   * account disabled on every initiative it belongs to cannot sign in), or enables it again.
   * Disabling ends the account's sessions. 404 when it holds no role on this initiative; 409
   * `cannot_disable_self` for the actor's own account.
   */
  async setDisabled(actor: Actor, slug: string, id: string, disabled: boolean): Promise<InitiativeAccount> {
    const member = await this.member(slug, id);
    if (disabled && actor === `account:${member.id}`) throw DomainError.of('cannot_disable_self', 'id');
    if (!(await this.accounts.setDisabledOn(member.id, slug, disabled))) throw DomainError.of('account_not_found', 'id');
    await this.audit.record(actor, disabled ? 'account_disabled' : 'account_enabled', { account: member.id, initiative: slug, roles: member.roles });
    return (await this.accounts.findOnInitiative(member.id, slug)) ?? member;
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

  private async member(slug: string, id: string): Promise<InitiativeAccount> {
    const member = UUID_PATTERN.test(id) ? await this.accounts.findOnInitiative(id, slug) : null;
    if (!member) throw DomainError.of('account_not_found', 'id');
    return member;
  }

  /** The installation's credential organises every initiative; an account, those it holds `organiser` on (enabled). */
  private async organisesAll(actor: Actor, slugs: string[]): Promise<boolean> {
    if (actor === 'organiser-token' || actor === 'command') return true;
    if (!actor.startsWith('account:')) return false;
    const account = await this.accounts.findById(actor.slice('account:'.length));
    return account !== null && slugs.every((s) => account.roles.some((r) => r.initiative === s && r.role === 'organiser'));
  }
}
