import { INITIATIVES_REPOSITORY, type InitiativesRepository } from '../../src/initiatives/initiatives.repository';
import { PARTNERS_REPOSITORY, type PartnersRepository } from '../../src/partners/partners.repository';
import { target } from '../harness';
import { describePartnersContract } from './partners.contract';
import { contractApp } from './typeorm-app';

describe(`PartnersRepository contract: TypeORM on ${target}`, () => {
  const app = contractApp();
  describePartnersContract(async () => {
    await app.truncate('initiatives', 'partners');
    return { partners: app.get<PartnersRepository>(PARTNERS_REPOSITORY), initiatives: app.get<InitiativesRepository>(INITIATIVES_REPOSITORY) };
  });
});
