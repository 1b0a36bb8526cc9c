import { InMemoryInitiativesRepository } from '../fakes/initiatives.fake';
import { InMemoryPartnersRepository } from '../fakes/partners.fake';
import { describePartnersContract } from './partners.contract';

describe('PartnersRepository contract: in-memory fake', () => {
  describePartnersContract(async () => ({ partners: new InMemoryPartnersRepository(), initiatives: new InMemoryInitiativesRepository() }));
});
