import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { secureDataDirectory } from '../../src/platform/config/data-directory';
import { EmbeddedPostgres } from '../../src/platform/database/embedded-postgres';
import { MIGRATION_OPTIONS } from '../../src/platform/database/database.module';

/*
 * One migrated embedded database per jest run. A first start on an empty data dir runs PGlite's
 * initdb and every migration: about 7 s of a 2-core machine's CPU, for every test app. The
 * embedded projects' globalSetup does it once, here, and names the result in TEMPLATE_ENV; the
 * harness (apps/api/test/harness.ts) gives each fresh test app a copy of its `pgdata`. Only the
 * database is copied: the server secret, the demo's keys and the lock are each app's own, made
 * by its start as on a first start. The app still checks its migrations on the copy (none are
 * pending) and creates the demo (the template holds none). Tests of a real first start ask the
 * harness for an empty data dir (`emptyDataDir`); embedded-persistence compares the two.
 */
export const TEMPLATE_ENV = 'ECI_TEST_EMBEDDED_TEMPLATE';

/** Migrates a new data dir in the run's directory the way the app does at start (DatabaseModule: each migration in its own transaction). */
export async function prepareEmbeddedTemplate(runDir: string): Promise<void> {
  if (process.env[TEMPLATE_ENV] && existsSync(join(process.env[TEMPLATE_ENV], 'pgdata'))) return; // another project of this run made it
  const dir = join(runDir, 'embedded-template');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { mode: 0o700 });
  const embedded = await EmbeddedPostgres.start(dir);
  try {
    const dataSource = new DataSource({ type: 'postgres', url: embedded.url, ...MIGRATION_OPTIONS, extra: { max: 1 } });
    await dataSource.initialize();
    try {
      await dataSource.runMigrations({ transaction: MIGRATION_OPTIONS.migrationsTransactionMode });
    } finally {
      await dataSource.destroy();
    }
  } finally {
    await embedded.stop();
  }
  rmSync(join(dir, 'run'), { recursive: true, force: true });
  // The app tightens its data dir at start and warns about what it tightened; a copy must not make it warn.
  secureDataDirectory(dir);
  process.env[TEMPLATE_ENV] = dir;
}

/** The template's copy for a new data dir, or false when this run has no template (the data dir stays empty). */
export function copyEmbeddedTemplate(dataDir: string): boolean {
  const template = process.env[TEMPLATE_ENV];
  if (!template) return false;
  cpSync(join(template, 'pgdata'), join(dataDir, 'pgdata'), { recursive: true });
  return true;
}
