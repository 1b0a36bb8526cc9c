import { describeInitiativesContract } from './initiatives.contract';
import { fakeSigningSide } from './fakes-signing-side';

describe('in-memory fake', () => {
  describeInitiativesContract(async () => fakeSigningSide());
});
