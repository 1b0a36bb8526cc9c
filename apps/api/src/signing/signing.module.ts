import { Module } from '@nestjs/common';
import { ThrottlerModule } from '@nestjs/throttler';
import type { AppConfig } from '../platform/config/app-config';
import { APP_CONFIG } from '../platform/config/config.tokens';
import { CaptchaModule } from './proof-of-work/captcha.module';
import { InitiativesModule } from '../initiatives/initiatives.module';
import { PARTNER_LOOKUP, SIGNATURES_REPOSITORY } from './signatures.repository';
import { SigningController } from './signing.controller';
import { SigningService } from './signing.service';
import { SigningFormService } from './signing-form.service';
import { StatementSealer } from './statement-sealer';
import { SigningThrottlerGuard } from './signing-throttler.guard';
import { TypeOrmSignaturesRepository } from './typeorm-signatures.repository';

@Module({
  imports: [
    InitiativesModule,
    CaptchaModule,
    ThrottlerModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({ throttlers: [{ ttl: 60_000, limit: config.rateLimitPerMinute }] }),
    }),
  ],
  controllers: [SigningController],
  providers: [
    SigningService,
    SigningFormService,
    StatementSealer,
    SigningThrottlerGuard,
    TypeOrmSignaturesRepository,
    { provide: SIGNATURES_REPOSITORY, useExisting: TypeOrmSignaturesRepository },
    { provide: PARTNER_LOOKUP, useExisting: TypeOrmSignaturesRepository },
  ],
})
export class SigningModule {}
