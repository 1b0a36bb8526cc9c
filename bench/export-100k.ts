/*
 * Benchmark: the certified export of 100,000 statements of support for one Member State
 * (generated Polish part-B statements with valid PESEL numbers, produced on the fly by an async
 * generator, as a database cursor would deliver them). Measures wall time and peak memory.
 *
 * From the repository root (no jest, no ts-node):
 *   npx swc bench libs/statement-exports libs/eci-rules libs/statement-crypto -d dist/bench --config-file .swcrc --copy-files -q \
 *     && /usr/bin/time -v node dist/bench/bench/export-100k.js [count]
 *
 * Targets: under 60 s and under 300 MB RSS on a 2-core machine.
 */
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { exportMemberState, makeSelfSignedCertificate } from '../libs/statement-exports/src';
import { CREATED_AT, INITIATIVE } from '../libs/statement-exports/test/fixtures';
import { generatedCounts, generatePolishStatements } from '../libs/statement-exports/test/sample-data';

const MB = 1024 * 1024;

async function main(): Promise<void> {
  const count = Number(process.argv[2] ?? 100_000);
  const certificate = makeSelfSignedCertificate({ commonName: 'Benchmark organisers', passphrase: 'bench' });
  const dir = mkdtempSync(join(tmpdir(), 'eci-bench-'));
  const zipPath = join(dir, 'statements-PL.zip');

  let peakRss = process.memoryUsage().rss;
  let peakHeap = process.memoryUsage().heapUsed;
  const sampler = setInterval(() => {
    const usage = process.memoryUsage();
    peakRss = Math.max(peakRss, usage.rss);
    peakHeap = Math.max(peakHeap, usage.heapUsed);
  }, 50);

  const startRss = process.memoryUsage().rss;
  const started = performance.now();
  try {
    const declared = generatedCounts(count);
    const result = await exportMemberState({
      initiative: INITIATIVE,
      country: 'PL',
      counts: { ...declared, totalAllMemberStates: count + 250_000 },
      statements: generatePolishStatements(count),
      certificate: { p12: certificate.p12, passphrase: certificate.passphrase },
      createdAt: CREATED_AT,
      workDir: dir,
      output: createWriteStream(zipPath),
    });
    const seconds = (performance.now() - started) / 1000;
    clearInterval(sampler);
    const files = Object.fromEntries(result.manifest.files.map((file) => [file.name, `${(file.bytes / MB).toFixed(1)} MB`]));
    console.log(
      JSON.stringify(
        {
          statements: result.manifest.counts.total,
          seconds: Number(seconds.toFixed(1)),
          statementsPerSecond: Math.round(count / seconds),
          peakRssMB: Math.round(peakRss / MB),
          maxRssMB: Math.round((process.resourceUsage().maxRSS * 1024) / MB),
          rssAtStartMB: Math.round(startRss / MB),
          peakHeapUsedMB: Math.round(peakHeap / MB),
          pdfPages: result.pdf.pages,
          files,
          zipMB: Number((statSync(zipPath).size / MB).toFixed(1)),
          node: process.version,
        },
        null,
        2,
      ),
    );
  } finally {
    clearInterval(sampler);
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
