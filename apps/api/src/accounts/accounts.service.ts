import { Inject, Injectable } from '@nestjs/common';
import { AuditService, type Actor } from '../audit/audit.service';
import { hashPassword } from '../auth/password';
import { ApiError } from '../errors/api-error';
import type { Account, Role } from './account';
import { ACCOUNTS_REPOSITORY, type AccountsRepository } from './accounts.repository';

export interface PublicAccount {
  id: string;
  email: string;
  role: Role;
  disabled: boolean;
  locked: boolean;
}

@Injectable()
export class AccountsService {
  constructor(
    @Inject(ACCOUNTS_REPOSITORY) private readonly accounts: AccountsRepository,
    private readonly audit: AuditService,
  ) {}

  async create(actor: Actor, email: string, password: string, role: Role): Promise<PublicAccount> {
    const account = await this.accounts.create(email.trim(), await hashPassword(password), role);
    if (!account) throw ApiError.conflict('account_exists', 'email');
    await this.audit.record(actor, 'account_created', { account: account.id, role });
    return toPublic(account);
  }

  async list(): Promise<PublicAccount[]> {
    return (await this.accounts.list()).map(toPublic);
  }

  async disable(actor: Actor, id: string): Promise<void> {
    if (!/^[0-9a-f-]{36}$/i.test(id) || !(await this.accounts.disable(id))) throw ApiError.notFound('account_not_found', 'id');
    await this.audit.record(actor, 'account_disabled', { account: id });
  }

  isEmpty(): Promise<boolean> {
    return this.accounts.count().then((n) => n === 0);
  }
}

function toPublic(a: Account): PublicAccount {
  return { id: a.id, email: a.email, role: a.role, disabled: a.disabled, locked: a.lockedUntil !== null && a.lockedUntil > new Date() };
}
