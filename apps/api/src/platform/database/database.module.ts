import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MIGRATIONS } from './migrations';

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
          migrations: MIGRATIONS,
          migrationsRun: true,
          migrationsTransactionMode: 'each',
          synchronize: false,
          logging: false,
          extra: { max: options.poolSize, connectionTimeoutMillis: 3000 },
        }),
      ],
    };
  }
}
