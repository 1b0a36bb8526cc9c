import { randomUUID } from 'node:crypto';
import type { Test } from 'supertest';
import { demoCredentials, login } from './fixtures/sessions';
import { cleanUpTestData, startTestApp, target, type TestApp } from './harness';

type Role = 'anonymous' | 'partner' | 'auditor' | 'organiser' | 'organiserToken';
const ROLES: Role[] = ['anonymous', 'partner', 'auditor', 'organiser', 'organiserToken'];
const ADMIN = 'organiser-credential-for-the-matrix-0123456789';

/**
 * Every route of the API (as the OpenAPI document lists them) against every role, anonymous
 * included: who gets through (any answer but 401/403) and who is refused (401 or 403).
 */
const MATRIX: { method: string; path: string; allowed: Role[] | 'everyone'; body?: object }[] = [
  { method: 'get', path: '/api/health', allowed: 'everyone' },
  { method: 'get', path: '/api/initiatives/{slug}', allowed: 'everyone' },
  { method: 'get', path: '/api/initiatives/{slug}/forms/{country}', allowed: 'everyone' },
  { method: 'post', path: '/api/initiatives/{slug}/signatures', allowed: 'everyone', body: { nationality: 'PL' } },
  { method: 'get', path: '/api/receipts/{receipt}', allowed: 'everyone' },
  { method: 'get', path: '/api/captcha', allowed: 'everyone' },
  { method: 'get', path: '/api/initiatives/{slug}/progress', allowed: 'everyone' },
  { method: 'post', path: '/api/auth/login', allowed: 'everyone', body: { email: 'nobody@example.org', password: 'x' } },
  { method: 'get', path: '/api/initiatives/{slug}/partners/{partner}/progress', allowed: ['partner'] },
  { method: 'put', path: '/api/initiatives/{slug}/public-key', allowed: ['organiser', 'organiserToken'], body: { publicKey: 'AAAA' } },
  { method: 'post', path: '/api/initiatives/{slug}/partners', allowed: ['organiser', 'organiserToken'], body: {} },
  { method: 'get', path: '/api/initiatives/{slug}/partners', allowed: ['organiser', 'organiserToken'] },
  { method: 'put', path: '/api/initiatives/{slug}/partners/{partner}/origins', allowed: ['organiser', 'organiserToken'], body: { allowedOrigins: ['https://edri.org'] } },
  { method: 'post', path: '/api/initiatives/{slug}/partners/{partner}/token', allowed: ['organiser', 'organiserToken'] },
  { method: 'delete', path: '/api/initiatives/{slug}/partners/{partner}/token', allowed: ['organiser', 'organiserToken'] },
  { method: 'post', path: '/api/accounts', allowed: ['organiser', 'organiserToken'], body: {} },
  { method: 'get', path: '/api/accounts', allowed: ['organiser', 'organiserToken'] },
  { method: 'delete', path: '/api/accounts/{id}', allowed: ['organiser', 'organiserToken'] },
  { method: 'get', path: '/api/auth/me', allowed: ['organiser', 'auditor', 'organiserToken'] },
  { method: 'post', path: '/api/auth/logout', allowed: ['organiser', 'auditor', 'organiserToken'] },
  { method: 'get', path: '/api/audit', allowed: ['auditor'] },
  { method: 'get', path: '/api/audit/verify', allowed: ['auditor'] },
  { method: 'post', path: '/api/initiatives/{slug}/exports/{country}', allowed: ['auditor'], body: {} },
];

describe(`authorisation matrix (${target} database)`, () => {
  let t: TestApp;
  let partnerToken: string;

  beforeAll(async () => {
    t = await startTestApp({ env: { ECI_ADMIN_TOKEN: ADMIN } });
    const created = await t.http.post('/api/initiatives/demo/partners').set('authorization', `Bearer ${ADMIN}`).send({ name: 'EDRi', slug: 'edri' }).expect(201);
    partnerToken = created.body.token;
    // Mutating organiser routes act on this partner, so the one whose token we use stays intact.
    await t.http.post('/api/initiatives/demo/partners').set('authorization', `Bearer ${ADMIN}`).send({ name: 'Victim', slug: 'victim' }).expect(201);
  });
  afterAll(async () => {
    await t?.close();
    await cleanUpTestData();
  });

  it('covers every route the OpenAPI document lists', async () => {
    const doc = (await t.http.get('/api/docs/openapi.json').expect(200)).body as { paths: Record<string, Record<string, unknown>> };
    const documented = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((method) => `${method} ${path}`)).sort();
    expect(MATRIX.map((r) => `${r.method} ${r.path}`).sort()).toEqual(documented);
  });

  it.each(MATRIX.map((r) => [`${r.method.toUpperCase()} ${r.path}`, r] as const))('%s', async (_name, route) => {
    const { organiser, auditor } = demoCredentials(t);
    for (const role of ROLES) {
      const partner = role === 'partner' && route.path.endsWith('/progress') ? 'edri' : 'victim';
      const path = route.path
        .replace('{slug}', 'demo')
        .replace('{country}', 'PL')
        .replace('{receipt}', randomUUID())
        .replace('{partner}', route.path.includes('/progress') ? 'edri' : partner)
        .replace('{id}', randomUUID());
      let request: Test = (t.http as unknown as Record<string, (p: string) => Test>)[route.method](path);
      if (role === 'partner') request = request.set('authorization', `Bearer ${partnerToken}`);
      if (role === 'organiserToken') request = request.set('authorization', `Bearer ${ADMIN}`);
      if (role === 'organiser' || role === 'auditor') {
        const who = role === 'organiser' ? organiser : auditor;
        const session = await login(t, who.email, who.password);
        request = request.set('cookie', session.cookie).set('x-csrf-token', session.csrf);
      }
      const res = await (route.body ? request.send(route.body) : request);
      const allowed = route.allowed === 'everyone' || route.allowed.includes(role);
      // Refused by the access rules; a route's own 401 (a wrong password at login) is an answer, not a refusal.
      const refused = (res.status === 401 || res.status === 403) && /^(unauthorized|forbidden|csrf)$/.test(res.body.errors?.[0]?.code);
      expect({ role, status: res.status, allowed: !refused }).toEqual({ role, status: res.status, allowed });
    }
  });
});
