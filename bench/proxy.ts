/**
 * Runs the production front (docker/haproxy/haproxy.cfg, unchanged but for its listening address
 * and the addresses of the API processes) in front of API processes on this machine, and a static
 * HAProxy as the benchmarks' control. Used by `npm run bench:progress`, by the API test that checks
 * what the front caches and what it passes through, and by the test of two API processes behind it.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

/** The repository's root, from bench/ or from its build in dist/bench/bench/. */
export const REPO_ROOT = existsSync(resolve(__dirname, '../docker')) ? resolve(__dirname, '..') : resolve(__dirname, '../../..');
export const PROXY_CONFIG = join(REPO_ROOT, 'docker/haproxy/haproxy.cfg');
/** The HAProxy to run: Debian's by default, another build with ECI_HAPROXY=/path/to/haproxy. */
const HAPROXY = process.env.ECI_HAPROXY ?? 'haproxy';

export interface RunningProxy {
  url: string;
  port: number;
  /** The HAProxy process id (to measure its CPU time). */
  pid: number;
  /** Everything HAProxy wrote to its standard output and error. */
  output(): string;
  stop(): Promise<void>;
}

/** Fails with what to install when a benchmark or test tool is missing. */
export function requireTool(command: string, debianPackage = command): void {
  const found = spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' });
  if (found.status !== 0) throw new Error(`${command} is not installed: apt-get install ${debianPackage}`);
}

export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * The shipped configuration with its listening address and the addresses of its API processes
 * replaced, nothing else: one URL for every `server` line, or one URL per line.
 */
export function proxyConfig(apiUrls: string | string[], port: number): string {
  const urls = typeof apiUrls === 'string' ? [apiUrls] : apiUrls;
  const text = readFileSync(PROXY_CONFIG, 'utf8');
  const servers = [...text.matchAll(/^\s*server (api\d+) \1:3000\b/gm)].length;
  if (urls.length !== 1 && urls.length !== servers) throw new Error(`${PROXY_CONFIG} has ${servers} server lines; give one URL or ${servers}`);
  let index = 0;
  const rendered = text
    .replace(/^(\s*)bind :8080$/m, `$1bind 127.0.0.1:${port}`)
    .replace(/^(\s*server (api\d+)) \2:3000\b/gm, (_line, start: string) => {
      const api = new URL(urls[urls.length === 1 ? 0 : index++]);
      return `${start} ${api.hostname}:${api.port}`;
    });
  const original = text.split('\n');
  if (servers < 1 || rendered.split('\n').filter((line, i) => line !== original[i]).length !== 1 + servers) {
    throw new Error(`${PROXY_CONFIG}: expected one "bind :8080" line and "server apiN apiN:3000" lines`);
  }
  return rendered;
}

/** The shipped front in front of API processes on this machine (see proxyConfig). */
export async function startProxy(apiUrls: string | string[]): Promise<RunningProxy> {
  return runHaproxy((port, dir) => {
    // The error files, read beside the configuration ("default-path config").
    cpSync(join(dirname(PROXY_CONFIG), 'errors'), join(dir, 'errors'), { recursive: true });
    return proxyConfig(apiUrls, port);
  });
}

/**
 * A control for benchmarks: HAProxy answering every request with the same fixed response, no
 * cache, no API behind it. What any HTTP server costs the machine at a given request rate.
 */
export function startStaticServer(body: string, contentType = 'application/json'): Promise<RunningProxy> {
  return runHaproxy((port, dir) => {
    const file = join(dir, 'body');
    writeFileSync(file, body);
    return `defaults
  mode http
  timeout client 30s
  timeout connect 5s
  timeout server 30s
frontend static
  bind 127.0.0.1:${port}
  http-request return status 200 content-type ${contentType} file ${file} hdr cache-control "public, max-age=5"
`;
  });
}

async function runHaproxy(config: (port: number, dir: string) => string): Promise<RunningProxy> {
  requireTool(HAPROXY, 'haproxy');
  const dir = mkdtempSync(join(tmpdir(), 'eci-proxy-'));
  const port = await freePort();
  const file = join(dir, 'haproxy.cfg');
  writeFileSync(file, config(port, dir));
  const child = spawn(HAPROXY, ['-db', '-f', file], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  for (let attempt = 0; ; attempt++) {
    if (child.exitCode !== null) throw new Error(`haproxy exited: ${stderr}`);
    if (await accepts(port)) break;
    if (attempt > 100) throw new Error(`haproxy did not listen on ${port}: ${stderr}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    pid: child.pid as number,
    output: () => stderr,
    async stop() {
      child.kill('SIGTERM');
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function accepts(port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      done(true);
    });
    socket.once('error', () => done(false));
  });
}
