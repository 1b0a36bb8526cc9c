import { describeDefaultInitiativeContract } from './default-initiative.contract';
import { fakeSigningSide } from './fakes-signing-side';

describe('in-memory fake', () => {
  describeDefaultInitiativeContract(async () => fakeSigningSide());
});
