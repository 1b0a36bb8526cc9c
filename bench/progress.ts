/**
 * Progress reads while signing runs, in the production topology: the API process behind the
 * shipped front (HAProxy with its progress cache, docker/haproxy/haproxy.cfg), one PostgreSQL,
 * signing and reads both through the front. Each round measures signing alone and signing with
 * reads offered at a steady BENCH_READ_RATE (alternating which comes first); the medians are compared.
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
import { startProxy } from './proxy';
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
  const apiPid = api.child.pid as number;
  const group = (pid: number, command: string) =>
    pid === apiPid ? 'API' : pid === proxy.pid ? 'HAProxy' : command === 'postgres' ? 'PostgreSQL' : command === 'wrk' ? 'wrk (load)' : pid === process.pid ? 'bench driver' : 'other';
  const progressUrl = (base: string) => `${base}/api/initiatives/demo/progress`;
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
    const alone: LoadResult[] = [];
    const withReads: LoadResult[] = [];
    const reads: LoadResult[] = [];
    let cpuAlone: CpuUse | undefined;
    let cpuWith: CpuUse | undefined;
    const signAlone = async (round: number) => {
      const result = await freshStatements(async (s) => {
        const cpu = duringPhase((use) => (cpuAlone ??= use));
        const r = await signingLoad(proxy.url, s, seconds, connections);
        await cpu;
        return r;
      });
      alone.push(result);
      log(`round ${round}: signing alone ${perSecond(result)}`);
    };
    const signWithReads = async (round: number) => {
      const [signing, read] = await freshStatements(async (s) => {
        const cpu = duringPhase((use) => (cpuWith ??= use));
        const both = await Promise.all([signingLoad(proxy.url, s, seconds, connections), readLoad(progressUrl(proxy.url), seconds, readConnections, readRate)]);
        await cpu;
        return both;
      });
      withReads.push(signing);
      reads.push(read);
      log(`round ${round}: signing with reads ${perSecond(signing)}; reads ${perSecond(read)}`);
    };
    for (let round = 1; round <= rounds; round++) {
      if (round % 2) {
        await signAlone(round);
        await signWithReads(round);
      } else {
        await signWithReads(round);
        await signAlone(round);
      }
    }
    const readsAlone = await readLoad(progressUrl(proxy.url), 10, readConnections);
    const readsDirect = await readLoad(progressUrl(api.url), 10, readConnections);

    const signingAlone = median(alone.map((r) => r.rate));
    const signingWith = median(withReads.map((r) => r.rate));
    log(`signing alone, median of ${rounds}: ${signingAlone.toFixed(0)}/s`);
    log(`signing with reads, median of ${rounds}: ${signingWith.toFixed(0)}/s — ${((1 - signingWith / signingAlone) * 100).toFixed(1)} % slower`);
    log(`progress reads during signing, median of ${rounds}: ${median(reads.map((r) => r.rate)).toFixed(0)}/s (offered ${readRate}/s); worst p99 ${Math.max(...reads.map((r) => r.p99))} ms`);
    log(`progress reads alone, as fast as possible: through the front ${perSecond(readsAlone)}; straight to the API ${perSecond(readsDirect)}`);
    if (cpuAlone) log(`CPU, first signing-alone phase (% of one core): ${formatCpu(cpuAlone)}`);
    if (cpuWith) log(`CPU, first signing-with-reads phase (% of one core): ${formatCpu(cpuWith)}`);
  } finally {
    await proxy.stop();
    await api.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
