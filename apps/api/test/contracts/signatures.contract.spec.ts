import { describeSignaturesContract } from './signatures.contract';
import { fakeSigningSide } from './signing-side';

describe('in-memory fake', () => {
  describeSignaturesContract(async () => fakeSigningSide());
});
