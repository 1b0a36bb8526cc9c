import { target } from '../harness';
import { describeSignaturesContract } from './signatures.contract';
import { typeOrmSigningSide } from './fakes-typeorm-side';

describe(`TypeORM (${target} database)`, () => {
  describeSignaturesContract(typeOrmSigningSide());
});
