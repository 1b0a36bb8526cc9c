import { InMemoryAccountsRepository } from '../fakes/accounts.fake';
import { InMemoryInitiativesRepository } from '../fakes/initiatives.fake';
import { describeAccountsContract } from './accounts.contract';

describe('AccountsRepository contract: in-memory fake', () => {
  describeAccountsContract(async () => {
    const initiatives = new InMemoryInitiativesRepository();
    return { accounts: new InMemoryAccountsRepository(initiatives), initiatives };
  });
});
