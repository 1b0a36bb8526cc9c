import { cleanUpTestData, startTestApp, type TestApp } from '../harness';

/** The real repositories of one app, for a contract's cases. */
export interface ContractApp {
  /** The TypeORM repository the app provides under `token`. */
  get<T>(token: symbol): T;
  /** Empties tables (and what references them) before a case. */
  truncate(...tables: string[]): Promise<void>;
  /** SQL on the app's database, to seed what no repository of the contract can create. */
  sql: TestApp['sql'];
}

/**
 * Starts one app for a contract's test file, on the database the jest project targets (embedded or
 * PostgreSQL), and stops it after; call at the top of the file or of a describe block.
 */
export function contractApp(): ContractApp {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app?.close();
    await cleanUpTestData();
  });
  return {
    get: <T>(token: symbol) => app.running.app.get<symbol, T>(token),
    truncate: async (...tables) => {
      await app.sql(`TRUNCATE ${tables.join(', ')} CASCADE`);
    },
    sql: (text, params) => app.sql(text, params),
  };
}
