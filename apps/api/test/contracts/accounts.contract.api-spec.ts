import { ACCOUNTS_REPOSITORY, type AccountsRepository } from '../../src/accounts/accounts.repository';
import { INITIATIVES_REPOSITORY, type InitiativesRepository } from '../../src/initiatives/initiatives.repository';
import { cleanUpTestData, startTestApp, target, type TestApp } from '../harness';
import { describeAccountsContract } from './accounts.contract';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
});

afterAll(async () => {
  await app?.close();
  await cleanUpTestData();
});

describe(`AccountsRepository contract: TypeORM on ${target}`, () => {
  describeAccountsContract(async () => {
    await app.sql('TRUNCATE initiatives, accounts CASCADE');
    return {
      accounts: app.running.app.get<symbol, AccountsRepository>(ACCOUNTS_REPOSITORY),
      initiatives: app.running.app.get<symbol, InitiativesRepository>(INITIATIVES_REPOSITORY),
    };
  });
});
