/*
 * Benchmark: how long the API's event loop is held while it exports a member state. The built API
 * runs as its own process on a real PostgreSQL with N sealed Polish statements (inserted with SQL);
 * a probe asks `GET /api/health` back to back, first with nothing else running (control), then
 * during `POST /api/initiatives/demo/exports/PL` (key unlock at the cost `npm run keys` uses,
 * decryption, PDF and XML, signing, ZIP). A health answer waits for whatever holds the loop, so
 * its latency is what a signatory's request would wait.
 *
 * From the repository root:
 *   npm run build:api && npx swc bench libs -d dist/bench --config-file .swcrc --copy-files -q \
 *     && node dist/bench/bench/export-event-loop.js [statements=20000]
 * BENCH_PG (default postgres://postgres@127.0.0.1:5432/postgres) names the server.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { decryptKeyFile, defaultKdfCost, encryptKeyFile, sealedPayloadOf, sealStatement } from '../libs/statement-crypto/src';
import type { NormalisedStatement } from '../libs/eci-rules/src';

const admin = process.env.BENCH_PG ?? 'postgres://postgres@127.0.0.1:5432/postgres';

function pesel(n: number): string {
  const body = `${String(50 + (n % 40)).padStart(2, '0')}${String(1 + (n % 12)).padStart(2, '0')}${String(1 + (n % 28)).padStart(2, '0')}${String(n % 10000).padStart(4, '0')}`;
  const weights = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
  const sum = [...body].reduce((acc, c, i) => acc + Number(c) * weights[i], 0);
  return body + String((10 - (sum % 10)) % 10);
}

function summary(latencies: number[]) {
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (q: number) => Number(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))].toFixed(1));
  return { probes: sorted.length, p50: at(0.5), p99: at(0.99), max: Number(sorted[sorted.length - 1].toFixed(1)), over50ms: sorted.filter((x) => x > 50).length, over100ms: sorted.filter((x) => x > 100).length };
}

async function probeWhile(url: string, running: () => boolean): Promise<number[]> {
  const latencies: number[] = [];
  while (running()) {
    const asked = performance.now();
    const res = await fetch(`${url}/api/health`);
    await res.arrayBuffer();
    latencies.push(performance.now() - asked);
  }
  return latencies;
}

async function main(): Promise<void> {
  const count = Number(process.argv[2] ?? 20_000);
  const name = `eci_bench_export_${process.pid}`;
  const client = new Client({ connectionString: admin });
  await client.connect();
  await client.query(`CREATE DATABASE ${name}`);
  const databaseUrl = new URL(admin);
  databaseUrl.pathname = `/${name}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'eci-bench-'));
  const child = spawn(process.execPath, ['dist/api/apps/api/src/main.js'], {
    env: { ...process.env, NODE_ENV: 'test', PORT: '0', HOST: '127.0.0.1', DATABASE_URL: databaseUrl.toString(), ECI_SECRET: randomBytes(32).toString('base64'), ECI_DATA_DIR: dataDir, ECI_CAPTCHA: 'off', ECI_RATE_LIMIT_PER_MINUTE: '0', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    while (!/is running: (http:\/\/[^/\s]+)\//.test(output)) await once(child.stdout as NodeJS.ReadableStream, 'data');
    const url = (/is running: (http:\/\/[^/\s]+)\//.exec(output) as RegExpExecArray)[1];

    const db = new Client({ connectionString: databaseUrl.toString() });
    await db.connect();
    const { rows } = await db.query<{ id: string; registration_number: string; public_key: Buffer; start: string }>(
      `SELECT id, registration_number, public_key, collection_start::text AS start FROM initiatives WHERE slug = 'demo'`,
    );
    const initiative = rows[0];
    for (let from = 0; from < count; from += 1000) {
      const values: string[] = [];
      const params: unknown[] = [];
      for (let i = from; i < Math.min(count, from + 1000); i++) {
        const id = randomUUID();
        const statement: NormalisedStatement = { nationality: 'PL', part: 'B', fullFirstNames: 'Anna Maria', familyNames: `Kowalska-${i}`, signingDate: initiative.start, idDocumentType: 'national.id.number', idDocumentNumber: pesel(i) };
        const payload = sealedPayloadOf(id, { registrationNumber: initiative.registration_number, slug: 'demo' }, initiative.start, { statement, idFormatConfirmed: false });
        const n = params.length;
        values.push(`($${n + 1}::uuid, $${n + 2}::uuid, 'PL', $${n + 3}::date, 'online', $${n + 4}::bytea, $${n + 5}::bytea)`);
        params.push(id, initiative.id, initiative.start, randomBytes(32), Buffer.from(sealStatement(payload, new Uint8Array(initiative.public_key))));
      }
      await db.query(`INSERT INTO signatures (id, initiative_id, nationality, signed_on, channel, identity_hash, ciphertext) VALUES ${values.join(', ')}`, params);
    }
    await db.end();

    const accounts = JSON.parse(readFileSync(join(dataDir, 'demo-accounts.json'), 'utf8')) as { email: string; password: string; role: string }[];
    const auditor = accounts.find((a) => a.role === 'auditor') as { email: string; password: string };
    const login = await fetch(`${url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: auditor.email, password: auditor.password }) });
    const { csrfToken } = (await login.json()) as { csrfToken: string };
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0];
    // The demo key re-encrypted at the highest cost a key file may have (what `npm run keys` makes).
    const keys = decryptKeyFile(readFileSync(join(dataDir, 'demo-organiser-key.json'), 'utf8'), readFileSync(join(dataDir, 'demo-organiser-key.passphrase'), 'utf8').trim());
    const body = JSON.stringify({
      keyFile: encryptKeyFile(keys, 'benchmark passphrase', defaultKdfCost()),
      passphrase: 'benchmark passphrase',
      certificate: readFileSync(join(dataDir, 'demo-certificate.p12')).toString('base64'),
      certificatePassphrase: readFileSync(join(dataDir, 'demo-certificate.passphrase'), 'utf8').trim(),
    });

    const controlUntil = performance.now() + 3000;
    const control = await probeWhile(url, () => performance.now() < controlUntil);

    let exporting = true;
    const started = performance.now();
    const exported = fetch(`${url}/api/initiatives/demo/exports/PL`, { method: 'POST', headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken }, body })
      .then(async (res) => ({ status: res.status, bytes: (await res.arrayBuffer()).byteLength }))
      .finally(() => (exporting = false));
    const during = await probeWhile(url, () => exporting);
    const result = await exported;
    console.log(
      JSON.stringify(
        { statements: count, exportStatus: result.status, zipMB: Number((result.bytes / 1048576).toFixed(1)), exportSeconds: Number(((performance.now() - started) / 1000).toFixed(1)), healthMs: { control: summary(control), duringExport: summary(during) }, node: process.version },
        null,
        2,
      ),
    );
  } finally {
    child.kill('SIGTERM');
    await once(child, 'exit');
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await client.end();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
