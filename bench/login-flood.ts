/**
 * Signing while anonymous clients flood the login, in one run: each round measures signing alone
 * and signing beside BENCH_LOGIN_LOOPS concurrent login loops (wrk, bench/wrk/login-flood.lua,
 * wrong passwords) of four kinds, in a rotated order:
 *
 * - one client, random e-mails — one machine trying addresses;
 * - one client, the demo organiser's e-mail — one machine guessing one account's password;
 * - many clients, the organiser's e-mail — the same from a random address per request (X-Forwarded-For
 *   through the trusted loopback proxy), as a botnet would: no per-client limit applies;
 * - many clients, random e-mails — the worst case: neither the per-client nor the per-account
 *   count ever applies, only the bound on concurrent password verifications.
 *
 * Signing is the step-3 load (wrk, unique statements, closed loop). During every flood the owner
 * (the demo organiser) tries to sign in every 3 s with the right password from a new address, once
 * with the device cookie of an earlier login and once without. Reported per phase: signing rate,
 * p50 and p99 (median over the rounds, and the change against signing alone in the same round), the
 * login answers by status, the owner's answers, audit entries written, and CPU per process.
 *
 *   npm run bench:login
 *   BENCH_SECONDS=15 BENCH_ROUNDS=3 BENCH_CONNECTIONS=32 BENCH_LOGIN_LOOPS=16 npm run bench:login
 *
 * The API runs from dist/ (the current directory's `dist/api`: run from another checkout's root to
 * measure its build) with CAPTCHA and the signing rate limit off, ECI_TRUST_PROXY=loopback, on a
 * fresh database of BENCH_PG. Needs `wrk`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { formatCpu, measureCpu, type CpuUse } from './cpu';
import { runWrk, signingLoad, withStatements, type LoadResult, type Statements } from './load';
import { machine, startApi } from './signing';

const seconds = Number(process.env.BENCH_SECONDS ?? 15);
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 32);
const loops = Number(process.env.BENCH_LOGIN_LOOPS ?? 16);
const perPhase = 8_000 * seconds;

type Phase = 'alone' | 'oneRandom' | 'oneOrganiser' | 'manyOrganiser' | 'manyRandom';
const PHASES: Phase[] = ['alone', 'oneRandom', 'oneOrganiser', 'manyOrganiser', 'manyRandom'];
const LABEL: Record<Phase, string> = {
  alone: 'signing alone',
  oneRandom: 'flood: one client, random e-mails',
  oneOrganiser: "flood: one client, the organiser's e-mail",
  manyOrganiser: "flood: many clients, the organiser's e-mail",
  manyRandom: 'flood: many clients, random e-mails',
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const percent = (value: number) => `${value >= 0 ? '+' : '−'}${Math.abs(value).toFixed(0)} %`;
const STATUSES = ['s200', 's401', 's423', 's429', 's503', 'sother'] as const;
const statuses = (r: Record<string, number>) =>
  STATUSES.filter((s) => r[s])
    .map((s) => `${s === 'sother' ? 'other' : s.slice(1)}: ${r[s]}`)
    .join(', ');

let probeAddress = 0;
/** The owner's login, from an address not used before. */
async function ownerLogin(url: string, email: string, password: string, device?: string): Promise<{ status: number; ms: number; device?: string }> {
  probeAddress++;
  const started = performance.now();
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': `192.0.2.${probeAddress % 250}`, ...(device ? { cookie: device } : {}) },
    body: JSON.stringify({ email, password }),
  });
  await res.arrayBuffer();
  const cookie = res.headers.getSetCookie().map((c) => c.split(';')[0]).find((c) => c.startsWith('eci_device='));
  return { status: res.status, ms: Math.round(performance.now() - started), device: cookie };
}

