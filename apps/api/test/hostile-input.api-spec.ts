import { randomBytes, randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { API_ERROR_CODES } from '@eci/api-contract';
import { ERROR_CODES } from '@eci/rules';
import { buildRequest, rawRequest, type RawResponse } from './fixtures/raw-http';
import { demoCredentials, login, type LoggedIn } from './fixtures/sessions';
import { cleanUpTestData, startTestApp, target, type TestApp } from './harness';

/*
 * A standing hostile-input suite. Every route of the OpenAPI document gets requests built from
 * fast-check arbitraries for each of its parameters and its body: wrong types, NUL, lone UTF-16
 * surrogates, deep nesting, huge strings, unknown fields, bodies that are not JSON or not UTF-8,
 * odd content types and credentials. Requests go over a real socket, as bytes, so the Node HTTP
 * parser and Fastify's router see exactly what an attacker would send. Every answer must be:
 * below 500, in the house error shape (or the route's normal answer), free of anything that was
 * sent, and no request may write a row. Bounded: a fixed number of runs per route (HOSTILE_RUNS),
 * a fixed seed (HOSTILE_SEED) so that a failure reproduces.
 */

const RUNS = Number(process.env.HOSTILE_RUNS ?? 150);
const SEED = Number(process.env.HOSTILE_SEED ?? 20261205);
const ADMIN = 'organiser-credential-for-the-hostile-suite-0123456789';
/** Every hostile string carries this, so an echo of it anywhere in an answer is found. */
const MARK = `ZQ${randomBytes(4).toString('hex')}`;
const CODES = new Set<string>([...API_ERROR_CODES, ...ERROR_CODES]);

interface Route {
  method: string;
  path: string;
  params: string[];
  body?: { properties: Record<string, { type?: string; example?: unknown; enum?: unknown[] }>; required: string[] };
}

/** A value in a request: its JSON (or raw) form, and whether it can never be valid input. */
interface Piece<T> {
  value: T;
  invalid: boolean;
}

// ---------------------------------------------------------------------------------------------
// Arbitraries

const textNoise = fc.oneof(
  fc.constantFrom('demo', 'PL', 'edri', `${MARK}' OR '1'='1`, `<script>${MARK}</script>`, `../../${MARK}`, `%00${MARK}`, `${MARK}\\`, `{{${MARK}}}`, `$\{${MARK}}`),
  fc.string({ maxLength: 40 }).map((s) => `${s}${MARK}`),
  fc.string({ unit: 'grapheme', maxLength: 20 }).map((s) => `${MARK}${s}`),
);

/** Strings no field may ever accept. */
const badText = fc.oneof(
  fc.constantFrom(`${MARK}\u0000`, '\u0000', `\u0000${MARK}\u0000`),
  fc.constantFrom(`${MARK}\ud800`, `\udfff${MARK}`, `a\udbff\u0000${MARK}`, `${MARK}\ud83d`),
  fc.integer({ min: 17_000, max: 40_000 }).map((n) => MARK.repeat(Math.ceil(n / MARK.length))),
);

const deepJson = fc.tuple(fc.integer({ min: 40, max: 4000 }), fc.boolean()).map(([depth, arrays]) =>
  arrays ? `${'['.repeat(depth)}"${MARK}"${']'.repeat(depth)}` : `${`{"${MARK}":`.repeat(depth)}1${'}'.repeat(depth)}`,
);

/** A property value, as JSON text. */
const propertyValue = (example: unknown): fc.Arbitrary<Piece<string>> =>
  fc.oneof(
    { weight: 3, arbitrary: badText.map((s) => ({ value: JSON.stringify(s), invalid: true })) },
    { weight: 2, arbitrary: textNoise.map((s) => ({ value: JSON.stringify(s), invalid: false })) },
    { weight: 1, arbitrary: fc.constant({ value: JSON.stringify(example ?? 'x'), invalid: false }) },
    {
      weight: 2,
      arbitrary: fc
        .oneof(fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.array(fc.constant(MARK), { maxLength: 3 }), fc.constant({ [MARK]: MARK }))
        .map((v) => ({ value: JSON.stringify(v), invalid: typeof example === 'string' })),
    },
    { weight: 1, arbitrary: deepJson.map((s) => ({ value: s, invalid: true })) },
  );

/** The body of a route with a JSON schema: an object of its properties, or something else entirely. */
function bodyArbitrary(route: Route): fc.Arbitrary<Piece<Buffer> & { contentType: string | null }> {
  const schema = route.body;
  const contentType = fc.oneof(
    { weight: 8, arbitrary: fc.constant('application/json') },
    { weight: 1, arbitrary: fc.constantFrom('application/json; charset=utf-8', 'text/plain', 'application/x-www-form-urlencoded', 'application/json; charset=latin1', `application/${MARK}`) },
    { weight: 1, arbitrary: fc.constant(null) },
  );
  const properties = schema
    ? fc.record(Object.fromEntries(Object.entries(schema.properties).map(([name, p]) => [name, fc.option(propertyValue(p.example ?? p.enum?.[0]), { nil: undefined, freq: 3 })])))
    : fc.constant({} as Record<string, Piece<string> | undefined>);
  const unknown = fc.option(
    fc.tuple(fc.constantFrom(MARK, `__proto__`, `constructor`, `${MARK}\u0000`, `x\ud800${MARK}`), fc.oneof(badText, textNoise)).map(([k, v]) => ({ key: JSON.stringify(k), value: JSON.stringify(v) })),
    { freq: 3 },
  );
  const object = fc.tuple(properties, unknown).map(([props, extra]) => {
    const entries = Object.entries(props).filter((e): e is [string, Piece<string>] => e[1] !== undefined);
    const members = entries.map(([k, v]) => `${JSON.stringify(k)}:${v.value}`);
    if (extra) members.push(`${extra.key}:${extra.value}`);
    return { value: Buffer.from(`{${members.join(',')}}`, 'utf8'), invalid: extra !== null || entries.some(([, v]) => v.invalid) };
  });
  const whole = fc.oneof(
    fc.constantFrom(`{"${MARK}":`, `[${JSON.stringify(MARK)}]`, JSON.stringify(MARK), '42', 'null', 'true', '', `{"a":1}${MARK}`, `{'${MARK}':1}`).map((s) => ({ value: Buffer.from(s, 'utf8'), invalid: true })),
    fc.constantFrom(Buffer.from([0x7b, 0x22, 0xc3, 0x28, 0x22, 0x3a, 0x31, 0x7d]), Buffer.from([0xff, 0xfe, 0x7b, 0x7d]), Buffer.concat([Buffer.from('{"x":"'), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from(`${MARK}"}`)])).map((b) => ({ value: b, invalid: true })),
    deepJson.map((s) => ({ value: Buffer.from(s, 'utf8'), invalid: true })),
  );
  return fc.tuple(fc.oneof({ weight: 4, arbitrary: object }, { weight: 1, arbitrary: whole }), contentType).map(([body, type]) => ({
    ...body,
    // A body sent as anything but JSON is refused as such.
    invalid: body.invalid || type === null || !type.startsWith('application/json;') && type !== 'application/json' || type.includes('latin1'),
    contentType: type,
  }));
}

/** Bytes of a path segment: a plausible value, or one no route accepts. */
function segment(name: string): fc.Arbitrary<Piece<string>> {
  const valid: Record<string, () => string> = { slug: () => 'demo', partner: () => 'victim', country: () => 'PL', receipt: () => randomUUID(), id: () => randomUUID() };
  const hostile = fc.oneof(
    fc.constantFrom('%00', `${MARK}%00`, `${MARK}%ED%A0%80`, '%ED%B0%80', `%C3%28${MARK}`, `${MARK}%FF`, `%E0%A4%A${MARK}`, `${MARK}%`, `%2e%2e%2F${MARK}`, `${MARK}%0d%0aX-Injected:%20${MARK}`),
    fc.integer({ min: 65, max: 3000 }).map((n) => MARK.repeat(Math.ceil(n / MARK.length)).toLowerCase()),
    fc.constantFrom(`${MARK.toLowerCase()}-`, `-${MARK.toLowerCase()}`, `${MARK}`, 'DEMO', 'pl', 'XX', 'gr', `${MARK}'--`),
  );
  return fc.oneof({ weight: 3, arbitrary: fc.constant(null).map(() => ({ value: (valid[name] ?? (() => MARK))(), invalid: false })) }, { weight: 2, arbitrary: hostile.map((value) => ({ value, invalid: true })) });
}

const queryArbitrary = fc.option(
  fc.array(fc.tuple(fc.constantFrom('lang', 'after', 'limit', MARK, 'partner'), fc.constantFrom(`${MARK}%00`, '%ED%A0%80', '-1', '1e309', 'NaN', `${MARK}`, '9'.repeat(400), '%', 'pl', '0x10')), { maxLength: 4 }).map((pairs) => pairs.map(([k, v]) => `${k}=${v}`).join('&')),
  { freq: 2 },
);

type Credentials = 'none' | 'organiser' | 'auditor' | 'partner' | 'admin' | 'garbage';

// ---------------------------------------------------------------------------------------------

describe(`hostile input on every route (${target} database)`, () => {
  let t: TestApp;
  let port: number;
  let routes: Route[];
  let sessions: Record<'organiser' | 'auditor', LoggedIn>;
  let partnerToken: string;
  const statuses = new Map<number, number>();
  let requests = 0;

  const tableCounts = async (): Promise<Record<string, number>> => {
    const tables = await t.sql<{ name: string }>(`SELECT relname AS name FROM pg_class WHERE relkind = 'r' AND relnamespace = 'public'::regnamespace ORDER BY relname`);
    const counts: Record<string, number> = {};
    for (const { name } of tables) counts[name] = Number((await t.sql<{ n: string }>(`SELECT count(*) AS n FROM "${name}"`))[0].n);
    return counts;
  };

  beforeAll(async () => {
    t = await startTestApp({ env: { ECI_ADMIN_TOKEN: ADMIN } });
    await t.running.app.listen({ port: 0, host: '127.0.0.1' });
    port = (t.running.app.getHttpServer().address() as { port: number }).port;
    const doc = (await t.http.get('/api/docs/openapi.json').expect(200)).body as {
      paths: Record<string, Record<string, { requestBody?: { content: Record<string, { schema: { $ref: string } }> } }>>;
      components: { schemas: Record<string, Route['body'] & object> };
    };
    routes = Object.entries(doc.paths).flatMap(([path, operations]) =>
      Object.entries(operations).map(([method, operation]) => {
        const ref = operation.requestBody?.content['application/json']?.schema.$ref;
        const schema = ref ? doc.components.schemas[ref.split('/').pop() as string] : undefined;
        return {
          method: method.toUpperCase(),
          path,
          params: [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]),
          body: schema ? { properties: schema.properties ?? {}, required: schema.required ?? [] } : undefined,
        };
      }),
    );
    const { organiser, auditor } = demoCredentials(t);
    sessions = { organiser: await login(t, organiser.email, organiser.password), auditor: await login(t, auditor.email, auditor.password) };
    const created = await t.http.post('/api/initiatives/demo/partners').set('authorization', `Bearer ${ADMIN}`).send({ name: 'Victim', slug: 'victim' }).expect(201);
    partnerToken = created.body.token;
  });
  afterAll(async () => {
    if (requests > 0) {
      const summary = [...statuses.entries()].sort(([a], [b]) => a - b).map(([status, n]) => `${status}×${n}`).join(' ');
      console.log(`hostile suite (${target}): ${requests} requests over ${routes.length} routes, seed ${SEED}: ${summary}`);
    }
    await t?.close();
    await cleanUpTestData();
  });

  const credentialHeaders = (who: Credentials): [string, string][] => {
    switch (who) {
      case 'none':
        return [];
      case 'organiser':
      case 'auditor':
        return [
          ['Cookie', sessions[who].cookie],
          ['X-CSRF-Token', sessions[who].csrf],
        ];
      case 'partner':
        return [['Authorization', `Bearer ${partnerToken}`]];
      case 'admin':
        return [['Authorization', `Bearer ${ADMIN}`]];
      case 'garbage':
        return [
          ['Authorization', `Bearer ${MARK}`],
          ['Cookie', `eci_session=${MARK}; ${MARK}=1`],
          ['X-CSRF-Token', MARK],
        ];
    }
  };

  function check(response: RawResponse, sent: string): void {
    const text = response.raw.toString('latin1');
    const where = `${sent} → ${response.status} ${response.body.toString('utf8').slice(0, 300)}`;
    expect({ where, status: response.status < 500 }).toEqual({ where, status: true });
    expect({ where, echo: text.includes(MARK) || text.toLowerCase().includes(MARK.toLowerCase()) }).toEqual({ where, echo: false });
    if (response.status >= 400) {
      expect({ where, type: response.headers['content-type'] }).toEqual({ where, type: 'application/json; charset=utf-8' });
      const body = JSON.parse(response.body.toString('utf8')) as { errors?: { field: unknown; code: unknown; message: unknown }[] };
      expect({ where, shape: Array.isArray(body.errors) && body.errors.length > 0 }).toEqual({ where, shape: true });
      for (const item of body.errors ?? []) {
        expect({ where, item: typeof item.code === 'string' && CODES.has(item.code) && typeof item.message === 'string' && item.message.length > 0 && (item.field === null || typeof item.field === 'string') }).toEqual({ where, item: true });
      }
    }
  }

  it('derives its requests from the OpenAPI document: every route', () => {
    expect(routes.length).toBeGreaterThanOrEqual(20);
    expect(routes.map((r) => `${r.method} ${r.path}`)).toEqual(expect.arrayContaining(['POST /api/initiatives/{slug}/signatures', 'POST /api/auth/login', 'POST /api/initiatives/{slug}/exports/{country}']));
  });

  it('answers every hostile request below 500, in the house shape, echoing nothing, writing nothing', async () => {
    for (const route of routes) {
      const before = await tableCounts();
      const params = fc.tuple(...route.params.map((name) => segment(name)));
      const hasBody = route.method !== 'GET' && route.method !== 'DELETE';
      const request = fc.record({
        params: route.params.length > 0 ? params : fc.constant([] as Piece<string>[]),
        body: hasBody ? bodyArbitrary(route).map((b) => b as (Piece<Buffer> & { contentType: string | null }) | null) : fc.constant(null),
        query: queryArbitrary,
        who: fc.oneof(
          { weight: 3, arbitrary: fc.constantFrom<Credentials>('organiser', 'auditor', 'admin') },
          { weight: 1, arbitrary: fc.constantFrom<Credentials>('none', 'partner', 'garbage') },
        ),
        language: fc.option(fc.constantFrom('pl', 'de;q=0.5, fr', `${MARK}`, 'x'.repeat(300), '*;q=-1'), { freq: 2 }),
      });
      await fc.assert(
        fc.asyncProperty(request, async (r) => {
          // A request that changes state must carry something no valid request has, so that none writes.
          // (A route without a body contract ignores a body the parser accepts: only the path can carry it.)
          const invalid = r.params.some((p) => p.invalid) || (route.body !== undefined && r.body?.invalid === true);
          let who = r.who;
          if (route.method !== 'GET' && !invalid) who = 'garbage';
          let path = route.path;
          route.params.forEach((name, i) => (path = path.replace(`{${name}}`, r.params[i].value)));
          if (r.query) path += `?${r.query}`;
          const headers: [string, string][] = [...credentialHeaders(who)];
          if (r.language) headers.push(['Accept-Language', r.language]);
          if (r.body?.contentType) headers.push(['Content-Type', r.body.contentType]);
          const response = await rawRequest(port, buildRequest({ method: route.method, target: path, headers, body: r.body?.value }));
          requests++;
          statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
          check(response, `${route.method} ${path.slice(0, 200)} as ${who}${r.body ? ` body ${r.body.value.subarray(0, 120).toString('latin1')}` : ''}`);
        }),
        { numRuns: RUNS, seed: SEED, endOnFailure: true },
      );
      expect({ route: `${route.method} ${route.path}`, rows: await tableCounts() }).toEqual({ route: `${route.method} ${route.path}`, rows: before });
    }
    // Every route of the document in one test (35 with the console's): more than the default minute on two busy cores.
  }, 180_000);

  it('answers what the HTTP parser and the router refuse in the house shape too, echoing nothing', async () => {
    const cases: [string, Buffer][] = [
      ['malformed header line', Buffer.from(`GET /api/health HTTP/1.1\r\nHost: x\r\n${MARK} no colon\r\n\r\n`, 'latin1')],
      ['header too large', buildRequest({ method: 'GET', target: '/api/health', headers: [['X-Big', MARK.repeat(2000)]] })],
      ['many headers', buildRequest({ method: 'GET', target: '/api/health', headers: Array.from({ length: 3000 }, (_, i) => [`X-${i}`, MARK] as [string, string]) })],
      ['bad request line', Buffer.from(`GET /api/${MARK} HTTP/9.9\r\n\r\n`, 'latin1')],
      ['not HTTP', Buffer.from(`${MARK}\r\n\r\n`, 'latin1')],
      ['control character in the path', buildRequest({ method: 'GET', target: `/api/initiatives/${MARK}\u0001` })],
      ['space in the path', Buffer.from(`GET /api/initiatives/${MARK} x HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`, 'latin1')],
      ['bad percent-encoding', buildRequest({ method: 'GET', target: `/api/initiatives/%E0%A4%A${MARK}` })],
      ['over-long parameter', buildRequest({ method: 'GET', target: `/api/initiatives/${MARK.toLowerCase().repeat(40)}` })],
      ['over-long URL', buildRequest({ method: 'GET', target: `/api/initiatives/demo?${MARK}=${'x'.repeat(70_000)}` })],
      ['unknown method', buildRequest({ method: MARK, target: '/api/health' })],
      ['bad chunked body', Buffer.from(`POST /api/auth/login HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nZZ${MARK}\r\n{}\r\n0\r\n\r\n`, 'latin1')],
      ['both length and chunked', Buffer.from(`POST /api/auth/login HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n`, 'latin1')],
      ['bad content length', Buffer.from(`POST /api/auth/login HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: ${MARK}\r\n\r\n{}`, 'latin1')],
      ['oversize body', buildRequest({ method: 'POST', target: '/api/initiatives/demo/signatures', headers: [['Content-Type', 'application/json']], body: JSON.stringify({ familyNames: MARK.repeat(3000) }) })],
      ['oversize body announced only', Buffer.from(`POST /api/initiatives/demo/signatures HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: 99999999\r\n\r\n{"${MARK}":`, 'latin1')],
      ['method not allowed on a route', buildRequest({ method: 'PATCH', target: '/api/initiatives/demo' })],
      ['asterisk target', buildRequest({ method: 'OPTIONS', target: '*' })],
      ['path without slash', buildRequest({ method: 'GET', target: `api/${MARK}` })],
      ['unknown expectation', buildRequest({ method: 'POST', target: '/api/auth/login', headers: [['Expect', `${MARK}-continue`], ['Content-Type', 'application/json']], body: '{}' })],
    ];
    for (const [name, bytes] of cases) {
      const response = await rawRequest(port, bytes);
      requests++;
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      check(response, name);
      expect({ name, status: response.status >= 400 }).toEqual({ name, status: true });
    }
    // The absolute form of a request target is HTTP (RFC 9112 §3.2.2): answered as the path, the host named nowhere.
    const absolute = await rawRequest(port, buildRequest({ method: 'GET', target: `http://${MARK}.example/api/health` }));
    check(absolute, 'absolute-form target');
  });
});
