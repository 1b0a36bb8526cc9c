import { Global, Module } from '@nestjs/common';
import { ACCOUNTS_REPOSITORY } from './accounts.repository';
import { AccountsController } from './accounts.controller';
import { AccountsService } from './accounts.service';
import { TypeOrmAccountsRepository } from './typeorm-accounts.repository';

/** Organiser and auditor accounts and their roles per initiative (signing in is `login/`). */
@Global()
@Module({
  controllers: [AccountsController],
  providers: [AccountsService, { provide: ACCOUNTS_REPOSITORY, useClass: TypeOrmAccountsRepository }],
  exports: [AccountsService, ACCOUNTS_REPOSITORY],
})
export class AccountsModule {}
