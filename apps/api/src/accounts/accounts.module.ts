import { Global, Module } from '@nestjs/common';
import { ACCOUNTS_REPOSITORY } from './accounts.repository';
import { AccountsController } from './accounts.controller';
import { AccountsService } from './accounts.service';
import { Argon2idHasher, PASSWORD_HASHER } from './password';
import { TypeOrmAccountsRepository } from './typeorm-accounts.repository';

/** Organiser and auditor accounts and their roles per initiative (signing in is `login/`). */
@Global()
@Module({
  controllers: [AccountsController],
  providers: [AccountsService, { provide: ACCOUNTS_REPOSITORY, useClass: TypeOrmAccountsRepository }, { provide: PASSWORD_HASHER, useValue: new Argon2idHasher() }],
  exports: [AccountsService, ACCOUNTS_REPOSITORY, PASSWORD_HASHER],
})
export class AccountsModule {}
