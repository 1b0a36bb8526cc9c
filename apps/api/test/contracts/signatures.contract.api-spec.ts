import { target } from '../harness';
import { describeSignaturesContract } from './signatures.contract';
import { typeOrmSigningSide } from './signing-side.typeorm';

describe(`TypeORM (${target} database)`, () => {
  describeSignaturesContract(typeOrmSigningSide());
});
