import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MIGRATIONS } from './migrations';

/** How the schema is brought up to date at start (the test template, apps/api/test/setup/embedded-template.ts, migrates the same way). */
export const MIGRATION_OPTIONS = { migrations: MIGRATIONS, migrationsTransactionMode: 'each' } as const;

export interface DatabaseOptions {
  url: string;
  /** Pool size: 1 for the embedded database (its socket server shares one session). */
  poolSize: number;
}

/** TypeORM on PostgreSQL (real or embedded), schema from migrations run at startup, never `synchronize`. */
@Module({})
export class DatabaseModule {
  static forRoot(options: DatabaseOptions): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRoot({
          type: 'postgres',
          url: options.url,
          // Each feature registers its own entities (TypeOrmModule.forFeature); the database knows none.
          autoLoadEntities: true,
          ...MIGRATION_OPTIONS,
          migrationsRun: true,
          synchronize: false,
          logging: false,
          extra: { max: options.poolSize, connectionTimeoutMillis: 3000 },
        }),
      ],
    };
  }
}
