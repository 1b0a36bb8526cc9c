import type { Response } from 'supertest';
import { FAILED_LOGIN_WINDOW_MS, FailedLoginsService } from '../src/audit/failed-logins.service';
import { demoInitiative } from '../src/initiatives/demo-initiative';
import { INITIATIVES_REPOSITORY, type InitiativesRepository } from '../src/initiatives/initiatives.repository';
import type { Clock } from '../src/platform/clock/clock';
import { demoCredentials, login, setCookie } from './fixtures/sessions';
import { cleanUpTestData, startTestApp, target, type TestApp } from './harness';

const ADMIN = 'organiser-credential-for-the-account-tests-0123456789';
const admin = { authorization: `Bearer ${ADMIN}` };

/** Initiatives cannot be created through the API yet: a second one goes in through the repository. */
async function addSecondInitiative(t: TestApp): Promise<void> {
  await t.running.app.get<InitiativesRepository>(INITIATIVES_REPOSITORY).create({ ...demoInitiative('2026-01-01', new Uint8Array(32)), slug: 'second', registrationNumber: 'ECI(2025)000002', publicKey: null });
}

describe(`accounts, roles per initiative, sessions and the audit trail (${target} database)`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: { ECI_ADMIN_TOKEN: ADMIN } });
    await addSecondInitiative(t);
  });
  afterAll(async () => {
    await t?.close();
    await cleanUpTestData();
  });

  it('logs in with a session cookie and a device cookie, both HttpOnly and SameSite=Strict, and knows who is signed in with which roles', async () => {
    const { organiser } = demoCredentials(t);
    const res = await t.http.post('/api/auth/login').send({ email: organiser.email.toUpperCase(), password: organiser.password }).expect(200);
    // The demo organiser holds its role on both demo initiatives (demo and demo-cocs).
    const demoRoles = [
      { initiative: 'demo', role: 'organiser' },
      { initiative: 'demo-cocs', role: 'organiser' },
    ];
    expect(res.body).toMatchObject({ account: { email: organiser.email, roles: demoRoles }, csrfToken: expect.any(String) });
    const cookies = ([] as string[]).concat(res.headers['set-cookie']);
    const session = cookies.find((c) => c.startsWith('eci_session=')) as string;
    expect(session).toMatch(/^eci_session=[A-Za-z0-9_-]{43};/);
    expect(session).toContain('HttpOnly');
    expect(session).toContain('SameSite=Strict');
    expect(session).toContain('Path=/api;');
    const device = cookies.find((c) => c.startsWith('eci_device=')) as string;
    expect(device).toMatch(/^eci_device=[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43};/);
    expect(device).toContain('HttpOnly');
    expect(device).toContain('SameSite=Strict');
    expect(device).toContain('Path=/api/auth/login');
    const me = await t.http.get('/api/auth/me').set('cookie', session.split(';')[0]).expect(200);
    expect(me.body).toEqual({ email: organiser.email, roles: demoRoles });
    const stored = JSON.stringify(await t.sql(`SELECT encode(token_hash, 'hex') AS h FROM sessions`));
    expect(stored).not.toContain(session.split(';')[0].split('=')[1]);
  });

  it('requires the CSRF token on state-changing requests made with the cookie', async () => {
    const { organiser } = demoCredentials(t);
    const session = await login(t, organiser.email, organiser.password);
    const body = { email: 'second.organiser@example.org', password: 'a long enough password', role: 'organiser' };
    const refused = await t.http.post('/api/initiatives/demo/accounts').set('cookie', session.cookie).send(body).expect(403);
    expect(refused.body.errors[0].code).toBe('csrf');
    await t.http.post('/api/initiatives/demo/accounts').set('cookie', session.cookie).set('x-csrf-token', 'wrong').send(body).expect(403);
    const created = await t.http.post('/api/initiatives/demo/accounts').set('cookie', session.cookie).set('x-csrf-token', session.csrf).send(body).expect(201);
    expect(created.body).toEqual({ id: expect.any(String), email: body.email, roles: ['organiser'], disabled: false });
    const [row] = await t.sql<{ password_hash: string }>(`SELECT password_hash FROM accounts WHERE email = $1`, [body.email]);
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
    await t.http.post('/api/initiatives/demo/accounts').set('cookie', session.cookie).set('x-csrf-token', session.csrf).send(body).expect(409);
  });

  it("lets an initiative's organisers grant and remove roles on it only; an account left with no role is disabled", async () => {
    const { organiser } = demoCredentials(t);
    const demoAdmin = await login(t, organiser.email, organiser.password);
    const asDemoOrganiser = (method: 'post' | 'get' | 'delete', path: string) => t.http[method](path).set('cookie', demoAdmin.cookie).set('x-csrf-token', demoAdmin.csrf);
    const temp = { email: 'temp.auditor@example.org', password: 'another long password' };

    const created = await asDemoOrganiser('post', '/api/initiatives/demo/accounts').send({ ...temp, role: 'auditor' }).expect(201);
    expect(created.body).toEqual({ id: expect.any(String), email: temp.email, roles: ['auditor'], disabled: false });
    const missing = await asDemoOrganiser('post', '/api/initiatives/demo/accounts').send({ email: 'new.one@example.org', role: 'auditor' }).expect(422);
    expect(missing.body.errors[0]).toMatchObject({ field: 'password', code: 'required' });
    const taken = await asDemoOrganiser('post', '/api/initiatives/demo/accounts').send({ email: temp.email.toUpperCase(), password: 'set someone else’s password', role: 'organiser' }).expect(409);
    expect(taken.body.errors[0]).toMatchObject({ field: 'email', code: 'account_exists' });
    // The second initiative's organisers grant the same account a role there (no password: an existing account).
    await asDemoOrganiser('post', '/api/initiatives/second/accounts').send({ email: temp.email, role: 'auditor' }).expect(403);
    const granted = await t.http.post('/api/initiatives/second/accounts').set(admin).send({ email: temp.email, role: 'auditor' }).expect(201);
    expect(granted.body).toEqual({ id: created.body.id, email: temp.email, roles: ['auditor'], disabled: false });

    const listed = await asDemoOrganiser('get', '/api/initiatives/demo/accounts').expect(200);
    expect(listed.body.map((a: { email: string; roles: string[] }) => `${a.email} ${a.roles.join(',')}`).sort()).toEqual(
      [`${organiser.email} organiser`, `${demoCredentials(t).auditor.email} auditor`, 'second.organiser@example.org organiser', `${temp.email} auditor`].sort(),
    );
    expect(JSON.stringify(listed.body)).not.toContain('argon2');

    const session = await login(t, temp.email, temp.password);
    const me = await t.http.get('/api/auth/me').set('cookie', session.cookie).expect(200);
    expect(me.body.roles).toEqual([
      { initiative: 'demo', role: 'auditor' },
      { initiative: 'second', role: 'auditor' },
    ]);
    await t.http.get('/api/initiatives/demo/audit').set('cookie', session.cookie).expect(200);

    await asDemoOrganiser('delete', `/api/initiatives/second/accounts/${created.body.id}`).expect(403);
    await asDemoOrganiser('delete', `/api/initiatives/demo/accounts/${created.body.id}`).expect(204);
    await asDemoOrganiser('delete', `/api/initiatives/demo/accounts/${created.body.id}`).expect(404);
    await asDemoOrganiser('delete', '/api/initiatives/demo/accounts/00000000-0000-4000-8000-000000000000').expect(404);
    await t.http.get('/api/initiatives/demo/audit').set('cookie', session.cookie).expect(403);
    await t.http.get('/api/initiatives/second/audit').set('cookie', session.cookie).expect(200);

    await t.http.delete(`/api/initiatives/second/accounts/${created.body.id}`).set(admin).expect(204);
    await t.http.get('/api/initiatives/second/audit').set('cookie', session.cookie).expect(401);
    await t.http.post('/api/auth/login').send(temp).expect(401);
    const [row] = await t.sql<{ disabled: boolean }>(`SELECT disabled_at IS NOT NULL AS disabled FROM accounts WHERE id = $1`, [created.body.id]);
    expect(row.disabled).toBe(true);

    // A role granted again enables the account again.
    await asDemoOrganiser('post', '/api/initiatives/demo/accounts').send({ email: temp.email, role: 'auditor' }).expect(201);
    await login(t, temp.email, temp.password);
  });

  it("shows an initiative's auditors the entries concerning it, and verifies the whole chain revealing only the verdict", async () => {
    await t.http.post('/api/initiatives/second/partners').set(admin).send({ name: 'Only on the second', slug: 'second-only' }).expect(201);
    const { auditor } = demoCredentials(t);
    const session = await login(t, auditor.email, auditor.password);
    const list = await t.http.get('/api/initiatives/demo/audit?limit=1000').set('cookie', session.cookie).expect(200);
    const entries = list.body as { id: string; action: string; details: { initiative?: string; initiatives?: string[] }; prevHash: string; hash: string }[];
    expect(entries.map((e) => e.action)).toEqual(expect.arrayContaining(['account_created', 'role_granted', 'role_revoked', 'login']));
    for (const e of entries) {
      const names = [e.details.initiative, ...(e.details.initiatives ?? [])].filter(Boolean);
      expect({ id: e.id, concerns: names.length === 0 || names.includes('demo') }).toEqual({ id: e.id, concerns: true });
    }
    expect(JSON.stringify(entries)).not.toContain('second-only');
    const everything = await t.sql<{ n: number }>(`SELECT count(*)::int AS n FROM audit_log`);
    expect(entries.length).toBeLessThan(everything[0].n);

    const ok = await t.http.get('/api/initiatives/demo/audit/verify').set('cookie', session.cookie).expect(200);
    expect(ok.body).toEqual({ valid: true, head: expect.stringMatching(/^[0-9a-f]{64}$/) });
    const [secondEntry] = await t.sql<{ id: string }>(`SELECT id::text AS id FROM audit_log WHERE details->>'partner' = 'second-only'`);
    await t.sql(`UPDATE audit_log SET details = '{"reason":"nothing happened"}' WHERE id = $1`, [secondEntry.id]);
    const broken = await t.http.get('/api/initiatives/demo/audit/verify').set('cookie', session.cookie).expect(200);
    // The first broken entry is named, though it concerns the other initiative (the chain is one).
    expect(broken.body).toEqual({ valid: false, firstBroken: secondEntry.id, reason: 'hash' });
  });

  it('filters the entries by action, actor and time, and answers 422 naming each bad parameter', async () => {
    const { auditor } = demoCredentials(t);
    const session = await login(t, auditor.email, auditor.password);
    const list = async (query: string) => (await t.http.get(`/api/initiatives/demo/audit?limit=1000&${query}`).set('cookie', session.cookie).expect(200)).body as { id: string; at: string; actor: string; action: string }[];
    const all = await list('');
    const logins = await list('action=login');
    expect(logins.length).toBeGreaterThan(0);
    expect(logins).toEqual(all.filter((e) => e.action === 'login'));
    const byAdmin = await list('actor=organiser-token');
    expect(byAdmin.length).toBeGreaterThan(0);
    expect(byAdmin).toEqual(all.filter((e) => e.actor === 'organiser-token'));
    const middle = all[Math.floor(all.length / 2)];
    expect(await list(`from=${encodeURIComponent(middle.at)}`)).toEqual(all.filter((e) => e.at >= middle.at));
    expect(await list(`to=${encodeURIComponent(middle.at)}`)).toEqual(all.filter((e) => e.at < middle.at));
    const today = middle.at.slice(0, 10);
    expect(await list(`from=${today}&to=${today}`)).toEqual(all.filter((e) => e.at.startsWith(today)));
    expect(await list('from=2000-01-01&to=2000-01-01')).toEqual([]);

    const bad = await t.http.get('/api/initiatives/demo/audit?action=drop%20table&actor=account:x&from=2026-02-30&to=tomorrow').set('cookie', session.cookie).set('accept-language', 'de').expect(422);
    expect(bad.body.errors.map((e: { field: string; code: string }) => `${e.field} ${e.code}`)).toEqual(['action format', 'actor format', 'from format', 'to format']);
    expect(bad.body.errors[0].message).toEqual(expect.any(String));
    const backwards = await t.http.get('/api/initiatives/demo/audit?from=2026-12-07&to=2026-12-06').set('cookie', session.cookie).expect(422);
    expect(backwards.body.errors).toEqual([{ field: 'to', code: 'format', message: expect.any(String) }]);
    await t.http.get('/api/initiatives/demo/audit?action=login&action=logout').set('cookie', session.cookie).expect(422);
  });

  it('ends a session on logout', async () => {
    const { organiser } = demoCredentials(t);
    const session = await login(t, organiser.email, organiser.password);
    await t.http.post('/api/auth/logout').set('cookie', session.cookie).set('x-csrf-token', session.csrf).expect(204);
    await t.http.get('/api/auth/me').set('cookie', session.cookie).expect(401);
  });
});

