/**
 * Progress reads while signing runs, in the production topology: the API process behind the
 * shipped front (HAProxy with its progress cache, docker/haproxy/haproxy.cfg), one PostgreSQL,
 * signing and reads both through the front. Each round measures, in a rotated order, signing alone;
 * signing with progress reads offered at a steady BENCH_READ_RATE through the front; and, as a
 * control, signing with the same reads sent to a static server beside it (HAProxy returning the same
 * bytes, no cache, no API): what any server answering that many requests costs this machine. Each
 * round's signing rates are compared with its own "alone" phase, and the medians are reported.
 * BENCH_API_NICE (default 0) runs the API at another scheduling priority, e.g. -10 for the CPU
 * priority docs/operations.md suggests on a shared host (needs root or CAP_SYS_NICE).
 *
 *   npm run bench:progress
 *   BENCH_SECONDS=20 BENCH_ROUNDS=3 BENCH_CONNECTIONS=32 BENCH_READ_RATE=10500 BENCH_READ_CONNECTIONS=128 BENCH_API_NICE=0 npm run bench:progress
 *
 * Needs `wrk` and `haproxy` (Debian packages of the same names).
 */
import { readFileSync } from 'node:fs';
import { formatCpu, measureCpu, type CpuUse } from './cpu';
import { readLoad, signingLoad, withStatements, type LoadResult, type Statements } from './load';
import { startProxy, startStaticServer } from './proxy';
import { machine, startApi } from './signing';

const seconds = Number(process.env.BENCH_SECONDS ?? 20);
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 32);
const readRate = Number(process.env.BENCH_READ_RATE ?? 10_500);
const readConnections = Number(process.env.BENCH_READ_CONNECTIONS ?? 128);
const apiNice = Number(process.env.BENCH_API_NICE ?? 0);
/** Statements written per signing phase: more than the fastest signing rate can use. */
const perPhase = 8_000 * seconds;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const perSecond = (r: LoadResult) => `${r.rate.toFixed(0)}/s (p50 ${r.p50} ms, p99 ${r.p99} ms${r.non2xx + r.socketErrors ? `, ${r.non2xx} non-2xx, ${r.socketErrors} socket errors` : ''})`;

async function main(): Promise<void> {
  const api = await startApi('eci_bench_progress', { ECI_TRUST_PROXY: 'loopback' }, apiNice);
  const proxy = await startProxy(api.url).catch(async (error: unknown) => {
    await api.stop();
    throw error;
  });
  const progressUrl = (base: string) => `${base}/api/initiatives/demo/progress`;
  // The control: the same progress answer, byte for byte, from a server that is not on the signing path.
  const body = await (await fetch(progressUrl(api.url))).text();
  const control = await startStaticServer(body).catch(async (error: unknown) => {
    await proxy.stop();
    await api.stop();
    throw error;
  });
  const apiPid = api.child.pid as number;
  const group = (pid: number, command: string) =>
    pid === apiPid ? 'API' : pid === proxy.pid ? 'HAProxy' : pid === control.pid ? 'static server' : command === 'postgres' ? 'PostgreSQL' : command === 'wrk' ? 'wrk (load)' : pid === process.pid ? 'bench driver' : 'other';
  let offset = 0;
  /** Each phase posts statements no other phase posted. */
  const freshStatements = <T>(use: (statements: Statements) => Promise<T>) => {
    offset += perPhase;
    return withStatements(offset - perPhase, perPhase, use);
  };
  const log = (line: string) => process.stdout.write(line + '\n');
  log(`machine: ${machine()}`);
  const niceness = readFileSync(`/proc/${apiPid}/stat`, 'utf8').split(') ')[1].split(' ')[16];
  log(`signing c=${connections}; reads offered at ${readRate}/s over ${readConnections} connections; ${seconds} s per phase; API niceness ${niceness}`);
  try {
    await freshStatements((s) => signingLoad(proxy.url, s, 5, connections)); // warm-up
    await readLoad(progressUrl(proxy.url), 2, readConnections);

    /** CPU use from 2 s into a phase until 1 s before its end (while the load generators run). */
    const duringPhase = async (keep: (use: CpuUse) => void) => {
      await sleep(2000);
      const cpu = measureCpu(group);
      await sleep((seconds - 3) * 1000);
      keep(cpu());
    };
    type Phase = 'alone' | 'reads' | 'control';
    const label: Record<Phase, string> = {
      alone: 'signing alone',
      reads: 'signing with progress reads through the front',
      control: 'signing with the same reads to a static server (control)',
    };
    const signing: Record<Phase, LoadResult[]> = { alone: [], reads: [], control: [] };
    const reads: Record<'reads' | 'control', LoadResult[]> = { reads: [], control: [] };
    const cpuUse: Partial<Record<Phase, CpuUse>> = {};
    const runPhase = async (phase: Phase, round: number) => {
      const readUrl = phase === 'reads' ? progressUrl(proxy.url) : phase === 'control' ? progressUrl(control.url) : null;
      const [signed, read] = await freshStatements(async (s) => {
        const cpu = duringPhase((use) => (cpuUse[phase] ??= use));
        const both = await Promise.all([signingLoad(proxy.url, s, seconds, connections), readUrl ? readLoad(readUrl, seconds, readConnections, readRate) : null]);
        await cpu;
        return both;
      });
      signing[phase][round] = signed;
      if (read && phase !== 'alone') reads[phase][round] = read;
      log(`round ${round + 1}: ${label[phase]} ${perSecond(signed)}${read ? `; reads ${perSecond(read)}` : ''}`);
    };
    const phases: Phase[] = ['alone', 'reads', 'control'];
    for (let round = 0; round < rounds; round++) {
      // Each round runs the three phases in a rotated order, so that drift over the run falls on each alike.
      for (let i = 0; i < phases.length; i++) await runPhase(phases[(round + i) % phases.length], round);
    }
    const readsAlone = await readLoad(progressUrl(proxy.url), 10, readConnections);
    const readsDirect = await readLoad(progressUrl(api.url), 10, readConnections);

    const rate = (phase: Phase) => median(signing[phase].map((r) => r.rate));
    const change = (phase: 'reads' | 'control') => signing[phase].map((r, i) => (r.rate / signing.alone[i].rate - 1) * 100);
    const percent = (value: number) => `${value >= 0 ? '+' : '−'}${Math.abs(value).toFixed(1)} %`;
    log(`signing alone, median of ${rounds}: ${rate('alone').toFixed(0)}/s`);
    for (const phase of ['reads', 'control'] as const) {
      log(
        `${label[phase]}, median of ${rounds}: ${rate(phase).toFixed(0)}/s (${percent((rate(phase) / rate('alone') - 1) * 100)}); ` +
          `change against signing alone in the same round: ${change(phase).map(percent).join(', ')}; median ${percent(median(change(phase)))}`,
      );
      log(`  reads: median ${median(reads[phase].map((r) => r.rate)).toFixed(0)}/s (offered ${readRate}/s); worst p99 ${Math.max(...reads[phase].map((r) => r.p99))} ms`);
    }
    log(`progress reads alone, as fast as possible: through the front ${perSecond(readsAlone)}; straight to the API ${perSecond(readsDirect)}`);
    for (const phase of phases) if (cpuUse[phase]) log(`CPU, first phase of ${label[phase]} (% of one core): ${formatCpu(cpuUse[phase])}`);
  } finally {
    await control.stop();
    await proxy.stop();
    await api.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
