import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { apiPath } from '@eci/api-contract';
import { demoCredentials, login, type LoggedIn } from './fixtures/sessions';
import { cleanUpTestData, startTestApp, target, type TestApp } from './harness';

const ADMIN = 'organiser-credential-for-the-people-tests-0123456789';
const admin = { authorization: `Bearer ${ADMIN}` };

/**
 * People of an initiative over HTTP: data-entry volunteers listed, passwords reset by organisers,
 * accounts disabled and enabled on one initiative, every action in the audit trail.
 */
describe(`people of an initiative: roles, password reset, disabling (${target} database)`, () => {
  let t: TestApp;
  let organiser: LoggedIn;
  const as = (s: LoggedIn) => ({
    get: (path: string) => t.http.get(path).set('cookie', s.cookie),
    post: (path: string) => t.http.post(path).set('cookie', s.cookie).set('x-csrf-token', s.csrf),
    put: (path: string) => t.http.put(path).set('cookie', s.cookie).set('x-csrf-token', s.csrf),
  });
  const create = async (email: string, role: string, slug = 'demo') =>
    (await t.http.post(apiPath('accounts', { slug })).set(admin).send({ email, role, password: `password of ${email}` }).expect(201)).body as { id: string };
  const auditEntries = async (action: string) => t.sql<{ actor: string; details: Record<string, unknown> }>(`SELECT actor, details FROM audit_log WHERE action = $1 ORDER BY id`, [action]);

  beforeAll(async () => {
    t = await startTestApp({ env: { ECI_ADMIN_TOKEN: ADMIN } });
    const { organiser: demo } = demoCredentials(t);
    organiser = await login(t, demo.email, demo.password);
  });
  afterAll(async () => {
    await t?.close();
    await cleanUpTestData();
  });

  it('creates and lists a data-entry volunteer, who signs in with that role and nothing else', async () => {
    const created = await as(organiser).post(apiPath('accounts', { slug: 'demo' })).send({ email: 'volunteer@example.org', role: 'data-entry', password: 'volunteer password' }).expect(201);
    expect(created.body).toEqual({ id: expect.any(String), email: 'volunteer@example.org', roles: ['data-entry'], disabled: false });
    const listed = await as(organiser).get(apiPath('accounts', { slug: 'demo' })).expect(200);
    expect(listed.body).toContainEqual({ id: created.body.id, email: 'volunteer@example.org', roles: ['data-entry'], disabled: false });
    const volunteer = await login(t, 'volunteer@example.org', 'volunteer password');
    expect((await as(volunteer).get(apiPath('authMe')).expect(200)).body).toEqual({ email: 'volunteer@example.org', roles: [{ initiative: 'demo', role: 'data-entry' }] });
    await as(volunteer).get(apiPath('accounts', { slug: 'demo' })).expect(403);
    await as(volunteer).get(apiPath('audit', { slug: 'demo' })).expect(403);
  });

  it('resets a password: the old one stops working, the sessions end, the audit entry names the account', async () => {
    const { id } = await create('reset.me@example.org', 'auditor');
    const before = await login(t, 'reset.me@example.org', 'password of reset.me@example.org');
    const res = await as(organiser).put(apiPath('accountPassword', { slug: 'demo', id })).send({ password: 'a fresh password 1' }).expect(200);
    expect(res.body).toEqual({ id, email: 'reset.me@example.org', roles: ['auditor'], disabled: false });
    await as(before).get(apiPath('authMe')).expect(401);
    await t.http.post(apiPath('authLogin')).send({ email: 'reset.me@example.org', password: 'password of reset.me@example.org' }).expect(401);
    await login(t, 'reset.me@example.org', 'a fresh password 1');
    expect((await auditEntries('password_reset')).at(-1)).toEqual({ actor: expect.stringMatching(/^account:/), details: { account: id, initiative: 'demo' } });
    expect(JSON.stringify(await t.sql('SELECT details FROM audit_log'))).not.toContain('fresh password');
  });

  it('refuses a short password (422 format), an account of another initiative (404) and one shared with an initiative the organiser does not run (409)', async () => {
    const { id } = await create('short@example.org', 'auditor');
    const short = await as(organiser).put(apiPath('accountPassword', { slug: 'demo', id })).send({ password: 'eleven char' }).expect(422);
    expect(short.body.errors).toEqual([{ field: 'password', code: 'format', message: expect.any(String) }]);
    await t.http.post(apiPath('initiatives')).set(admin).send({ ...sampleInitiative(), slug: 'people-second', registrationNumber: 'ECI(2025)000002' }).expect(201);
    const elsewhere = await create('elsewhere@example.org', 'organiser', 'people-second');
    const notHere = await as(organiser).put(apiPath('accountPassword', { slug: 'demo', id: elsewhere.id })).set('accept-language', 'de').send({ password: 'a takeover password' }).expect(404);
    expect(notHere.body.errors).toEqual([{ field: 'id', code: 'account_not_found', message: expect.any(String) }]);
    await as(organiser).post(apiPath('accountDisable', { slug: 'demo', id: elsewhere.id })).expect(404);
    await as(organiser).put(apiPath('accountPassword', { slug: 'demo', id: 'not-a-uuid' })).send({ password: 'a takeover password' }).expect(404);
    // The same account also an auditor of demo: still not the demo organiser's to reset.
    await t.http.post(apiPath('accounts', { slug: 'demo' })).set(admin).send({ email: 'elsewhere@example.org', role: 'auditor' }).expect(201);
    const shared = await as(organiser).put(apiPath('accountPassword', { slug: 'demo', id: elsewhere.id })).set('accept-language', 'fr').send({ password: 'a takeover password' }).expect(409);
    expect(shared.body.errors).toEqual([{ field: 'id', code: 'account_on_other_initiative', message: expect.stringContaining('initiative') }]);
    await login(t, 'elsewhere@example.org', 'password of elsewhere@example.org');
    // The installation's credential organises every initiative.
    await t.http.put(apiPath('accountPassword', { slug: 'demo', id: elsewhere.id })).set(admin).send({ password: 'set by the installation' }).expect(200);
    await login(t, 'elsewhere@example.org', 'set by the installation');
  });

  it('disables an account on the initiative: its session ends, it cannot sign in, it is listed as disabled; enabling lets it back in', async () => {
    const { id } = await create('disable.me@example.org', 'auditor');
    const session = await login(t, 'disable.me@example.org', 'password of disable.me@example.org');
    await as(session).get(apiPath('audit', { slug: 'demo' })).expect(200);
    const disabled = await as(organiser).post(apiPath('accountDisable', { slug: 'demo', id })).expect(200);
    expect(disabled.body).toEqual({ id, email: 'disable.me@example.org', roles: ['auditor'], disabled: true });
    await as(session).get(apiPath('audit', { slug: 'demo' })).expect(401);
    const refused = await t.http.post(apiPath('authLogin')).send({ email: 'disable.me@example.org', password: 'password of disable.me@example.org' }).expect(401);
    expect(refused.body.errors[0].code).toBe('invalid_credentials');
    expect((await as(organiser).get(apiPath('accounts', { slug: 'demo' })).expect(200)).body).toContainEqual({ id, email: 'disable.me@example.org', roles: ['auditor'], disabled: true });
    const enabled = await as(organiser).post(apiPath('accountEnable', { slug: 'demo', id })).expect(200);
    expect(enabled.body).toEqual({ id, email: 'disable.me@example.org', roles: ['auditor'], disabled: false });
    const back = await login(t, 'disable.me@example.org', 'password of disable.me@example.org');
    await as(back).get(apiPath('audit', { slug: 'demo' })).expect(200);
    expect((await auditEntries('account_disabled')).at(-1)).toEqual({ actor: expect.stringMatching(/^account:/), details: { account: id, initiative: 'demo', roles: ['auditor'] } });
    expect((await auditEntries('account_enabled')).at(-1)).toEqual({ actor: expect.stringMatching(/^account:/), details: { account: id, initiative: 'demo', roles: ['auditor'] } });
  });

  it('refuses an organiser disabling itself (409, translated), and leaves it signed in', async () => {
    const me = (await as(organiser).get(apiPath('accounts', { slug: 'demo' })).expect(200)).body.find((a: { email: string }) => a.email === demoCredentials(t).organiser.email) as { id: string };
    const refused = await as(organiser).post(apiPath('accountDisable', { slug: 'demo', id: me.id })).set('accept-language', 'pl').expect(409);
    expect(refused.body.errors).toEqual([{ field: 'id', code: 'cannot_disable_self', message: 'Nie można wyłączyć własnego konta.' }]);
    await as(organiser).get(apiPath('authMe')).expect(200);
  });
});

function sampleInitiative(): object {
  return JSON.parse(readFileSync(join(__dirname, '../../../docs/examples/initiative.json'), 'utf8')) as object;
}
