import { LOGIN_THROTTLE_REPOSITORY, type LoginThrottleRepository } from '../../src/login/login-throttle.repository';
import { target } from '../harness';
import { describeLoginThrottleContract } from './login-throttle.contract';
import { contractApp } from './typeorm-app';

describe(`LoginThrottleRepository contract: TypeORM on ${target}`, () => {
  const app = contractApp();
  describeLoginThrottleContract(async () => {
    await app.truncate('login_throttle');
    return app.get<LoginThrottleRepository>(LOGIN_THROTTLE_REPOSITORY);
  });
});
