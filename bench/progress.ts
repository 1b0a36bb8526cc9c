/**
 * Progress reads while signing runs, and the signing rate beside the signing rate without reads,
 * all in one run on one API process and one PostgreSQL.
 *
 *   npm run bench:progress     (BENCH_SECONDS, BENCH_CONNECTIONS, BENCH_READ_CONNECTIONS, BENCH_PG as in bench:signing)
 */
import autocannon from 'autocannon';
import { machine, signingLoad, startApi } from './signing';

const seconds = Number(process.env.BENCH_SECONDS ?? 20);
const readConnections = Number(process.env.BENCH_READ_CONNECTIONS ?? 32);

function readLoad(url: string): Promise<autocannon.Result> {
  return autocannon({ url: `${url}/api/initiatives/demo/progress`, connections: readConnections, duration: seconds });
}

async function main(): Promise<void> {
  const api = await startApi('eci_bench_progress');
  try {
    await signingLoad(api.url, 50_000_000, 3); // warm-up
    const alone = await signingLoad(api.url, 0);
    const [signing, reads] = await Promise.all([signingLoad(api.url, 10_000_000), readLoad(api.url)]);
    const readsAlone = await readLoad(api.url);
    const rate = (r: autocannon.Result) => r['2xx'] / r.duration;
    const lines = [
      `machine: ${machine()}`,
      `signing alone: ${rate(alone).toFixed(0)}/s (p50 ${alone.latency.p50} ms, p99 ${alone.latency.p99} ms)`,
      `signing with reads: ${rate(signing).toFixed(0)}/s (p50 ${signing.latency.p50} ms, p99 ${signing.latency.p99} ms) — ${((1 - rate(signing) / rate(alone)) * 100).toFixed(1)} % slower`,
      `progress reads during signing: ${rate(reads).toFixed(0)}/s (p50 ${reads.latency.p50} ms, p99 ${reads.latency.p99} ms, non-2xx ${reads.non2xx})`,
      `progress reads alone: ${rate(readsAlone).toFixed(0)}/s`,
    ];
    process.stdout.write(lines.join('\n') + '\n');
  } finally {
    await api.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
