import { DynamicModule, Global, Module } from '@nestjs/common';
import type { AppConfig } from './platform/config/app-config';
import { CLOCK, type Clock } from './platform/clock/clock';
import { DatabaseModule } from './platform/database/database.module';
import { HealthModule } from './platform/health/health.module';
import { AuditModule } from './audit/audit.module';
import { AccountsModule } from './accounts/accounts.module';
import { LoginModule } from './login/login.module';
import { ErrorsModule } from './platform/errors/error-translate';
import { InitiativesModule } from './initiatives/initiatives.module';
import { APP_CONFIG } from './platform/config/config.tokens';
import { SERVER_SECRET } from './platform/keys/keys.tokens';
import { DATABASE_POOL_SIZE } from './platform/database/database.tokens';
import { SigningModule } from './signing/signing.module';
import { I18nModule } from './platform/i18n/i18n.module';
import { PagesModule } from './pages/pages.module';
import { PartnersModule } from './partners/partners.module';
import { ProgressModule } from './progress/progress.module';
import { ExportsModule } from './exports/exports.module';

export interface AppModuleOptions {
  config: AppConfig;
  databaseUrl: string;
  databasePoolSize: number;
  clock: Clock;
  serverSecret: Uint8Array;
}

@Global()
@Module({})
class CoreModule {
  static forRoot(options: AppModuleOptions): DynamicModule {
    return {
      module: CoreModule,
      providers: [
        { provide: APP_CONFIG, useValue: options.config },
        { provide: CLOCK, useValue: options.clock },
        { provide: SERVER_SECRET, useValue: options.serverSecret },
        { provide: DATABASE_POOL_SIZE, useValue: options.databasePoolSize },
      ],
      exports: [APP_CONFIG, CLOCK, SERVER_SECRET, DATABASE_POOL_SIZE],
    };
  }
}

@Module({})
export class AppModule {
  static forRoot(options: AppModuleOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CoreModule.forRoot(options),
        I18nModule,
        ErrorsModule,
        DatabaseModule.forRoot({ url: options.databaseUrl, poolSize: options.databasePoolSize }),
        AuditModule,
        AccountsModule,
        LoginModule,
        HealthModule,
        InitiativesModule,
        SigningModule,
        PartnersModule,
        ProgressModule,
        ExportsModule,
        PagesModule,
      ],
    };
  }
}
