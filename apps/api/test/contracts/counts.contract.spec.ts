import { describeCountsContract } from './counts.contract';
import { fakeSigningSide } from './signing-side';

describe('in-memory fake', () => {
  describeCountsContract(async () => fakeSigningSide());
});
