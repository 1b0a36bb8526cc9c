import { InMemoryAccountsRepository } from '../fakes/accounts.fake';
import { InMemoryAuditLogRepository } from '../fakes/audit-log.fake';
import { InMemoryInitiativesRepository } from '../fakes/initiatives.fake';
import { describeAuditLogContract } from './audit-log.contract';

describe('AuditLogRepository contract: in-memory fake', () => {
  describeAuditLogContract(async () => {
    const initiatives = new InMemoryInitiativesRepository();
    const accounts = new InMemoryAccountsRepository(initiatives);
    return { log: new InMemoryAuditLogRepository(accounts), accounts, initiatives };
  });
});
