import { LOGIN_THROTTLE_REPOSITORY, type LoginThrottleRepository } from '../../src/login/login-throttle.repository';
import { cleanUpTestData, startTestApp, target, type TestApp } from '../harness';
import { describeLoginThrottleContract } from './login-throttle.contract';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
});

afterAll(async () => {
  await app?.close();
  await cleanUpTestData();
});

describe(`LoginThrottleRepository contract: TypeORM on ${target}`, () => {
  describeLoginThrottleContract(async () => {
    await app.sql('TRUNCATE login_throttle');
    return app.running.app.get<symbol, LoginThrottleRepository>(LOGIN_THROTTLE_REPOSITORY);
  });
});
