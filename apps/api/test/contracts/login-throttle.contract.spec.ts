import { InMemoryLoginThrottleRepository } from '../fakes/login-throttle.fake';
import { describeLoginThrottleContract } from './login-throttle.contract';

describe('LoginThrottleRepository contract: in-memory fake', () => {
  describeLoginThrottleContract(async () => new InMemoryLoginThrottleRepository());
});
