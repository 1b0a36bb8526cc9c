import { target } from '../harness';
import { describePartnerOriginsContract } from './partner-origins.contract';
import { typeOrmSigningSide } from './signing-side.typeorm';

describe(`TypeORM (${target} database)`, () => {
  describePartnerOriginsContract(typeOrmSigningSide());
});
