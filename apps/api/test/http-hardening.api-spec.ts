import { chmodSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseResponse } from './fixtures/raw-http';
import { demoCredentials, login } from './fixtures/sessions';
import { polish } from './fixtures/statements';
import { cleanUpTestData, startTestApp, target, type TestApp } from './harness';
import { copyEmbeddedTemplate } from './setup/embedded-template';

/** Headers, timeouts and file modes: what a browser, a slow client and a local user meet. */
describe(`HTTP hardening (${target} database)`, () => {
  describe('headers of the API', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp();
    });
    afterAll(async () => {
      await t?.close();
      await cleanUpTestData();
    });

    it('never lets a personal or authenticated answer be cached, sniffed or framed', async () => {
      const { organiser } = demoCredentials(t);
      const session = await login(t, organiser.email, organiser.password);
      const signed = await t.http.post('/api/initiatives/demo/signatures').send(polish(1)).expect(201);
      const answers = [
        ['login', await t.http.post('/api/auth/login').send({ email: organiser.email, password: organiser.password })],
        ['me', await t.http.get('/api/auth/me').set('cookie', session.cookie)],
        ['accounts', await t.http.get('/api/initiatives/demo/accounts').set('cookie', session.cookie)],
        ['receipt', await t.http.get(`/api/receipts/${signed.body.receipt}`)],
        ['unknown receipt', await t.http.get('/api/receipts/00000000-0000-4000-8000-000000000000')],
        ['signature', signed],
        ['captcha', await t.http.get('/api/captcha')],
        ['refusal', await t.http.get('/api/initiatives/demo/audit')],
      ] as const;
      for (const [name, res] of answers) {
        expect({ name, status: res.status < 500, cache: res.headers['cache-control'], sniff: res.headers['x-content-type-options'], csp: res.headers['content-security-policy'] }).toEqual({
          name,
          status: true,
          cache: 'no-store',
          sniff: 'nosniff',
          csp: expect.stringContaining("frame-ancestors 'none'"),
        });
      }
      // Public figures stay cacheable for the front.
      expect((await t.http.get('/api/initiatives/demo/progress').expect(200)).headers['cache-control']).toBe('public, max-age=5');
      // Outside production: no HSTS over plain HTTP, and the browsable documentation is there.
      expect(signed.headers['strict-transport-security']).toBeUndefined();
      expect((await t.http.get('/api/docs').expect(200)).headers['content-security-policy']).toContain("script-src 'self'");
    });
  });

  describe('in production', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp({ env: { NODE_ENV: 'production', ECI_CAPTCHA: 'on', ECI_DEMO: 'off' } });
    });
    afterAll(async () => {
      await t?.close();
      await cleanUpTestData();
    });

    it('keeps browsers on HTTPS and serves the API document but no documentation page', async () => {
      const health = await t.http.get('/api/health').expect(200);
      expect(health.headers['strict-transport-security']).toBe('max-age=31536000');
      await t.http.get('/api/docs').expect(404);
      const doc = await t.http.get('/api/docs/openapi.json').expect(200);
      expect(doc.headers['content-security-policy']).toContain("default-src 'none'");
    });
  });

  describe('slow senders', () => {
    let t: TestApp;
    let port: number;
    beforeAll(async () => {
      t = await startTestApp({ env: { ECI_REQUEST_TIMEOUT_SECONDS: '2' } });
      await t.running.app.listen({ port: 0, host: '127.0.0.1' });
      port = (t.running.app.getHttpServer().address() as { port: number }).port;
    });
    afterAll(async () => {
      await t?.close();
      await cleanUpTestData();
    });

    /** Sends `head`, then one byte of `rest` every 300 ms; resolves with what the server answered and when it closed. */
    const trickle = (head: string, rest: string) =>
      new Promise<{ answer: Buffer; bytesSent: number; ms: number }>((resolve) => {
        const started = Date.now();
        const socket = connect({ port, host: '127.0.0.1' });
        const chunks: Buffer[] = [];
        let sent = 0;
        const timer = setInterval(() => {
          if (sent < rest.length && !socket.destroyed) socket.write(rest[sent++]);
        }, 300);
        socket.on('data', (chunk: Buffer) => chunks.push(chunk));
        socket.on('error', () => undefined);
        socket.on('close', () => {
          clearInterval(timer);
          resolve({ answer: Buffer.concat(chunks), bytesSent: sent, ms: Date.now() - started });
        });
        socket.write(head);
      });

    it('answers a body trickled a byte at a time with 408 in the house shape and closes the connection, instead of waiting for minutes', async () => {
      const body = JSON.stringify(polish(2));
      const { answer, bytesSent } = await trickle(`POST /api/initiatives/demo/signatures HTTP/1.1\r\nHost: x\r\nAccept-Language: de\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`, body);
      // 2 s of a 300-byte body at 3 bytes a second: cut off long before the end.
      expect(bytesSent).toBeLessThan(body.length / 4);
      const response = parseResponse(answer);
      expect(response.status).toBe(408);
      expect(JSON.parse(response.body.toString('utf8'))).toEqual({ errors: [{ field: null, code: 'request_timeout', message: expect.any(String) }] });
      expect(response.headers['content-language']).toBe('de');
    });

    it('does the same for headers trickled a byte at a time', async () => {
      const { answer, bytesSent } = await trickle('GET /api/health HTTP/1.1\r\n', `Host: x\r\nX-Slow: ${'a'.repeat(200)}\r\n\r\n`);
      expect(bytesSent).toBeLessThan(100);
      expect(parseResponse(answer).status).toBe(408);
    });
  });

  describe('file modes', () => {
    it('takes an existing data directory readable by others back to this user only, with everything in it', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'eci-mode-'));
      chmodSync(dir, 0o755);
      writeFileSync(join(dir, 'server-secret'), 'Z8qP3xV1mK7tR2wY9bN4cH6jL0sD5fG8aQ1eU3iO7pX=\n', { mode: 0o644 });
      // The embedded database as every test app gets it (the run's migrated copy): no initdb here.
      if (target === 'embedded') copyEmbeddedTemplate(dir);
      const t = await startTestApp({ env: { ECI_DATA_DIR: dir } });
      try {
        expect(statSync(dir).mode & 0o777).toBe(0o700);
        const open: string[] = [];
        const walk = (d: string) => {
          for (const entry of readdirSync(d, { withFileTypes: true })) {
            const path = join(d, entry.name);
            if (entry.isSymbolicLink() || entry.isSocket()) continue;
            if ((statSync(path).mode & 0o077) !== 0) open.push(path);
            if (entry.isDirectory()) walk(path);
          }
        };
        walk(dir);
        // Everything written at start (demo keys, accounts file, secret) is private too; the embedded database lives inside the 0700 directory.
        expect(open.filter((path) => !path.includes('pgdata'))).toEqual([]);
        expect(t.logs.some((line) => line.includes('readable by others'))).toBe(true);
      } finally {
        await t.close();
        await cleanUpTestData();
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
});
