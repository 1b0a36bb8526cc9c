import { randomUUID } from 'node:crypto';
import type { Test } from 'supertest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { API_PREFIX, API_ROUTES } from '@eci/api-contract';
import { demoCredentials, login, type Credentials, type LoggedIn } from './fixtures/sessions';
import { cleanUpTestData, startTestApp, target, type TestApp } from './harness';

type Role = 'anonymous' | 'partner' | 'auditor' | 'organiser' | 'organiserToken';
const ADMIN = 'organiser-credential-for-the-matrix-0123456789';
/** Two initiatives; every partner, auditor and organiser belongs to one of them. */
const A = 'demo';
const B = 'second';
const INITIATIVES = [A, B] as const;
type Initiative = (typeof INITIATIVES)[number];

/** Who asks: anonymous, the installation's organiser credential, or a partner, auditor or organiser of one initiative. */
type Persona = { role: 'anonymous' | 'organiserToken' } | { role: 'partner' | 'auditor' | 'organiser'; of: Initiative };
const PERSONAS: Persona[] = [
  { role: 'anonymous' },
  { role: 'organiserToken' },
  ...INITIATIVES.flatMap((of) => (['partner', 'auditor', 'organiser'] as const).map((role) => ({ role, of }))),
];
const nameOf = (p: Persona) => ('of' in p ? `${p.role} of ${p.of}` : p.role);

/**
 * Every route of the API (as the OpenAPI document lists them) against every role, anonymous
 * included, on two initiatives: who gets through (any answer but 401/403) and who is refused (401
 * or 403). A partner, auditor or organiser holds that role on one initiative only: allowed on its
 * routes (where the role is), refused on every route of the other. The organiser credential is
 * the installation's and is an organiser of both.
 */
const MATRIX: { method: string; path: string; allowed: Role[] | 'everyone'; body?: object }[] = [
  { method: 'get', path: '/api/health', allowed: 'everyone' },
  { method: 'get', path: '/api/initiatives/{slug}', allowed: 'everyone' },
  { method: 'get', path: '/api/initiatives', allowed: ['organiser', 'auditor', 'organiserToken'] },
  { method: 'post', path: '/api/initiatives', allowed: ['organiser', 'auditor', 'organiserToken'], body: { slug: 'planted' } },
  { method: 'patch', path: '/api/initiatives/{slug}', allowed: ['organiser', 'organiserToken'], body: { title: 'not a text per language' } },
  { method: 'post', path: '/api/initiatives/{slug}/close', allowed: ['organiser', 'organiserToken'] },
  { method: 'get', path: '/api/initiatives/{slug}/forms/{country}', allowed: 'everyone' },
  { method: 'post', path: '/api/initiatives/{slug}/signatures', allowed: 'everyone', body: { nationality: 'PL' } },
  { method: 'get', path: '/api/receipts/{receipt}', allowed: 'everyone' },
  { method: 'get', path: '/api/captcha', allowed: 'everyone' },
  { method: 'get', path: '/api/initiatives/{slug}/progress', allowed: 'everyone' },
  { method: 'post', path: '/api/auth/login', allowed: 'everyone', body: { email: 'nobody@example.org', password: 'x' } },
  { method: 'get', path: '/api/initiatives/{slug}/partners/{partner}/progress', allowed: ['partner'] },
  { method: 'put', path: '/api/initiatives/{slug}/public-key', allowed: ['organiser', 'organiserToken'], body: { publicKey: 'AAAA' } },
  { method: 'post', path: '/api/initiatives/{slug}/partners', allowed: ['organiser', 'organiserToken'], body: { allowedOrigins: ['https://attacker.example'] } },
  { method: 'get', path: '/api/initiatives/{slug}/partners', allowed: ['organiser', 'organiserToken'] },
  { method: 'put', path: '/api/initiatives/{slug}/partners/{partner}/origins', allowed: ['organiser', 'organiserToken'], body: { allowedOrigins: ['not an origin'] } },
  { method: 'post', path: '/api/initiatives/{slug}/partners/{partner}/token', allowed: ['organiser', 'organiserToken'] },
  { method: 'delete', path: '/api/initiatives/{slug}/partners/{partner}/token', allowed: ['organiser', 'organiserToken'] },
  { method: 'post', path: '/api/initiatives/{slug}/accounts', allowed: ['organiser', 'organiserToken'], body: { role: 'organiser' } },
  { method: 'get', path: '/api/initiatives/{slug}/accounts', allowed: ['organiser', 'organiserToken'] },
  { method: 'delete', path: '/api/initiatives/{slug}/accounts/{id}', allowed: ['organiser', 'organiserToken'] },
  { method: 'put', path: '/api/initiatives/{slug}/accounts/{id}/password', allowed: ['organiser', 'organiserToken'], body: { password: 'short' } },
  { method: 'post', path: '/api/initiatives/{slug}/accounts/{id}/disable', allowed: ['organiser', 'organiserToken'] },
  { method: 'post', path: '/api/initiatives/{slug}/accounts/{id}/enable', allowed: ['organiser', 'organiserToken'] },
  { method: 'get', path: '/api/auth/me', allowed: ['organiser', 'auditor', 'organiserToken'] },
  { method: 'post', path: '/api/auth/logout', allowed: ['organiser', 'auditor', 'organiserToken'] },
  { method: 'get', path: '/api/initiatives/{slug}/audit', allowed: ['auditor'] },
  { method: 'get', path: '/api/initiatives/{slug}/audit/verify', allowed: ['auditor'] },
  { method: 'post', path: '/api/initiatives/{slug}/exports/{country}', allowed: ['auditor'], body: {} },
  { method: 'get', path: '/api/initiatives/{slug}/exports/progress/{id}', allowed: ['auditor'] },
];

