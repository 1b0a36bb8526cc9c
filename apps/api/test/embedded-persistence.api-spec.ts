import { DataDirectoryLockedError } from '../src/platform/database/embedded-postgres';
import { createApp } from '../src/bootstrap';
import { cleanUpTestData, startTestApp, target } from './harness';

// Restart persistence and the data-directory lock concern the embedded database only; on a real
// server the same file checks that a restart neither re-runs migrations nor re-creates the demo.
describe(`restart (${target} database)`, () => {
  afterAll(cleanUpTestData);

  it('keeps every row across a restart, without re-running migrations or re-creating the demo', async () => {
    const first = await startTestApp();
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
    } finally {
      await second.close();
    }
  });

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
