import { target } from '../harness';
import { describeInitiativesContract } from './initiatives.contract';
import { typeOrmSigningSide } from './signing-side.typeorm';

describe(`TypeORM (${target} database)`, () => {
  describeInitiativesContract(typeOrmSigningSide());
});
