/**
 * Counting at campaign scale: what one progress recount costs PostgreSQL when the initiative holds
 * a million statements, counted from the statements (the design before the counter rows) and from
 * the counter rows the triggers keep; and what the triggers add to inserting statements.
 *
 *   npm run bench:counting                 (BENCH_STATEMENTS=1000000, BENCH_PG=postgres://postgres@127.0.0.1:5432/postgres)
 *
 * Runs the API once on a fresh database to apply the migrations, then works in SQL.
 */
import { Client } from 'pg';
import { machine, startApi } from './signing';

const statements = Number(process.env.BENCH_STATEMENTS ?? 1_000_000);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1];

async function timed(db: Client, sql: string, params: unknown[], runs: number): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await db.query(sql, params);
    times.push(performance.now() - start);
  }
  return median(times);
}

/** Inserts `batches` batches of `size` statements, each its own transaction, as the signing path writes them. */
async function insertBatches(db: Client, initiativeId: string, partnerId: string, batches: number, size: number, seed: string): Promise<number> {
  const start = performance.now();
  for (let b = 0; b < batches; b++) {
    await db.query(
      `INSERT INTO signatures (id, initiative_id, nationality, signed_on, channel, partner_id, identity_hash, ciphertext)
       SELECT gen_random_uuid(), $1, (ARRAY['PL','FR','DE','IT','ES','RO','EL','BG'])[1 + g % 8], CURRENT_DATE, 'online',
              CASE WHEN g % 10 = 0 THEN $2::uuid END, sha256(($3::text || $4::int || '-' || g)::bytea), decode(repeat('ab', 477), 'hex')
         FROM generate_series(1, $5::int) g
       ON CONFLICT ON CONSTRAINT signatures_identity_key DO NOTHING`,
      [initiativeId, partnerId, seed, b, size],
    );
  }
  return (performance.now() - start) / (batches * size);
}

async function main(): Promise<void> {
  const api = await startApi('eci_bench_counting');
  await api.stop();
  const db = new Client({ connectionString: api.databaseUrl });
  await db.connect();
  const log = (line: string) => process.stdout.write(line + '\n');
  try {
    log(`machine: ${machine()}`);
    const [{ id: initiativeId }] = (await db.query(`SELECT id FROM initiatives WHERE slug = 'demo'`)).rows as { id: string }[];
    const [{ id: partnerId }] = (
      await db.query(`INSERT INTO partners (initiative_id, slug, name) VALUES ($1, 'bench', 'Bench') RETURNING id`, [initiativeId])
    ).rows as { id: string }[];

    // What the triggers add per statement: signing-sized batches (16), one transaction each, in the same
    // session, alternating which goes first; commits not waiting for the disk, so that the CPU shows.
    await db.query(`SET synchronous_commit = off`);
    const withTriggers: number[] = [];
    const withoutTriggers: number[] = [];
    const measure = async (triggers: boolean, round: number) => {
      if (!triggers) await db.query(`ALTER TABLE signatures DISABLE TRIGGER USER`);
      (triggers ? withTriggers : withoutTriggers).push(await insertBatches(db, initiativeId, partnerId, 1000, 16, `${triggers}-${round}-`));
      if (!triggers) await db.query(`ALTER TABLE signatures ENABLE TRIGGER USER`);
    };
    for (let round = 0; round < 6; round++) {
      await measure(round % 2 === 0, round);
      await measure(round % 2 === 1, round);
    }
    await db.query(`SET synchronous_commit = on`);
    log(
      `insert, batches of 16 statements, one transaction each (synchronous_commit off): ${(median(withTriggers) * 1000).toFixed(1)} µs per statement ` +
        `with the counting triggers, ${(median(withoutTriggers) * 1000).toFixed(1)} µs without (medians of 6 × 16,000 each)`,
    );
    await db.query(`TRUNCATE signatures`);

    const fill = performance.now();
    await db.query(
      `INSERT INTO signatures (id, initiative_id, nationality, signed_on, channel, partner_id, identity_hash, ciphertext)
       SELECT gen_random_uuid(), $1, (ARRAY['BE','BG','CZ','DK','DE','EE','IE','EL','ES','FR','HR','IT','CY','LV','LT','LU','HU','MT','NL','AT','PL','PT','RO','SI','SK','FI','SE'])[1 + g % 27],
              CURRENT_DATE - (g % 300), 'online', CASE WHEN g % 10 = 0 THEN $2::uuid END, sha256(('fill-' || g)::bytea), decode(repeat('ab', 477), 'hex')
         FROM generate_series(1, $3::int) g`,
      [initiativeId, partnerId, statements],
    );
    log(`filled ${statements.toLocaleString('en')} statements in ${((performance.now() - fill) / 1000).toFixed(1)} s`);

    const fromStatements = `SELECT nationality, count(*)::int AS n FROM signatures WHERE initiative_id = $1 GROUP BY nationality`;
    const fromStatementsPartner = `SELECT nationality, count(*)::int AS n FROM signatures WHERE initiative_id = $1 AND partner_id = $2 GROUP BY nationality`;
    const fromCounters = `SELECT nationality, sum(n)::int AS n FROM signature_counts WHERE initiative_id = $1 GROUP BY nationality HAVING sum(n) <> 0`;
    const fromCountersPartner = `SELECT nationality, sum(n)::int AS n FROM signature_counts WHERE initiative_id = $1 AND partner_id = $2 GROUP BY nationality HAVING sum(n) <> 0`;
    const same = JSON.stringify((await db.query(fromStatements + ' ORDER BY 1', [initiativeId])).rows) === JSON.stringify((await db.query(fromCounters + ' ORDER BY 1', [initiativeId])).rows);
    log(`counter rows agree with the statements: ${same}; counter rows: ${(await db.query(`SELECT count(*)::int AS n FROM signature_counts`)).rows[0].n}`);

    // Fresh rows (as during a campaign: the visibility map lags behind the inserts), then vacuumed.
    log(`one recount, median of 5, rows not yet vacuumed:`);
    log(`  from the statements: campaign ${(await timed(db, fromStatements, [initiativeId], 5)).toFixed(1)} ms, partner ${(await timed(db, fromStatementsPartner, [initiativeId, partnerId], 5)).toFixed(1)} ms`);
    log(`  from the counter rows: campaign ${(await timed(db, fromCounters, [initiativeId], 5)).toFixed(2)} ms, partner ${(await timed(db, fromCountersPartner, [initiativeId, partnerId], 5)).toFixed(2)} ms`);
    await db.query(`VACUUM ANALYZE signatures`);
    log(`one recount, median of 5, after VACUUM ANALYZE:`);
    log(`  from the statements: campaign ${(await timed(db, fromStatements, [initiativeId], 5)).toFixed(1)} ms, partner ${(await timed(db, fromStatementsPartner, [initiativeId, partnerId], 5)).toFixed(1)} ms`);
    log(`  from the counter rows: campaign ${(await timed(db, fromCounters, [initiativeId], 5)).toFixed(2)} ms, partner ${(await timed(db, fromCountersPartner, [initiativeId, partnerId], 5)).toFixed(2)} ms`);
  } finally {
    await db.end();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
