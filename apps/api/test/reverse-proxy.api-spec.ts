import { get as httpGet } from 'node:http';
import { freePort, startProxy, type RunningProxy } from '../../../bench/proxy';
import { polish } from './fixtures/statements';
import { cleanUpTestData, startTestApp, target, type TestApp } from './harness';

const ADMIN = 'organiser-credential-for-tests-0123456789';
const PROGRESS = '/api/initiatives/:slug/progress';
const PARTNER_PROGRESS = '/api/initiatives/:slug/partners/:partner/progress';
const SIGNING = '/api/initiatives/:slug/signatures';

/** The shipped front (docker/haproxy/haproxy.cfg) in front of the API: what it caches, what it passes on. */
describe(`the production front, HAProxy (${target} database)`, () => {
  let t: TestApp;
  let proxy: RunningProxy;
  let partnerToken: string;

  /** How many requests of a route the API itself answered, from its own request log. */
  const reachedApi = (route: string, method = 'GET') =>
    t.logs.map((line) => JSON.parse(line) as { msg?: string; route?: string; method?: string }).filter((l) => l.msg === 'request' && l.route === route && l.method === method).length;
  const get = (path: string, headers: Record<string, string> = {}) => fetch(`${proxy.url}${path}`, { headers });
  const getWithHost = (path: string, host: string) =>
    new Promise<{ status: number; age: string | undefined }>((resolve, reject) => {
      const request = httpGet(`${proxy.url}${path}`, { headers: { host } }, (response) => {
        response.resume();
        response.on('end', () => resolve({ status: response.statusCode as number, age: response.headers.age }));
      });
      request.on('error', reject);
    });
  const sign = (body: object, headers: Record<string, string> = {}) =>
    fetch(`${proxy.url}/api/initiatives/demo/signatures`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

  beforeAll(async () => {
    t = await startTestApp({ env: { ECI_ADMIN_TOKEN: ADMIN, ECI_TRUST_PROXY: 'loopback', ECI_RATE_LIMIT_PER_MINUTE: '3' } });
    await t.running.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = t.running.app.getHttpServer().address() as { port: number };
    proxy = await startProxy(`http://127.0.0.1:${port}`);
    const created = await fetch(`${proxy.url}/api/initiatives/demo/partners`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${ADMIN}` },
      body: JSON.stringify({ name: 'EDRi', slug: 'edri' }),
    });
    expect(created.status).toBe(201);
    partnerToken = ((await created.json()) as { token: string }).token;
  });
  afterAll(async () => {
    await proxy?.stop();
    await t?.close();
    await cleanUpTestData();
  });

  it('answers public progress reads from its cache: one read reaches the API, whatever the query string, encoding, host name or cache headers', async () => {
    const first = await get('/api/initiatives/demo/progress');
    expect(first.status).toBe(200);
    expect(first.headers.get('cache-control')).toBe('public, max-age=5');
    const body = await first.json();
    expect(body).toMatchObject({ goal: 1000000, countriesRequired: 7 });
    // Repeated reads, a cache-busting query string, revalidation and "no-cache" are all answered
    // from the cache.
    const again = await Promise.all([
      get('/api/initiatives/demo/progress'),
      get('/api/initiatives/demo/progress?x=1'),
      get('/api/initiatives/demo/progress?cache=bust&y=2'),
      get('/api/initiatives/dem%6f/%70rogress'), // the same path, percent-encoded
      get('/api/initiatives/demo/progress', { 'if-none-match': first.headers.get('etag') as string }),
      get('/api/initiatives/demo/progress', { 'cache-control': 'no-cache', pragma: 'no-cache' }),
    ]);
    for (const response of again) {
      expect(response.status).toBe(200);
      expect(response.headers.get('age')).not.toBeNull();
      expect(await response.json()).toEqual(body);
    }
    // Host names of the client's choosing (fetch cannot set Host; node:http can).
    for (const host of ['a.example', 'b.example', 'random-1234.example']) {
      const { status, age } = await getWithHost('/api/initiatives/demo/progress', host);
      expect(status).toBe(200);
      expect(age).toBeDefined();
    }
    expect(reachedApi(PROGRESS)).toBe(1);
  });

  it('passes signing through, uncached, with the answer of the API each time', async () => {
    const accepted = await sign(polish(1, { lang: 'pl' }));
    expect(accepted.status).toBe(201);
    const again = await sign(polish(1, { lang: 'pl' }));
    expect(again.status).toBe(409);
    expect(((await again.json()) as { errors: { code: string }[] }).errors[0].code).toBe('already_signed');
    expect(reachedApi(SIGNING, 'POST')).toBe(2);
    expect(await t.sql(`SELECT count(*)::int AS n FROM signatures`)).toEqual([{ n: 1 }]);
  });

  it("never caches a partner's figures: each read is checked by the API against its token", async () => {
    const own = await get('/api/initiatives/demo/partners/edri/progress', { authorization: `Bearer ${partnerToken}` });
    expect(own.status).toBe(200);
    const stranger = await get('/api/initiatives/demo/partners/edri/progress');
    expect(stranger.status).toBe(401);
    const wrong = await get('/api/initiatives/demo/partners/edri/progress', { authorization: 'Bearer ecip_not-the-token' });
    expect(wrong.status).toBe(401);
    expect(reachedApi(PARTNER_PROGRESS)).toBe(3);
  });

  it("hands the API the client's address, not one the client wrote: a forged X-Forwarded-For does not escape the rate limit", async () => {
    // The limit is 3 statements a minute per address; two were sent above.
    const third = await sign(polish(3, { lang: 'pl' }), { 'x-forwarded-for': '203.0.113.7' });
    expect(third.status).toBe(201);
    const fourth = await sign(polish(4, { lang: 'pl' }), { 'x-forwarded-for': '198.51.100.9' });
    expect(fourth.status).toBe(429);
    expect(fourth.headers.get('retry-after')).not.toBeNull();
  });

  it('answers in the house error shape when the API cannot be reached (503)', async () => {
    const closedPort = await freePort();
    const orphan = await startProxy(`http://127.0.0.1:${closedPort}`);
    try {
      const response = await fetch(`${orphan.url}/api/initiatives/demo/signatures`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
      expect(response.status).toBe(503);
      expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(await response.json()).toEqual({ errors: [{ field: null, code: 'service_unavailable', message: expect.any(String) }] });
    } finally {
      await orphan.stop();
    }
  });

  it('keeps no request log and adds no header naming itself', async () => {
    const response = await get('/api/initiatives/demo');
    expect(response.status).toBe(200);
    expect(response.headers.get('server')).toBeNull();
    expect(response.headers.get('via')).toBeNull();
    // After every request of this file, nothing HAProxy wrote names an address, a path or a method.
    expect(proxy.output()).not.toMatch(/127\.0\.0\.1|203\.0\.113|\/api\/|GET|POST/);
  });
});
