import { target } from '../harness';
import { describeInitiativesContract } from './initiatives.contract';
import { typeOrmSigningSide } from './fakes-typeorm-side';

describe(`TypeORM (${target} database)`, () => {
  describeInitiativesContract(typeOrmSigningSide());
});
