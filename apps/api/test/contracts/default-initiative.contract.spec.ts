import { describeDefaultInitiativeContract } from './default-initiative.contract';
import { fakeSigningSide } from './signing-side';

describe('in-memory fake', () => {
  describeDefaultInitiativeContract(async () => fakeSigningSide());
});