/** A clock that stands still until the test moves it, so that delays are exact whatever the machine's speed. */
class SteppedClock implements Clock {
  private ms = Date.now();
  now(): Date {
    return new Date(this.ms);
  }
  advance(ms: number): void {
    this.ms += ms;
  }
}

describe(`login throttling and failed logins in the audit trail (${target} database)`, () => {
  let t: TestApp;
  const clock = new SteppedClock();
  let addresses = 0;
  /** A client address no attempt came from yet (the API believes X-Forwarded-For from loopback here). */
  const fresh = () => {
    addresses++;
    return `10.${(addresses >> 16) & 255}.${(addresses >> 8) & 255}.${addresses & 255}`;
  };
  const attempt = (email: string, password: string, from: string, device?: string) => {
    const request = t.http.post('/api/auth/login').set('x-forwarded-for', from);
    return (device ? request.set('cookie', device) : request).send({ email, password });
  };
  const answer = (res: Response) => ({ status: res.status, code: res.body.errors?.[0]?.code ?? null, retryAfter: res.headers['retry-after'] ?? null });
  const refused = { status: 401, code: 'invalid_credentials', retryAfter: null };
  const throttled = (seconds: number) => ({ status: 429, code: 'login_throttled', retryAfter: String(seconds) });
  const newAccount = async (email: string, initiative = 'demo') => {
    const password = `the password of ${email}`;
    const res = await t.http.post(`/api/initiatives/${initiative}/accounts`).set(admin).send({ email, password, role: 'auditor' }).expect(201);
    return { id: res.body.id as string, email, password };
  };

  beforeAll(async () => {
    t = await startTestApp({ env: { ECI_ADMIN_TOKEN: ADMIN, ECI_TRUST_PROXY: 'loopback' }, clock });
    await addSecondInitiative(t);
  });
  afterAll(async () => {
    await t?.close();
    await cleanUpTestData();
  });

  it('throttles an e-mail with growing delays and Retry-After, from any address, without checking the password', async () => {
    const owner = await newAccount('owner.a@example.org');
    const answers = [];
    for (let i = 0; i < 6; i++) answers.push(answer(await attempt(owner.email, `wrong ${i}`, fresh())));
    expect(answers).toEqual(Array(6).fill(refused));
    // Five failures are free; the sixth blocks for 1 s, even the right password.
    const blocked = await attempt(owner.email, owner.password, fresh());
    expect(answer(blocked)).toEqual(throttled(1));
    expect(blocked.body.errors[0].message).toMatch(/wait/);
    expect(setCookie(blocked, 'eci_session')).toBeUndefined();
    clock.advance(1000);
    expect(answer(await attempt(owner.email, 'wrong again', fresh()))).toEqual(refused);
    expect(answer(await attempt(owner.email, owner.password, fresh()))).toEqual(throttled(2));
    clock.advance(1000);
    expect(answer(await attempt(owner.email, owner.password, fresh()))).toEqual(throttled(1));
    clock.advance(1000);
    expect(answer(await attempt(owner.email.toUpperCase(), 'and again', fresh()))).toEqual(refused);
    expect(answer(await attempt(owner.email, owner.password, fresh()))).toEqual(throttled(4));
    clock.advance(4000);
    expect(answer(await attempt(owner.email, owner.password, fresh()))).toEqual({ status: 200, code: null, retryAfter: null });
  });

  it('throttles a client address with growing delays, whatever e-mails it tries, and no other address', async () => {
    const from = fresh();
    const answers = [];
    for (let i = 0; i < 11; i++) answers.push(answer(await attempt(`stranger.${i}@example.org`, 'guess', from)));
    expect(answers).toEqual(Array(11).fill(refused));
    expect(answer(await attempt('stranger.new@example.org', 'guess', from))).toEqual(throttled(1));
    expect(answer(await attempt('stranger.new@example.org', 'guess', fresh()))).toEqual(refused);
    clock.advance(1000);
    expect(answer(await attempt('stranger.12@example.org', 'guess', from))).toEqual(refused);
    expect(answer(await attempt('stranger.13@example.org', 'guess', from))).toEqual(throttled(2));
    clock.advance(2000);
    expect(answer(await attempt('stranger.13@example.org', 'guess', from))).toEqual(refused);
    expect(answer(await attempt('stranger.14@example.org', 'guess', from))).toEqual(throttled(4));
  });

  it('answers an e-mail that has an account exactly as one that has none, in every state', async () => {
    const owner = await newAccount('owner.c@example.org');
    const stranger = 'no.account.c@example.org';
    const [ownerFrom, strangerFrom] = [fresh(), fresh()];
    const whole = (res: Response) => ({
      status: res.status,
      body: res.body,
      retryAfter: res.headers['retry-after'],
      contentType: res.headers['content-type'],
      cookies: res.headers['set-cookie'],
    });
    const both = async (ownerPassword: string) => {
      const [a, b] = [await attempt(owner.email, ownerPassword, ownerFrom), await attempt(stranger, ownerPassword, strangerFrom)];
      expect(whole(a)).toEqual(whole(b));
      return answer(a);
    };
    const seen = [];
    for (let i = 0; i < 6; i++) seen.push(await both(`wrong ${i}`));
    seen.push(await both(owner.password)); // blocked: the right password changes nothing
    clock.advance(1000);
    seen.push(await both('wrong 6'));
    seen.push(await both('wrong 7'));
    clock.advance(24 * 60 * 60 * 1000); // the counts are forgotten a day after the last failure
    seen.push(await both('wrong 8'));
    expect(seen).toEqual([...Array(6).fill(refused), throttled(1), refused, throttled(2), refused]);
  });

  it("lets the owner sign in from a known device while a stranger's failures throttle the account", async () => {
    const owner = await newAccount('owner.d@example.org');
    const mine = await login(t, owner.email, owner.password, { 'x-forwarded-for': fresh() });
    const other = await newAccount('other.d@example.org');
    const theirs = await login(t, other.email, other.password, { 'x-forwarded-for': fresh() });
    for (let i = 0; i < 6; i++) await attempt(owner.email, `stranger's guess ${i}`, fresh()).expect(401);
    expect(answer(await attempt(owner.email, owner.password, fresh()))).toEqual(throttled(1));

    const fromMyDevice = await attempt(owner.email, owner.password, fresh(), mine.device).expect(200);
    expect(setCookie(fromMyDevice, 'eci_device')).toMatch(/^eci_device=/);
    // Another account's device cookie, or a forged one, is no device of this account.
    expect(answer(await attempt(owner.email, owner.password, fresh(), theirs.device))).toEqual(throttled(1));
    const forged = mine.device.replace(/.{4}$/, (end) => (end === 'AAAA' ? 'BBBB' : 'AAAA'));
    expect(answer(await attempt(owner.email, owner.password, fresh(), forged))).toEqual(throttled(1));

    // The device has its own count: whoever holds the cookie gets ten free failures, then delays.
    const withDevice = [];
    for (let i = 0; i < 11; i++) withDevice.push(answer(await attempt(owner.email, `thief ${i}`, fresh(), mine.device)));
    expect(withDevice).toEqual(Array(11).fill(refused));
    expect(answer(await attempt(owner.email, owner.password, fresh(), mine.device))).toEqual(throttled(1));
    clock.advance(1000);
    await attempt(owner.email, owner.password, fresh(), mine.device).expect(200);
  });

  it('audits failed logins as one entry per account and 15-minute window with the count, unknown e-mails together and not kept', async () => {
    const W = FAILED_LOGIN_WINDOW_MS;
    clock.advance(W - (clock.now().getTime() % W) + 1000); // the start of a window: every failure below falls in it
    const windowStart = new Date(clock.now().getTime() - 1000).toISOString();
    const owner = await newAccount('owner.e@example.org');
    const elsewhere = await newAccount('auditor.e@second.example.org', 'second');
    for (let i = 0; i < 6; i++) await attempt(owner.email, `wrong ${i}`, fresh()).expect(401);
    await attempt(owner.email, `wrong 6`, fresh()).expect(429); // throttled: the password was not checked, nothing counted
    for (let i = 0; i < 5; i++) await attempt(`stranger.e${i}@example.org`, 'guess', fresh()).expect(401);
    await attempt(elsewhere.email, 'wrong', fresh()).expect(401);
    clock.advance(1000);
    await login(t, owner.email, owner.password, { 'x-forwarded-for': fresh() });
    const [{ n: before }] = await t.sql<{ n: number }>(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'login_failed' AND details->>'from' = $1`, [windowStart]);
    expect(before).toBe(0);

    clock.advance(W);
    const { auditor } = demoCredentials(t);
    const session = await login(t, auditor.email, auditor.password, { 'x-forwarded-for': fresh() });
    const listed = (await t.http.get('/api/initiatives/demo/audit?limit=1000').set('cookie', session.cookie).expect(200)).body as {
      actor: string;
      action: string;
      details: Record<string, unknown>;
    }[];
    const failed = listed.filter((e) => e.action === 'login_failed' && e.details.from === windowStart);
    expect(failed.map((e) => ({ actor: e.actor, details: e.details })).sort((a, b) => String(a.details.account).localeCompare(String(b.details.account)))).toEqual(
      [
        { actor: 'anonymous', details: { account: owner.id, failures: 6, from: windowStart, to: new Date(Date.parse(windowStart) + W).toISOString(), initiatives: ['demo'] } },
        { actor: 'anonymous', details: { unknownEmails: true, failures: 5, from: windowStart, to: new Date(Date.parse(windowStart) + W).toISOString() } },
      ].sort((a, b) => String(a.details.account).localeCompare(String(b.details.account))),
    );
    expect(listed).toEqual(expect.arrayContaining([expect.objectContaining({ actor: `account:${owner.id}`, action: 'login', details: { initiatives: ['demo'], knownDevice: false } })]));
    // The other initiative's account failed too: its entry exists, for that initiative's auditors only.
    const [theirs] = await t.sql<{ details: { initiatives: string[]; failures: number } }>(`SELECT details FROM audit_log WHERE action = 'login_failed' AND details->>'account' = $1`, [elsewhere.id]);
    expect(theirs.details).toMatchObject({ failures: 1, initiatives: ['second'] });
    expect(JSON.stringify(listed)).not.toContain(elsewhere.id);

    const trail = JSON.stringify(await t.sql(`SELECT * FROM audit_log`));
    for (const email of [owner.email, 'stranger.e0@example.org', elsewhere.email, 'example.org']) expect(trail).not.toContain(email);
    expect((await t.http.get('/api/initiatives/demo/audit/verify').set('cookie', session.cookie).expect(200)).body.valid).toBe(true);
  });

  it('closes a window once however many processes close windows at the same time', async () => {
    await attempt('stranger.f@example.org', 'guess', fresh()).expect(401);
    clock.advance(FAILED_LOGIN_WINDOW_MS);
    const closers = [1, 2, 3, 4].map(() => t.running.app.get(FailedLoginsService).close());
    const appended = (await Promise.all(closers)).flat();
    expect(appended.map((e) => e.details)).toEqual([expect.objectContaining({ unknownEmails: true, failures: 1 })]);
    const [{ n }] = await t.sql<{ n: number }>(`SELECT count(*)::int AS n FROM login_failures`);
    expect(n).toBe(0);
  });
});

describe(`the organisers' public key (${target} database)`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: { ECI_ADMIN_TOKEN: ADMIN } });
  });
  afterAll(async () => {
    await t?.close();
    await cleanUpTestData();
  });

  it('is changed by organisers while no statement is sealed to it, audited, and refused afterwards', async () => {
    const newKey = Buffer.alloc(32, 7).toString('base64');
    await t.http.put('/api/initiatives/demo/public-key').set(admin).send({ publicKey: 'not a key' }).expect(422);
    await t.http.put('/api/initiatives/demo/public-key').set(admin).send({ publicKey: newKey }).expect(200);
    const [entry] = await t.sql<{ actor: string; details: { publicKey: string } }>(`SELECT actor, details FROM audit_log WHERE action = 'key_changed'`);
    expect(entry).toMatchObject({ actor: 'organiser-token', details: { publicKey: newKey } });
    await t.sql(
      `INSERT INTO signatures (id, initiative_id, nationality, signed_on, channel, identity_hash, ciphertext)
       SELECT gen_random_uuid(), id, 'FR', CURRENT_DATE, 'paper', sha256('x'::bytea), '\\x00'::bytea FROM initiatives WHERE slug = 'demo'`,
    );
    const refused = await t.http.put('/api/initiatives/demo/public-key').set(admin).send({ publicKey: Buffer.alloc(32, 9).toString('base64') }).expect(409);
    expect(refused.body.errors[0]).toMatchObject({ field: 'publicKey', code: 'key_in_use' });
  });
});
