/**
 * Load from wrk (C, epoll; Debian package "wrk"), driven by the Lua scripts in bench/wrk/.
 * wrk costs about a third of the CPU per request of a Node load generator, which matters when the
 * generator shares two cores with the server it measures.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { statement } from './payloads';
import { REPO_ROOT, requireTool } from './proxy';

const WRK_DIR = join(REPO_ROOT, 'bench/wrk');

export interface LoadResult {
  /** Completed requests (any status). */
  requests: number;
  /** Requests answered 2xx or 3xx. */
  ok: number;
  non2xx: number;
  socketErrors: number;
  seconds: number;
  /** ok per second. */
  rate: number;
  p50: number;
  p99: number;
}

/** Runs wrk with one of the Lua scripts of bench/wrk/ (one thread); extra figures the script reports are kept. */
export function runWrk(url: string, script: string, connections: number, seconds: number, env: Record<string, string>): Promise<LoadResult & Record<string, number>> {
  requireTool('wrk');
  return new Promise((done, fail) => {
    const child = spawn('wrk', ['-t1', `-c${connections}`, `-d${seconds}s`, '--timeout', '10s', '-s', join(WRK_DIR, script), url], {
      env: { ...process.env, BENCH_WRK_DIR: WRK_DIR, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.once('exit', (code) => {
      const line = /^WRK-RESULT (.*)$/m.exec(out)?.[1];
      if (code !== 0 || !line) return fail(new Error(`wrk failed (${code}): ${err}${out}`));
      const raw = JSON.parse(line) as { requests: number; seconds: number; non2xx: number; socketErrors: number; p50: number; p99: number; exhausted?: number } & Record<string, number>;
      if (raw.exhausted) return fail(new Error('wrk ran out of statements; raise the body count'));
      const ok = raw.requests - raw.non2xx;
      done({ ...raw, ok, rate: ok / raw.seconds });
    });
  });
}

/** A file of statements n = offset … offset + count − 1 (unique per n, valid), one JSON body per line. */
export interface Statements {
  file: string;
}

/** Runs `use` with such a file, written before and removed after. */
export async function withStatements<T>(offset: number, count: number, use: (statements: Statements) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'eci-bodies-'));
  try {
    const file = join(dir, 'statements.jsonl');
    const lines: string[] = new Array(count);
    for (let i = 0; i < count; i++) lines[i] = JSON.stringify({ ...statement(offset + i), lang: 'en' });
    writeFileSync(file, lines.join('\n') + '\n');
    return await use({ file });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Closed-loop signing load: `connections` clients, each posting its next statement as soon as the
 * previous one is answered. Each statement is posted once; there must be enough of them.
 */
export function signingLoad(url: string, statements: Statements, seconds: number, connections: number): Promise<LoadResult> {
  return runWrk(url, 'signing.lua', connections, seconds, { BENCH_BODIES: statements.file, BENCH_PATH: '/api/initiatives/demo/signatures' });
}

/** GETs of one URL: at a steady offered rate (requests per second), or as fast as possible. */
export function readLoad(url: string, seconds: number, connections: number, rate?: number): Promise<LoadResult> {
  return rate
    ? runWrk(url, 'steady-reads.lua', connections, seconds, { BENCH_READ_RATE: String(rate) })
    : runWrk(url, 'reads.lua', connections, seconds, {});
}
