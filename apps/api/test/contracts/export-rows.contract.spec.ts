import { describeExportRowsContract } from './export-rows.contract';
import { fakeSigningSide } from './signing-side';

describe('in-memory fake', () => {
  describeExportRowsContract(async () => fakeSigningSide());
});
