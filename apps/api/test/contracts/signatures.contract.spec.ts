import { describeSignaturesContract } from './signatures.contract';
import { fakeSigningSide } from './fakes-signing-side';

describe('in-memory fake', () => {
  describeSignaturesContract(async () => fakeSigningSide());
});
