import { describePartnerOriginsContract } from './partner-origins.contract';
import { fakeSigningSide } from './signing-side';

describe('in-memory fake', () => {
  describePartnerOriginsContract(async () => fakeSigningSide());
});
