import { ACCOUNTS_REPOSITORY, type AccountsRepository } from '../../src/accounts/accounts.repository';
import { AUDIT_LOG_REPOSITORY, type AuditLogRepository } from '../../src/audit/audit-log.repository';
import { INITIATIVES_REPOSITORY, type InitiativesRepository } from '../../src/initiatives/initiatives.repository';
import { cleanUpTestData, startTestApp, target, type TestApp } from '../harness';
import { describeAuditLogContract } from './audit-log.contract';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
});

afterAll(async () => {
  await app?.close();
  await cleanUpTestData();
});

describe(`AuditLogRepository contract: TypeORM on ${target}`, () => {
  describeAuditLogContract(async () => {
    await app.sql('TRUNCATE audit_log, login_failures, initiatives, accounts CASCADE');
    const get = <T>(token: symbol) => app.running.app.get<symbol, T>(token);
    return { log: get<AuditLogRepository>(AUDIT_LOG_REPOSITORY), accounts: get<AccountsRepository>(ACCOUNTS_REPOSITORY), initiatives: get<InitiativesRepository>(INITIATIVES_REPOSITORY) };
  });
});
