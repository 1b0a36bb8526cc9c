import { target } from '../harness';
import { describeDefaultInitiativeContract } from './default-initiative.contract';
import { typeOrmSigningSide } from './signing-side.typeorm';

describe(`TypeORM (${target} database)`, () => {
  describeDefaultInitiativeContract(typeOrmSigningSide());
});
