import { Global, Module } from '@nestjs/common';
import { AuthController } from '../auth/auth.controller';
import { AuthService } from '../auth/auth.service';
import { RolesGuard } from '../auth/roles.guard';
import { ACCOUNTS_REPOSITORY } from './accounts.repository';
import { AccountsController } from './accounts.controller';
import { AccountsService } from './accounts.service';
import { TypeOrmAccountsRepository } from './typeorm-accounts.repository';

/** Organiser and auditor accounts, sessions and the guard every protected route uses. */
@Global()
@Module({
  controllers: [AuthController, AccountsController],
  providers: [AccountsService, AuthService, RolesGuard, { provide: ACCOUNTS_REPOSITORY, useClass: TypeOrmAccountsRepository }],
  exports: [AccountsService, AuthService, RolesGuard],
})
export class AccountsModule {}
