/**
 * Runs the production front (docker/haproxy/haproxy.cfg, unchanged but for its two addresses) in
 * front of an API listening on this machine, and a static HAProxy as the benchmarks' control. Used
 * by `npm run bench:progress` and by the API test that checks what the front caches and what it
 * passes through.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The repository's root, from bench/ or from its build in dist/bench/bench/. */
export const REPO_ROOT = existsSync(resolve(__dirname, '../docker')) ? resolve(__dirname, '..') : resolve(__dirname, '../../..');
export const PROXY_CONFIG = join(REPO_ROOT, 'docker/haproxy/haproxy.cfg');

export interface RunningProxy {
  url: string;
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

/** The shipped configuration with its listening address and the API's address replaced. */
export function proxyConfig(apiUrl: string, port: number): string {
  const api = new URL(apiUrl);
  const text = readFileSync(PROXY_CONFIG, 'utf8');
  const rendered = text.replace(/^(\s*)bind :8080$/m, `$1bind 127.0.0.1:${port}`).replace(/^(\s*server api1) api:3000 /m, `$1 ${api.hostname}:${api.port} `);
  if (rendered.split('\n').filter((line, i) => line !== text.split('\n')[i]).length !== 2) {
    throw new Error(`${PROXY_CONFIG}: expected one "bind :8080" and one "server api1 api:3000" line`);
  }
  return rendered;
}

export async function startProxy(apiUrl: string): Promise<RunningProxy> {
  return runHaproxy((port) => proxyConfig(apiUrl, port));
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
  requireTool('haproxy');
  const dir = mkdtempSync(join(tmpdir(), 'eci-proxy-'));
  const port = await freePort();
  const file = join(dir, 'haproxy.cfg');
  writeFileSync(file, config(port, dir));
  const child = spawn('haproxy', ['-db', '-f', file], { stdio: ['ignore', 'pipe', 'pipe'] });
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
