import { ACCOUNTS_REPOSITORY, type AccountsRepository } from '../../src/accounts/accounts.repository';
import { AUDIT_LOG_REPOSITORY, type AuditLogRepository } from '../../src/audit/audit-log.repository';
import { INITIATIVES_REPOSITORY, type InitiativesRepository } from '../../src/initiatives/initiatives.repository';
import { target } from '../harness';
import { describeAuditLogContract } from './audit-log.contract';
import { contractApp } from './typeorm-app';

describe(`AuditLogRepository contract: TypeORM on ${target}`, () => {
  const app = contractApp();
  describeAuditLogContract(async () => {
    await app.truncate('audit_log', 'login_failures', 'initiatives', 'accounts');
    return {
      log: app.get<AuditLogRepository>(AUDIT_LOG_REPOSITORY),
      accounts: app.get<AccountsRepository>(ACCOUNTS_REPOSITORY),
      initiatives: app.get<InitiativesRepository>(INITIATIVES_REPOSITORY),
    };
  });
});
