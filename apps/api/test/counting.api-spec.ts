import { Client } from 'pg';
import { COUNT_SLOTS } from '../src/platform/database/migrations/1763900400000-count-signatures';
import { french, polish } from './fixtures/statements';
import { cleanUpTestData, startTestApp, target, type TestApp } from './harness';

const ADMIN = 'organiser-credential-for-tests-0123456789';

/** One row per (nationality, partner) with its number of statements, sorted. */
type Tally = { nationality: string; partner: string | null; n: number }[];

describe(`counter rows kept by PostgreSQL (${target} database)`, () => {
  let t: TestApp;

  /** What the counter rows say, summed over slots. */
  const counted = () =>
    t.sql<Tally[number]>(
      `SELECT c.nationality, p.slug AS partner, sum(c.n)::int AS n FROM signature_counts c LEFT JOIN partners p ON p.id = c.partner_id
        GROUP BY 1, 2 HAVING sum(c.n) <> 0 ORDER BY 1, 2`,
    );
  /** The same, counted from the statements themselves. */
  const actual = () =>
    t.sql<Tally[number]>(
      `SELECT s.nationality, p.slug AS partner, count(*)::int AS n FROM signatures s LEFT JOIN partners p ON p.id = s.partner_id
        GROUP BY 1, 2 ORDER BY 1, 2`,
    );
  /** Adds `n` statements of a nationality by plain SQL (as a paper import would); returns the writing backend's slot. */
  const insertRows = async (run: (text: string, params: unknown[]) => Promise<unknown[]>, nationality: string, n: number, seed: string) => {
    const rows = (await run(
      `WITH added AS (
         INSERT INTO signatures (id, initiative_id, nationality, signed_on, channel, identity_hash, ciphertext)
         SELECT gen_random_uuid(), i.id, $1::text, CURRENT_DATE, 'paper', sha256(($3::text || g)::bytea), '\\x00'::bytea
           FROM initiatives i, generate_series(1, $2::int) g WHERE i.slug = 'demo'
         RETURNING id)
       SELECT pg_backend_pid() % ${COUNT_SLOTS} AS slot FROM added LIMIT 1`,
      [nationality, n, seed],
    )) as { slot: number }[];
    return rows[0].slot;
  };
  const viaApp = (text: string, params: unknown[]) => t.sql(text, params);

  beforeAll(async () => {
    t = await startTestApp({ env: { ECI_ADMIN_TOKEN: ADMIN } });
    await t.http.post('/api/initiatives/demo/partners').set({ authorization: `Bearer ${ADMIN}` }).send({ name: 'EDRi', slug: 'edri' }).expect(201);
  });
  afterAll(async () => {
    await t?.close();
    await cleanUpTestData();
  });

  it('counts each committed statement once, per nationality and partner, and nothing that was refused', async () => {
    for (let i = 0; i < 3; i++) await t.http.post('/api/initiatives/demo/signatures').send(polish(i)).expect(201);
    await t.http.post('/api/initiatives/demo/signatures').send(french(1, { partner: 'edri' })).expect(201);
    await t.http.post('/api/initiatives/demo/signatures').send(french(2, { partner: 'unknown-partner' })).expect(201);
    await t.http.post('/api/initiatives/demo/signatures').send(polish(1)).expect(409); // already signed
    await t.http.post('/api/initiatives/demo/signatures').send(polish(9, { idDocumentNumber: '123' })).expect(422);
    expect(await counted()).toEqual([
      { nationality: 'FR', partner: 'edri', n: 1 },
      { nationality: 'FR', partner: null, n: 1 },
      { nationality: 'PL', partner: null, n: 3 },
    ]);
    expect(await counted()).toEqual(await actual());
  });

  it('stays equal to the statements under concurrent signing with duplicates in flight', async () => {
    const bodies = [
      ...Array.from({ length: 40 }, (_, i) => polish(100 + i, i % 3 === 0 ? { partner: 'edri' } : {})),
      ...Array.from({ length: 20 }, (_, i) => french(100 + i)),
      ...Array.from({ length: 15 }, (_, i) => polish(100 + i)), // the same people again, at the same time
    ];
    const statuses = await Promise.all(bodies.map((b) => t.http.post('/api/initiatives/demo/signatures').send(b).then((r) => r.status)));
    expect(statuses.filter((s) => s === 201)).toHaveLength(60);
    expect(statuses.filter((s) => s === 409)).toHaveLength(15);
    expect(await counted()).toEqual(await actual());
    const total = (await counted()).reduce((sum, row) => sum + row.n, 0);
    expect(total).toBe(5 + 60);
  });

  it('follows statements added, moved and removed by any path, and a truncation', async () => {
    await insertRows(viaApp, 'MT', 25, 'paper-');
    await t.sql(`DELETE FROM signatures WHERE id IN (SELECT id FROM signatures WHERE nationality = 'PL' LIMIT 4)`);
    await t.sql(`UPDATE signatures SET partner_id = (SELECT id FROM partners WHERE slug = 'edri') WHERE nationality = 'MT' AND id IN (SELECT id FROM signatures WHERE nationality = 'MT' LIMIT 5)`);
    const now = await counted();
    expect(now).toEqual(await actual());
    expect(now).toEqual(expect.arrayContaining([{ nationality: 'MT', partner: 'edri', n: 5 }, { nationality: 'MT', partner: null, n: 20 }]));

    const progress = (await t.http.get('/api/initiatives/demo/progress').expect(200)).body;
    expect(progress.total).toBe(now.reduce((sum, row) => sum + row.n, 0));

    await t.sql(`TRUNCATE signatures`);
    expect(await counted()).toEqual([]);
    await insertRows(viaApp, 'LU', 2, 'after-truncate-');
    expect(await counted()).toEqual([{ nationality: 'LU', partner: null, n: 2 }]);
  });

  it('writes to the slot of the writing connection, so signing never meets one shared counter row', async () => {
    const slot = await insertRows(viaApp, 'EE', 3, 'slot-');
    expect(await t.sql(`SELECT slot, n::int FROM signature_counts WHERE nationality = 'EE'`)).toEqual([{ slot, n: 3 }]);
  });

  if (target === 'postgres') {
    it('lets two connections add statements of the same country at once without waiting for each other', async () => {
      const clients: Client[] = [];
      const open = async () => {
        const client = new Client({ connectionString: t.env.DATABASE_URL });
        await client.connect();
        clients.push(client);
        const [{ slot }] = (await client.query(`SELECT pg_backend_pid() % ${COUNT_SLOTS} AS slot`)).rows as { slot: number }[];
        return { client, slot };
      };
      try {
        const first = await open();
        let second = await open();
        while (second.slot === first.slot) second = await open();
        const before = (await counted()).find((r) => r.nationality === 'SI')?.n ?? 0;

        await first.client.query('BEGIN');
        await insertRows((q, p) => first.client.query(q, p).then((r) => r.rows), 'SI', 1, 'first-');
        // The first transaction holds its counter row; the second must not wait for it.
        await second.client.query(`SET statement_timeout = '3s'`);
        await insertRows((q, p) => second.client.query(q, p).then((r) => r.rows), 'SI', 1, 'second-');
        await first.client.query('COMMIT');

        expect((await counted()).find((r) => r.nationality === 'SI')?.n).toBe(before + 2);
        expect(await counted()).toEqual(await actual());
      } finally {
        await Promise.all(clients.map((c) => c.end()));
      }
    });
  }
});
