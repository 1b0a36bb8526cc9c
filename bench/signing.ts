/**
 * Signing throughput against a real PostgreSQL, beside raw pgbench inserts of a row of the same
 * size measured in the same run.
 *
 *   npm run bench:signing            (defaults: 32 connections, 20 s, postgres://postgres@127.0.0.1:5432/postgres)
 *   BENCH_SECONDS=30 BENCH_CONNECTIONS=32 BENCH_PG=postgres://... npm run bench:signing
 *
 * The API runs as its own process from dist/ with CAPTCHA and rate limit off; load comes from wrk
 * (bench/load.ts); all share the machine with PostgreSQL.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { signingLoad, withStatements } from './load';

const seconds = Number(process.env.BENCH_SECONDS ?? 20);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 32);
const admin = process.env.BENCH_PG ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface ApiProcess {
  url: string;
  child: ChildProcess;
  databaseUrl: string;
  /** ECI_DATA_DIR of the process (demo key files and accounts). */
  dataDir: string;
  stop(): Promise<void>;
}

/**
 * Creates a fresh database and starts the built API on it; `nice` sets its scheduling priority
 * (negative: ahead of the other processes; needs root or CAP_SYS_NICE).
 */
export async function startApi(name: string, env: Record<string, string> = {}, nice = 0): Promise<ApiProcess> {
  const client = new Client({ connectionString: admin });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  const url = new URL(admin);
  url.pathname = `/${name}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'eci-bench-'));
  const port = 20000 + Math.floor(Math.random() * 20000);
  const command = nice ? ['nice', '-n', String(nice), process.execPath] : [process.execPath];
  const child = spawn(command[0], [...command.slice(1), 'dist/api/apps/api/src/main.js'], {
    env: {
      ...process.env,
      NODE_ENV: 'test',
      PORT: String(port),
      DATABASE_URL: url.toString(),
      ECI_SECRET: randomBytes(32).toString('base64'),
      ECI_DATA_DIR: dataDir,
      ECI_CAPTCHA: 'off',
      ECI_RATE_LIMIT_PER_MINUTE: '0',
      LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('is running')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`API exited with ${code}`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    child,
    databaseUrl: url.toString(),
    dataDir,
    async stop() {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** pgbench: single-row INSERT transactions of a row shaped and sized like a statement. */
export function pgbenchInserts(databaseUrl: string, ciphertextBytes: number, duration = seconds, c = connections): number {
  const dir = mkdtempSync(join(tmpdir(), 'eci-pgbench-'));
  const script = join(dir, 'insert.sql');
  writeFileSync(
    script,
    `INSERT INTO bench_rows (id, initiative_id, nationality, signed_on, channel, id_format_confirmed, identity_hash, ciphertext)
     VALUES (gen_random_uuid(), '00000000-0000-4000-8000-000000000000', 'PL', CURRENT_DATE, 'online', false,
             sha256(gen_random_uuid()::text::bytea), decode(repeat('ab', ${ciphertextBytes}), 'hex'));\n`,
  );
  const setup = spawnSync('psql', [databaseUrl, '-q', '-c', `DROP TABLE IF EXISTS bench_rows; CREATE TABLE bench_rows (LIKE signatures INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING INDEXES)`], { encoding: 'utf8' });
  if (setup.status !== 0) throw new Error(setup.stderr);
  const run = spawnSync('pgbench', ['-n', '-c', String(c), '-j', '2', '-T', String(duration), '-f', script, databaseUrl], { encoding: 'utf8' });
  rmSync(dir, { recursive: true, force: true });
  const tps = /tps = ([0-9.]+)/.exec(run.stdout)?.[1];
  if (!tps) throw new Error(`pgbench failed: ${run.stderr}`);
  return Number(tps);
}

export function machine(): string {
  const cpu = cpus();
  return `${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM, Node ${process.version}`;
}

async function main(): Promise<void> {
  const api = await startApi('eci_bench_signing');
  try {
    await withStatements(10_000_000, 30_000, (s) => signingLoad(api.url, s, 3, connections)); // warm-up
    const result = await withStatements(0, 8_000 * seconds, (s) => signingLoad(api.url, s, seconds, connections));
    const db = new Client({ connectionString: api.databaseUrl });
    await db.connect();
    const [{ avg }] = (await db.query(`SELECT avg(octet_length(ciphertext))::int AS avg FROM signatures`)).rows;
    const [{ n }] = (await db.query(`SELECT count(*)::int AS n FROM signatures`)).rows;
    await db.end();
    const pg = pgbenchInserts(api.databaseUrl, avg);
    const lines = [
      `machine: ${machine()}`,
      `signing: ${result.ok} accepted in ${result.seconds.toFixed(1)} s = ${result.rate.toFixed(0)}/s; non-2xx ${result.non2xx}; socket errors ${result.socketErrors}; ` +
        `latency p50 ${result.p50} ms, p99 ${result.p99} ms (c=${connections}); rows in table ${n}; avg ciphertext ${avg} B`,
      `pgbench single-row inserts (same row shape and size, c=${connections}): ${pg.toFixed(0)}/s`,
      `ratio signing / raw inserts: ${(result.rate / pg).toFixed(2)}`,
    ];
    process.stdout.write(lines.join('\n') + '\n');
  } finally {
    await api.stop();
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
