import { ACCOUNTS_REPOSITORY, type AccountsRepository } from '../../src/accounts/accounts.repository';
import { INITIATIVES_REPOSITORY, type InitiativesRepository } from '../../src/initiatives/initiatives.repository';
import { target } from '../harness';
import { describeAccountsContract } from './accounts.contract';
import { contractApp } from './typeorm-app';

describe(`AccountsRepository contract: TypeORM on ${target}`, () => {
  const app = contractApp();
  describeAccountsContract(async () => {
    await app.truncate('initiatives', 'accounts');
    return { accounts: app.get<AccountsRepository>(ACCOUNTS_REPOSITORY), initiatives: app.get<InitiativesRepository>(INITIATIVES_REPOSITORY) };
  });
});