describe(`authorisation matrix, two initiatives (${target} database)`, () => {
  let t: TestApp;
  const partnerTokens = {} as Record<Initiative, string>;
  const accounts = {} as Record<Initiative, Record<'organiser' | 'auditor', Credentials>>;
  const sessions = new Map<string, LoggedIn>();
  const admin = () => ({ authorization: `Bearer ${ADMIN}` });

  beforeAll(async () => {
    t = await startTestApp({ env: { ECI_ADMIN_TOKEN: ADMIN } });
    const sample = JSON.parse(readFileSync(join(__dirname, '../../../docs/examples/initiative.json'), 'utf8')) as object;
    await t.http.post('/api/initiatives').set(admin()).send({ ...sample, slug: B, registrationNumber: 'ECI(2025)000002' }).expect(201);
    accounts[A] = demoCredentials(t);
    accounts[B] = { organiser: { email: 'organiser@second.example.org', password: 'organiser of the second one' }, auditor: { email: 'auditor@second.example.org', password: 'auditor of the second one' } };
    for (const role of ['organiser', 'auditor'] as const) {
      await t.http.post(`/api/initiatives/${B}/accounts`).set(admin()).send({ ...accounts[B][role], role }).expect(201);
    }
    for (const slug of INITIATIVES) {
      // The same partner slugs on both initiatives: a token of A's "edri" must not open B's "edri".
      const created = await t.http.post(`/api/initiatives/${slug}/partners`).set(admin()).send({ name: 'EDRi', slug: 'edri' }).expect(201);
      partnerTokens[slug] = created.body.token;
      // Mutating organiser routes act on this partner, so the one whose token we use stays intact.
      await t.http.post(`/api/initiatives/${slug}/partners`).set(admin()).send({ name: 'Victim', slug: 'victim' }).expect(201);
    }
  });
  afterAll(async () => {
    await t?.close();
    await cleanUpTestData();
  });

  async function session(of: Initiative, role: 'organiser' | 'auditor'): Promise<LoggedIn> {
    const key = `${role} of ${of}`;
    const known = sessions.get(key);
    if (known) return known;
    const fresh = await login(t, accounts[of][role].email, accounts[of][role].password);
    sessions.set(key, fresh);
    return fresh;
  }

  it('covers every route the OpenAPI document lists', async () => {
    const doc = (await t.http.get('/api/docs/openapi.json').expect(200)).body as { paths: Record<string, Record<string, unknown>> };
    const documented = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((method) => `${method} ${path}`)).sort();
    expect(MATRIX.map((r) => `${r.method} ${r.path}`).sort()).toEqual(documented);
  });

  it('documents no route that API_ROUTES does not declare, and declares none that is not served', async () => {
    const doc = (await t.http.get('/api/docs/openapi.json').expect(200)).body as { paths: Record<string, unknown> };
    const declared = Object.values(API_ROUTES).map((route) => `${API_PREFIX}/${route.replace(/:([a-z]+)/gi, '{$1}')}`);
    expect([...new Set(declared)].sort()).toEqual(Object.keys(doc.paths).sort());
  });

  it('gives each account its roles: the demo accounts on both demo initiatives, the second initiative\'s on it alone', async () => {
    const me = async (of: Initiative, role: 'organiser' | 'auditor') => (await t.http.get('/api/auth/me').set('cookie', (await session(of, role)).cookie).expect(200)).body;
    expect(await me(A, 'organiser')).toEqual({
      email: accounts[A].organiser.email,
      roles: [
        { initiative: A, role: 'organiser' },
        { initiative: 'demo-cocs', role: 'organiser' },
      ],
    });
    expect(await me(B, 'auditor')).toEqual({ email: accounts[B].auditor.email, roles: [{ initiative: B, role: 'auditor' }] });
  });

  it.each(MATRIX.map((r) => [`${r.method.toUpperCase()} ${r.path}`, r] as const))('%s', async (_name, route) => {
    const onInitiative = route.path.includes('{slug}');
    const seen: { who: string; on: string; status: number; allowed: boolean }[] = [];
    const expected: typeof seen = [];
    for (const on of onInitiative ? INITIATIVES : [A]) {
      for (const persona of PERSONAS) {
        const path = route.path
          .replace('{slug}', on)
          .replace('{country}', 'PL')
          .replace('{receipt}', randomUUID())
          .replace('{partner}', route.path.endsWith('/progress') ? 'edri' : 'victim')
          .replace('{id}', randomUUID());
        let request: Test = (t.http as unknown as Record<string, (p: string) => Test>)[route.method](path);
        if (persona.role === 'partner') request = request.set('authorization', `Bearer ${partnerTokens[persona.of]}`);
        if (persona.role === 'organiserToken') request = request.set(admin());
        if (persona.role === 'organiser' || persona.role === 'auditor') {
          const s = await session(persona.of, persona.role);
          request = request.set('cookie', s.cookie).set('x-csrf-token', s.csrf);
        }
        const res = await (route.body ? request.send(route.body) : request);
        if (route.path === '/api/auth/logout' && res.status === 204 && 'of' in persona) sessions.delete(nameOf(persona));
        // Refused by the access rules; a route's own 401 (a wrong password at login) is an answer, not a refusal.
        const refused = (res.status === 401 || res.status === 403) && /^(unauthorized|forbidden|csrf)$/.test(res.body.errors?.[0]?.code);
        const ownInitiative = !('of' in persona) || !onInitiative || persona.of === on;
        const allowed = route.allowed === 'everyone' || (route.allowed.includes(persona.role) && ownInitiative);
        seen.push({ who: nameOf(persona), on, status: res.status, allowed: !refused });
        expected.push({ who: nameOf(persona), on, status: res.status, allowed });
      }
    }
    expect(seen).toEqual(expected);
  });

  it("refuses an organiser of one initiative the other's key, partners (with framing origins) and accounts, with valid requests", async () => {
    const own = await session(A, 'organiser');
    const as = (method: 'put' | 'post', path: string) => t.http[method](path).set('cookie', own.cookie).set('x-csrf-token', own.csrf);
    const key = Buffer.alloc(32, 5).toString('base64');
    await as('put', `/api/initiatives/${B}/public-key`).send({ publicKey: key }).expect(403);
    await as('post', `/api/initiatives/${B}/partners`).send({ name: 'Framer', slug: 'framer', allowedOrigins: ['https://attacker.example'] }).expect(403);
    await as('put', `/api/initiatives/${B}/partners/edri/origins`).send({ allowedOrigins: ['https://attacker.example'] }).expect(403);
    await as('post', `/api/initiatives/${B}/accounts`).send({ email: 'planted@example.org', password: 'a planted organiser', role: 'organiser' }).expect(403);
    const [second] = await t.sql<{ public_key: Buffer | null }>(`SELECT public_key FROM initiatives WHERE slug = $1`, [B]);
    expect(second.public_key).toBeNull();
    const partners = await t.http.get(`/api/initiatives/${B}/partners`).set(admin()).expect(200);
    expect(partners.body.map((p: { slug: string; allowedOrigins: string[] }) => `${p.slug} ${p.allowedOrigins.join(',')}`).sort()).toEqual(['edri ', 'victim ']);
    const accountsOfB = await t.http.get(`/api/initiatives/${B}/accounts`).set(admin()).expect(200);
    expect(accountsOfB.body.map((a: { email: string }) => a.email).sort()).toEqual([accounts[B].auditor.email, accounts[B].organiser.email].sort());
    // The same requests on its own initiative go through.
    await as('put', `/api/initiatives/${A}/public-key`).send({ publicKey: key }).expect(200);
    await as('post', `/api/initiatives/${A}/partners`).send({ name: 'Framer', slug: 'framer', allowedOrigins: ['https://partner.example'] }).expect(201);
  });
});
