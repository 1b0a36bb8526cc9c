import { readdirSync, readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { dirname, join } from 'node:path';
import { API_ERROR_CODES } from '@eci/api-contract';
import { PROXY_CONFIG, startProxy, type RunningProxy } from '../../../bench/proxy';
import { cleanUpTestData, startTestApp, target, type TestApp } from './harness';

const ERRORS_DIR = join(dirname(PROXY_CONFIG), 'errors');
const english = (JSON.parse(readFileSync(join(__dirname, '../../../i18n/en.json'), 'utf8')) as { errors: Record<string, string> }).errors;

/** Sends raw bytes, in parts with a pause between them, and returns everything the front answers until it closes. */
function exchange(port: number, parts: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let received = '';
    socket.on('data', (chunk: Buffer) => (received += chunk.toString('latin1')));
    socket.on('error', reject);
    socket.on('close', () => resolve(received));
    socket.on('connect', async () => {
      for (const [i, part] of parts.entries()) {
        if (i > 0) await new Promise((r) => setTimeout(r, 200)); // so that the headers reach the API before the rest
        socket.write(part, 'latin1');
      }
    });
  });
}

/** Status, headers (lower-case names) and body of one raw HTTP/1.1 response. */
function parse(raw: string): { status: number; headers: Record<string, string>; body: string } {
  const end = raw.indexOf('\r\n\r\n');
  const [statusLine, ...lines] = raw.slice(0, end).split('\r\n');
  const headers = Object.fromEntries(lines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]));
  return { status: Number(statusLine.split(' ')[1]), headers, body: raw.slice(end + 4) };
}

/** The answers the front writes itself (docker/haproxy/errors/*.http) and what serves them. */
describe(`the front's own answers (${target} database)`, () => {
  let t: TestApp;
  let proxy: RunningProxy;

  beforeAll(async () => {
    t = await startTestApp();
    await t.running.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = t.running.app.getHttpServer().address() as { port: number };
    proxy = await startProxy(`http://127.0.0.1:${port}`);
  });
  afterAll(async () => {
    await proxy?.stop();
    await t?.close();
    await cleanUpTestData();
  });

  it('has one error file per status the configuration names, each an exact HTTP answer in the house shape with an English message of the catalogue', () => {
    const config = readFileSync(PROXY_CONFIG, 'utf8');
    const named = [...config.matchAll(/^\s*errorfile (\d{3}) errors\/(\d{3})\.http$/gm)].map(([, status, file]) => {
      expect(file).toBe(status);
      return status;
    });
    const files = readdirSync(ERRORS_DIR).filter((f) => f.endsWith('.http'));
    expect(files.map((f) => f.slice(0, 3)).sort()).toEqual([...named].sort());
    expect(named).toEqual(expect.arrayContaining(['400', '408', '413', '500', '502', '503', '504']));
    for (const file of files) {
      const raw = readFileSync(join(ERRORS_DIR, file), 'latin1');
      expect(raw.split('\r\n\r\n')[0]).not.toMatch(/[^\r]\n/); // CRLF line ends throughout the head
      const { status, headers, body } = parse(raw);
      expect(status).toBe(Number(file.slice(0, 3)));
      expect(headers['content-type']).toBe('application/json; charset=utf-8');
      expect(headers['cache-control']).toBe('no-store');
      expect(Number(headers['content-length'])).toBe(Buffer.byteLength(body, 'latin1'));
      const parsed = JSON.parse(Buffer.from(body, 'latin1').toString('utf8')) as { errors: { field: null; code: string; message: string }[] };
      expect(parsed).toEqual({ errors: [{ field: null, code: expect.any(String), message: expect.any(String) }] });
      const [{ code, message }] = parsed.errors;
      expect(API_ERROR_CODES).toContain(code);
      expect(message).toBe(english[code]);
    }
  });

  it('answers a request that breaks HTTP after its headers reached the API with its 400 in the house shape', async () => {
    const raw = await exchange(proxy.port, [
      'POST /api/initiatives/demo/signatures HTTP/1.1\r\nHost: example.org\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n5\r\n{"a":\r\n',
      'not-a-chunk-size\r\n\r\n',
    ]);
    const answer = parse(raw);
    expect(answer.status).toBe(400);
    expect(answer.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(answer.body).toBe(parse(readFileSync(join(ERRORS_DIR, '400.http'), 'latin1')).body);
    expect(await t.sql(`SELECT count(*)::int AS n FROM signatures`)).toEqual([{ n: 0 }]);
  });
});
