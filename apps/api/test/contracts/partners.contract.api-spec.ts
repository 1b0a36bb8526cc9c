import { INITIATIVES_REPOSITORY, type InitiativesRepository } from '../../src/initiatives/initiatives.repository';
import { PARTNERS_REPOSITORY, type PartnersRepository } from '../../src/partners/partners.repository';
import { cleanUpTestData, startTestApp, target, type TestApp } from '../harness';
import { describePartnersContract } from './partners.contract';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
});

afterAll(async () => {
  await app?.close();
  await cleanUpTestData();
});

describe(`PartnersRepository contract: TypeORM on ${target}`, () => {
  describePartnersContract(async () => {
    await app.sql('TRUNCATE initiatives, partners CASCADE');
    return {
      partners: app.running.app.get<symbol, PartnersRepository>(PARTNERS_REPOSITORY),
      initiatives: app.running.app.get<symbol, InitiativesRepository>(INITIATIVES_REPOSITORY),
    };
  });
});
