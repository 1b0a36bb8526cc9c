import { target } from '../harness';
import { describeCountsContract } from './counts.contract';
import { typeOrmSigningSide } from './fakes-typeorm-side';

describe(`TypeORM (${target} database)`, () => {
  describeCountsContract(typeOrmSigningSide());
});
