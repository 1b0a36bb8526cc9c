import { describeCountsContract } from './counts.contract';
import { fakeSigningSide } from './fakes-signing-side';

describe('in-memory fake', () => {
  describeCountsContract(async () => fakeSigningSide());
});
