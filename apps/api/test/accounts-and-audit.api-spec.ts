import { demoCredentials, login } from './fixtures/sessions';
import { cleanUpTestData, startTestApp, target, type TestApp } from './harness';

describe(`accounts, sessions and the audit trail (${target} database)`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t?.close();
    await cleanUpTestData();
  });

  it('logs in with a session cookie that is HttpOnly and SameSite=Strict, and knows who is signed in', async () => {
    const { organiser } = demoCredentials(t);
    const res = await t.http.post('/api/auth/login').send({ email: organiser.email.toUpperCase(), password: organiser.password }).expect(200);
    expect(res.body).toMatchObject({ account: { email: organiser.email, role: 'organiser' }, csrfToken: expect.any(String) });
    const cookie = ([] as string[]).concat(res.headers['set-cookie'])[0];
    expect(cookie).toMatch(/^eci_session=[A-Za-z0-9_-]{43};/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    expect(cookie).toContain('Path=/api');
    const me = await t.http.get('/api/auth/me').set('cookie', cookie.split(';')[0]).expect(200);
    expect(me.body).toEqual({ email: organiser.email, role: 'organiser' });
    const stored = JSON.stringify(await t.sql(`SELECT encode(token_hash, 'hex') AS h FROM sessions`));
    expect(stored).not.toContain(cookie.split(';')[0].split('=')[1]);
  });

  it('requires the CSRF token on state-changing requests made with the cookie', async () => {
    const { organiser } = demoCredentials(t);
    const session = await login(t, organiser.email, organiser.password);
    const body = { email: 'second.organiser@example.org', password: 'a long enough password', role: 'organiser' };
    const refused = await t.http.post('/api/accounts').set('cookie', session.cookie).send(body).expect(403);
    expect(refused.body.errors[0].code).toBe('csrf');
    await t.http.post('/api/accounts').set('cookie', session.cookie).set('x-csrf-token', 'wrong').send(body).expect(403);
    const created = await t.http.post('/api/accounts').set('cookie', session.cookie).set('x-csrf-token', session.csrf).send(body).expect(201);
    expect(created.body).toMatchObject({ email: body.email, role: 'organiser', disabled: false });
    expect(JSON.stringify(created.body)).not.toContain('argon2');
    const [row] = await t.sql<{ password_hash: string }>(`SELECT password_hash FROM accounts WHERE email = $1`, [body.email]);
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
    await t.http.post('/api/accounts').set('cookie', session.cookie).set('x-csrf-token', session.csrf).send(body).expect(409);
  });

  it('locks an account after five failed logins, even against the right password, and audits every attempt', async () => {
    const { auditor } = demoCredentials(t);
    for (let i = 0; i < 5; i++) {
      const res = await t.http.post('/api/auth/login').send({ email: auditor.email, password: `wrong ${i}` }).expect(401);
      expect(res.body.errors[0].code).toBe('invalid_credentials');
    }
    const locked = await t.http.post('/api/auth/login').send({ email: auditor.email, password: auditor.password }).expect(423);
    expect(locked.body.errors[0].code).toBe('account_locked');
    const unknown = await t.http.post('/api/auth/login').send({ email: 'nobody@example.org', password: 'whatever it is' }).expect(401);
    expect(unknown.body.errors[0].code).toBe('invalid_credentials');
    const entries = await t.sql<{ action: string; actor: string; details: { reason?: string } }>(`SELECT action, actor, details FROM audit_log ORDER BY id`);
    expect(entries.filter((e) => e.action === 'login_failed').map((e) => e.details.reason)).toEqual([
      'wrong_password', 'wrong_password', 'wrong_password', 'wrong_password', 'wrong_password', 'locked', 'unknown_account',
    ]);
    expect(JSON.stringify(entries)).not.toContain('wrong 1');
    await t.sql(`UPDATE accounts SET locked_until = now() - interval '1 second', failed_logins = 0 WHERE email = $1`, [auditor.email]);
  });

  it('lets organisers disable accounts, ending their sessions', async () => {
    const { organiser } = demoCredentials(t);
    const admin = await login(t, organiser.email, organiser.password);
    const extra = await t.http
      .post('/api/accounts').set('cookie', admin.cookie).set('x-csrf-token', admin.csrf)
      .send({ email: 'temp.auditor@example.org', password: 'another long password', role: 'auditor' }).expect(201);
    const temp = await login(t, 'temp.auditor@example.org', 'another long password');
    await t.http.get('/api/audit').set('cookie', temp.cookie).expect(200);
    await t.http.delete(`/api/accounts/${extra.body.id}`).set('cookie', admin.cookie).set('x-csrf-token', admin.csrf).expect(204);
    await t.http.delete(`/api/accounts/${extra.body.id}`).set('cookie', admin.cookie).set('x-csrf-token', admin.csrf).expect(404);
    await t.http.delete('/api/accounts/00000000-0000-4000-8000-000000000000').set('cookie', admin.cookie).set('x-csrf-token', admin.csrf).expect(404);
    await t.http.get('/api/audit').set('cookie', temp.cookie).expect(401);
    await t.http.post('/api/auth/login').send({ email: 'temp.auditor@example.org', password: 'another long password' }).expect(401);
  });

  it('keeps a hash-chained audit trail that auditors read and verify, and that names an edited entry', async () => {
    const { auditor } = demoCredentials(t);
    const session = await login(t, auditor.email, auditor.password);
    const list = await t.http.get('/api/audit?limit=1000').set('cookie', session.cookie).expect(200);
    const actions = list.body.map((e: { action: string }) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['account_created', 'login', 'login_failed', 'account_disabled']));
    for (let i = 1; i < list.body.length; i++) expect(list.body[i].prevHash).toBe(list.body[i - 1].hash);
    const ok = await t.http.get('/api/audit/verify').set('cookie', session.cookie).expect(200);
    expect(ok.body).toMatchObject({ valid: true, entries: list.body.length, head: expect.stringMatching(/^[0-9a-f]{64}$/) });

    const victim = list.body[3];
    await t.sql(`UPDATE audit_log SET details = '{"reason":"nothing happened"}' WHERE id = $1`, [victim.id]);
    const broken = await t.http.get('/api/audit/verify').set('cookie', session.cookie).expect(200);
    expect(broken.body).toMatchObject({ valid: false, firstBroken: victim.id, reason: 'hash' });
  });

  it('ends a session on logout', async () => {
    const { organiser } = demoCredentials(t);
    const session = await login(t, organiser.email, organiser.password);
    await t.http.post('/api/auth/logout').set('cookie', session.cookie).set('x-csrf-token', session.csrf).expect(204);
    await t.http.get('/api/auth/me').set('cookie', session.cookie).expect(401);
  });
});

describe(`the organisers' public key (${target} database)`, () => {
  let t: TestApp;
  const admin = { authorization: 'Bearer organiser-credential-for-key-changes-0123456789' };
  beforeAll(async () => {
    t = await startTestApp({ env: { ECI_ADMIN_TOKEN: admin.authorization.slice(7) } });
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
