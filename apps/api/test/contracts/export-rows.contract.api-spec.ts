import { target } from '../harness';
import { describeExportRowsContract } from './export-rows.contract';
import { typeOrmSigningSide } from './signing-side.typeorm';

describe(`TypeORM (${target} database)`, () => {
  describeExportRowsContract(typeOrmSigningSide());
});
