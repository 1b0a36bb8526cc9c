import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApp, type RunningApp } from '../src/bootstrap';
import type { Clock } from '../src/platform/clock/clock';
import { copyDemoCertificate } from './setup/demo-certificate';
import { copyEmbeddedTemplate } from './setup/embedded-template';

/**
 * Starts the whole API for a test file, on the database this jest project targets:
 * `embedded` (PGlite in a fresh temporary data dir) or `postgres` (a fresh database created on
 * TEST_DATABASE_URL's server and dropped afterwards), so runs never see each other's data.
 * A fresh data dir holds a copy of the run's demo certificate (setup/demo-certificate.ts) and, on
 * the embedded database, of the run's migrated database (setup/embedded-template.ts), unless the
 * test asks for an empty one.
 */
export type Target = 'embedded' | 'postgres';

export const target: Target = process.env.ECI_TEST_DB === 'postgres' ? 'postgres' : 'embedded';
export const adminUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface TestApp {
  running: RunningApp;
  http: ReturnType<typeof request>;
  /** Runs SQL on the app's database (through the app's own pool). */
  sql<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  /** Every JSON log line the app wrote. */
  logs: string[];
  /** The environment the app was started with (to restart it on the same data). */
  env: Record<string, string>;
  /** Makes the database unreachable, as if its server stopped. */
  stopDatabase(): Promise<void>;
  close(): Promise<void>;
}

export interface TestAppOptions {
  env?: Record<string, string>;
  clock?: Clock;
  /** Reuse an existing embedded data dir or database (for restart tests). */
  reuse?: Pick<TestApp, 'env'>;
  /** On real PostgreSQL: reach the database through this link, which the test can break. */
  link?: { through(url: string): string };
  /**
   * Start on an empty data dir, as a real first start does: on the embedded database PGlite's initdb
   * and every migration rather than a copy of the run's migrated template (about 6 s of CPU); on both,
   * the demo's certificate made by this start rather than the run's (about 1.3 s).
   */
  emptyDataDir?: boolean;
}

const cleanups: (() => Promise<void>)[] = [];

export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const env: Record<string, string> = options.reuse
    ? { ...options.reuse.env }
    : { NODE_ENV: 'test', ECI_CAPTCHA: 'off', ECI_RATE_LIMIT_PER_MINUTE: '0', LOG_LEVEL: 'info', ...(await freshDatabase(options)), ...options.env };
  if (options.link && env.DATABASE_URL) env.DATABASE_URL = options.link.through(env.DATABASE_URL);
  const logs: string[] = [];
  const sink = new Writable({
    write(chunk, _encoding, callback) {
      logs.push(...String(chunk).split('\n').filter(Boolean));
      callback();
    },
  });
  const running = await createApp({ env, clock: options.clock, logDestination: sink });
  await running.app.getHttpAdapter().getInstance().ready();
  const dataSource = running.app.get(DataSource);
  return {
    running,
    http: request(running.app.getHttpServer()),
    sql: (text, params) => dataSource.query(text, params),
    logs,
    env,
    async stopDatabase() {
      if (running.embedded) await running.embedded.stop();
      else await dropDatabase(env.DATABASE_URL);
    },
    close: () => running.close(),
  };
}

async function freshDatabase(options: TestAppOptions): Promise<Record<string, string>> {
  const dir = mkdtempSync(join(tmpdir(), 'eci-test-'));
  cleanups.push(async () => rmSync(dir, { recursive: true, force: true }));
  // What a run makes once (setup/): only into the data dirs made here; one the test names itself is used as it is.
  const prepared = !options.emptyDataDir && !options.env?.ECI_DATA_DIR;
  if (prepared) copyDemoCertificate(dir);
  if (target === 'embedded') {
    if (prepared) copyEmbeddedTemplate(dir);
    return { ECI_DATA_DIR: dir };
  }
  const name = `eci_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: adminUrl, connectionTimeoutMillis: 5000 });
  try {
    await admin.connect();
  } catch (error) {
    throw new Error(
      `The real-PostgreSQL API tests need a server at TEST_DATABASE_URL (${adminUrl}): ${(error as Error).message}. ` +
        'Start PostgreSQL or set TEST_DATABASE_URL.',
    );
  }
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  cleanups.push(() => dropDatabase(url.toString()));
  return { DATABASE_URL: url.toString(), ECI_SECRET: randomBytes(32).toString('base64'), ECI_DATA_DIR: dir };
}

async function dropDatabase(databaseUrl: string): Promise<void> {
  const name = new URL(databaseUrl).pathname.slice(1);
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}

/** Removes every database and data dir this test file created. Call from `afterAll`. */
export async function cleanUpTestData(): Promise<void> {
  while (cleanups.length > 0) await (cleanups.pop() as () => Promise<void>)();
}
