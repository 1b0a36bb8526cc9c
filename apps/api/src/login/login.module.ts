import { Global, Module } from '@nestjs/common';
import { SESSION_LOOKUP } from '../access/identity';
import { RolesGuard } from '../access/roles.guard';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { LoginThrottle } from './login-throttle';
import { LOGIN_THROTTLE_REPOSITORY } from './login-throttle.repository';
import { TypeOrmLoginThrottleRepository } from './typeorm-login-throttle.repository';

/**
 * Signing in and out: sessions, CSRF tokens, login throttling (device cookies, the password-hashing
 * gate). It answers the roles guard's `SESSION_LOOKUP`, which every protected route uses.
 */
@Global()
@Module({
  controllers: [AuthController],
  providers: [
    AuthService,
    LoginThrottle,
    RolesGuard,
    { provide: SESSION_LOOKUP, useExisting: AuthService },
    { provide: LOGIN_THROTTLE_REPOSITORY, useClass: TypeOrmLoginThrottleRepository },
  ],
  exports: [AuthService, RolesGuard, SESSION_LOOKUP],
})
export class LoginModule {}
