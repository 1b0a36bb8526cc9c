import { describeInitiativesContract } from './initiatives.contract';
import { fakeSigningSide } from './signing-side';

describe('in-memory fake', () => {
  describeInitiativesContract(async () => fakeSigningSide());
});
