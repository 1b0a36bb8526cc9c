import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { InitiativeEntity } from '../initiatives/initiative.entity';
import { MIGRATIONS } from './migrations';

export interface DatabaseOptions {
  url: string;
  /** Pool size: 1 for the embedded database (its socket server shares one session). */
  poolSize: number;
}

export const ENTITIES = [InitiativeEntity];

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
          entities: ENTITIES,
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
