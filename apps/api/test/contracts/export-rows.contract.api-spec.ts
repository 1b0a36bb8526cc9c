import { target } from '../harness';
import { describeExportRowsContract } from './export-rows.contract';
import { typeOrmSigningSide } from './fakes-typeorm-side';

describe(`TypeORM (${target} database)`, () => {
  describeExportRowsContract(typeOrmSigningSide());
});
