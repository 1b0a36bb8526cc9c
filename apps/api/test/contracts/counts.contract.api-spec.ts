import { target } from '../harness';
import { describeCountsContract } from './counts.contract';
import { typeOrmSigningSide } from './signing-side.typeorm';

describe(`TypeORM (${target} database)`, () => {
  describeCountsContract(typeOrmSigningSide());
});
