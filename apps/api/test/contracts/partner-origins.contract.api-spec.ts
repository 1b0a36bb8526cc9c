import { target } from '../harness';
import { describePartnerOriginsContract } from './partner-origins.contract';
import { typeOrmSigningSide } from './fakes-typeorm-side';

describe(`TypeORM (${target} database)`, () => {
  describePartnerOriginsContract(typeOrmSigningSide());
});
