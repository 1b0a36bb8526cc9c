import { Global, Module } from '@nestjs/common';
import { AuthController } from '../auth/auth.controller';
import { AuthService } from '../auth/auth.service';
import { LoginThrottle } from '../auth/login-throttle';
import { LOGIN_THROTTLE_REPOSITORY } from '../auth/login-throttle.repository';
import { RolesGuard } from '../auth/roles.guard';
import { TypeOrmLoginThrottleRepository } from '../auth/typeorm-login-throttle.repository';
import { ACCOUNTS_REPOSITORY } from './accounts.repository';
import { AccountsController } from './accounts.controller';
import { AccountsService } from './accounts.service';
import { TypeOrmAccountsRepository } from './typeorm-accounts.repository';

/** Organiser and auditor accounts, their roles per initiative, sessions, login throttling and the guard every protected route uses. */
@Global()
@Module({
  controllers: [AuthController, AccountsController],
  providers: [
    AccountsService,
    AuthService,
    LoginThrottle,
    RolesGuard,
    { provide: ACCOUNTS_REPOSITORY, useClass: TypeOrmAccountsRepository },
    { provide: LOGIN_THROTTLE_REPOSITORY, useClass: TypeOrmLoginThrottleRepository },
  ],
  exports: [AccountsService, AuthService, RolesGuard],
})
export class AccountsModule {}
