import { DataDirectoryLockedError } from '../src/platform/database/embedded-postgres';
import { createApp } from '../src/bootstrap';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SERVER_SECRET_FILE } from '../src/platform/keys/server-secret';
import { cleanUpTestData, startTestApp, target, type TestApp } from './harness';
import { TEMPLATE_ENV } from './setup/embedded-template';

// Restart persistence and the data-directory lock concern the embedded database only; on a real
// server the same file checks that a restart neither re-runs migrations nor re-creates the demo.
describe(`restart (${target} database)`, () => {
  afterAll(cleanUpTestData);

  it('keeps every row across a restart, without re-running migrations or re-creating the demo', async () => {
    const first = await startTestApp({ emptyDataDir: true });
    if (target === 'embedded') await expectTemplateLikeFirstStart(first);
    await first.sql(
      `INSERT INTO initiatives (slug, registration_number, registration_date, title, subject, objectives, organisers, register_url, collection_start, collection_end)
       VALUES ('second', 'ECI(2024)000007', '2024-03-01', '{"en":"Second"}', '{"en":"s"}', '{"en":"o"}', '[]', 'https://example.org', '2024-06-01', '2025-05-31')`,
    );
    const before = await first.sql<{ slug: string; id: string }>('SELECT slug, id FROM initiatives ORDER BY slug');
    const migrationsBefore = await first.sql('SELECT * FROM migrations');
    await first.close();

    const second = await startTestApp({ reuse: first });
    try {
      const after = await second.sql<{ slug: string; id: string }>('SELECT slug, id FROM initiatives ORDER BY slug');
      expect(after).toEqual(before);
      expect(await second.sql('SELECT * FROM migrations')).toEqual(migrationsBefore);
      const res = await second.http.get('/api/initiatives/second').expect(200);
      expect(res.body.thresholdTable).toBe('705');
      // What the embedded database wrote was tightened when it stopped: nothing to warn about.
      expect(second.logs.filter((line) => line.includes('readable by others'))).toEqual([]);
    } finally {
      await second.close();
    }
    // A real first start (initdb and every migration on the embedded database) and two more starts:
    // minutes, not seconds, when the two cores are shared with other runs.
  }, 180_000);

  if (target === 'embedded') {
    it('refuses to open a data directory another instance holds, naming the directory', async () => {
      const first = await startTestApp();
      try {
        await expect(createApp({ env: first.env })).rejects.toThrow(DataDirectoryLockedError);
        await expect(createApp({ env: first.env })).rejects.toThrow(first.env.ECI_DATA_DIR);
      } finally {
        await first.close();
      }
    });
  }
});

/**
 * Every other embedded test app starts on a copy of the run's migrated template (harness.ts): it
 * must hold what a first start on an empty data dir makes, and nothing of another app's.
 */
async function expectTemplateLikeFirstStart(first: TestApp): Promise<void> {
  expect(process.env[TEMPLATE_ENV]).toBeTruthy(); // the embedded projects' globalSetup made one
  const copy = await startTestApp();
  try {
    expect(copy.env.ECI_DATA_DIR).not.toBe(first.env.ECI_DATA_DIR);
    const [fromFirst, fromCopy] = await Promise.all([describeDatabase(first), describeDatabase(copy)]);
    expect(fromFirst.migrations.length).toBeGreaterThan(0);
    expect(fromCopy).toEqual(fromFirst);
    // Each app's server secret is its own (the template holds the database only).
    expect(readFileSync(join(copy.env.ECI_DATA_DIR, SERVER_SECRET_FILE))).not.toEqual(readFileSync(join(first.env.ECI_DATA_DIR, SERVER_SECRET_FILE)));
    expect(copy.logs.some((line) => line.includes('readable by others'))).toBe(false);
  } finally {
    await copy.close();
  }
}

/** What migrations and the first start leave in a database: tables, indexes, constraints, triggers, functions, applied migrations, and how many rows each table holds. */
async function describeDatabase(app: TestApp): Promise<Record<string, unknown[]>> {
  const tables = await app.sql<{ name: string }>(`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1`);
  const rows: unknown[] = [];
  for (const { name } of tables) rows.push({ name, rows: (await app.sql<{ n: string }>(`SELECT count(*) AS n FROM "${name}"`))[0].n });
  return {
    columns: await app.sql(
      `SELECT table_name, column_name, data_type, is_nullable, column_default FROM information_schema.columns WHERE table_schema = 'public' ORDER BY 1, 2`,
    ),
    indexes: await app.sql(`SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY 1`),
    constraints: await app.sql(
      `SELECT conrelid::regclass::text AS on_table, conname, pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE connamespace = 'public'::regnamespace ORDER BY 1, 2`,
    ),
    triggers: await app.sql(`SELECT tgname, tgrelid::regclass::text AS on_table, pg_get_triggerdef(oid) AS def FROM pg_trigger WHERE NOT tgisinternal ORDER BY 1, 2`),
    functions: await app.sql(`SELECT proname, pg_get_functiondef(oid) AS def FROM pg_proc WHERE pronamespace = 'public'::regnamespace ORDER BY 1, 2`),
    migrations: await app.sql('SELECT id, timestamp, name FROM migrations ORDER BY id'),
    rows,
  };
}
