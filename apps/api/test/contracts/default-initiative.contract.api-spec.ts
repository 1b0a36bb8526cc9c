import { target } from '../harness';
import { describeDefaultInitiativeContract } from './default-initiative.contract';
import { typeOrmSigningSide } from './fakes-typeorm-side';

describe(`TypeORM (${target} database)`, () => {
  describeDefaultInitiativeContract(typeOrmSigningSide());
});