async function main(): Promise<void> {
  const api = await startApi('eci_bench_login', { ECI_TRUST_PROXY: 'loopback' });
  const db = new Client({ connectionString: api.databaseUrl });
  await db.connect();
  const log = (line: string) => process.stdout.write(line + '\n');
  const apiPid = api.child.pid as number;
  const group = (pid: number, command: string) =>
    pid === apiPid ? 'API' : command === 'postgres' ? 'PostgreSQL' : command === 'wrk' ? 'wrk (load)' : pid === process.pid ? 'bench driver' : 'other';
  try {
    const accounts = JSON.parse(readFileSync(join(api.dataDir, 'demo-accounts.json'), 'utf8')) as { email: string; password: string; role: string }[];
    const owner = accounts.find((a) => a.role === 'organiser') as { email: string; password: string };
    const first = await ownerLogin(api.url, owner.email, owner.password);
    const device = first.device;
    log(`machine: ${machine()}`);
    log(`signing c=${connections}; ${loops} login loops; ${seconds} s per phase; ${rounds} rounds; owner's first login ${first.status}, device cookie ${device ? 'issued' : 'not issued (this build has none)'}`);

    let offset = 0;
    const freshStatements = <T>(use: (statements: Statements) => Promise<T>) => {
      offset += perPhase;
      return withStatements(offset - perPhase, perPhase, use);
    };
    await freshStatements((s) => signingLoad(api.url, s, 5, connections)); // warm-up

    const floodEnv: Record<Exclude<Phase, 'alone'>, Record<string, string>> = {
      oneRandom: {},
      oneOrganiser: { BENCH_LOGIN_EMAIL: owner.email },
      manyOrganiser: { BENCH_LOGIN_EMAIL: owner.email, BENCH_LOGIN_SPOOF: '1' },
      manyRandom: { BENCH_LOGIN_SPOOF: '1' },
    };
    const signing: Record<Phase, LoadResult[]> = { alone: [], oneRandom: [], oneOrganiser: [], manyOrganiser: [], manyRandom: [] };
    const logins: Partial<Record<Phase, Record<string, number>[]>> = {};
    const ownerAnswers: Partial<Record<Phase, string[]>> = {};
    const audited: Partial<Record<Phase, number[]>> = {};
    const cpuUse: Partial<Record<Phase, CpuUse>> = {};
    const auditRows = async () => Number((await db.query(`SELECT count(*)::int AS n FROM audit_log`)).rows[0].n);

    const runPhase = async (phase: Phase, round: number) => {
      const before = await auditRows();
      const cpuDone = (async () => {
        await sleep(2000);
        const cpu = measureCpu(group);
        await sleep((seconds - 3) * 1000);
        cpuUse[phase] ??= cpu();
      })();
      let flooding = phase !== 'alone';
      const probes = (async () => {
        const answers: string[] = [];
        await sleep(2000);
        while (flooding) {
          const known = await ownerLogin(api.url, owner.email, owner.password, device);
          const unknownDevice = await ownerLogin(api.url, owner.email, owner.password);
          answers.push(`${known.status}/${unknownDevice.status}`);
          await sleep(3000);
        }
        return answers;
      })();
      const [signed, flood] = await freshStatements((s) =>
        Promise.all([signingLoad(api.url, s, seconds, connections), phase === 'alone' ? null : runWrk(api.url, 'login-flood.lua', loops, seconds, floodEnv[phase])]),
      );
      flooding = false;
      const answers = await probes;
      await cpuDone;
      signing[phase][round] = signed;
      const written = (await auditRows()) - before;
      (audited[phase] ??= []).push(written);
      if (flood) (logins[phase] ??= []).push(flood);
      if (phase !== 'alone') (ownerAnswers[phase] ??= []).push(...answers);
      log(
        `round ${round + 1}: ${LABEL[phase]}: signing ${signed.rate.toFixed(0)}/s, p50 ${signed.p50} ms, p99 ${signed.p99} ms` +
          (flood ? `; logins ${(flood.requests / flood.seconds).toFixed(0)}/s (${statuses(flood)}), p50 ${flood.p50} ms` : '') +
          (phase !== 'alone' ? `; owner (known device/new device) ${answers.join(' ')}` : '') +
          `; audit entries +${written}`,
      );
    };
    for (let round = 0; round < rounds; round++) {
      for (let i = 0; i < PHASES.length; i++) await runPhase(PHASES[(round + i) % PHASES.length], round);
    }

    log('');
    log(`medians over ${rounds} rounds (change against signing alone in the same round):`);
    for (const phase of PHASES) {
      const r = signing[phase];
      const change = (pick: (x: LoadResult) => number) => (phase === 'alone' ? '' : ` (${percent(median(r.map((x, i) => (pick(x) / pick(signing.alone[i]) - 1) * 100)))})`);
      const flood = logins[phase];
      const total = flood ? Object.fromEntries(STATUSES.map((s) => [s, flood.reduce((sum, f) => sum + (f[s] ?? 0), 0)])) : undefined;
      log(
        `  ${LABEL[phase]}: signing ${median(r.map((x) => x.rate)).toFixed(0)}/s${change((x) => x.rate)}, p50 ${median(r.map((x) => x.p50))} ms${change((x) => x.p50)}, ` +
          `p99 ${median(r.map((x) => x.p99))} ms${change((x) => x.p99)}` +
          (total ? `; login answers ${statuses(total)}` : '') +
          `; audit entries per phase ${(audited[phase] ?? []).join(', ')}`,
      );
      if (ownerAnswers[phase]) {
        const tally = (which: 0 | 1) => {
          const counts = new Map<string, number>();
          for (const a of ownerAnswers[phase] ?? []) counts.set(a.split('/')[which], (counts.get(a.split('/')[which]) ?? 0) + 1);
          return [...counts].map(([status, n]) => `${status} ×${n}`).join(', ');
        };
        log(`    owner's logins with the device cookie: ${tally(0)}; from a new device: ${tally(1)}`);
      }
    }
    for (const phase of PHASES) if (cpuUse[phase]) log(`CPU, first ${LABEL[phase]} phase (% of one core): ${formatCpu(cpuUse[phase])}`);
    const [{ n: throttleRows }] = (await db.query(`SELECT count(*)::int AS n FROM pg_tables WHERE tablename = 'login_throttle'`)).rows;
    if (throttleRows) log(`login_throttle rows at the end: ${(await db.query(`SELECT count(*)::int AS n FROM login_throttle`)).rows[0].n}`);
  } finally {
    await db.end();
    await api.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
