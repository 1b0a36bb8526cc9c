import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LANGUAGES } from '@eci/rules';
import { AdjustableClock } from './fixtures/adjustable-clock';
import { demoCredentials, login, type LoggedIn } from './fixtures/sessions';
import { polish } from './fixtures/statements';
import { cleanUpTestData, startTestApp, target, type TestApp } from './harness';

const ADMIN = 'organiser-credential-for-initiatives-0123456789';
/** The sample of docs/examples/initiative.json: registered 2025-03-01, collecting from 2025-06-01 to 2026-05-31. */
const sample = JSON.parse(readFileSync(join(__dirname, '../../../docs/examples/initiative.json'), 'utf8')) as Record<string, unknown>;
/** Registered 2022-05-10 (own online collection lawful), collecting from 2022-11-01 to 2023-10-31. */
const older = {
  ...sample,
  slug: 'older',
  registrationNumber: 'ECI(2022)000004',
  registrationDate: '2022-05-10',
  registerUrl: 'https://citizens-initiative.europa.eu/initiatives/details/2022/000004_en',
  cocsUrl: undefined,
  title: { en: 'Quiet nights near airports' },
  collectionStart: '2022-11-01',
};

describe(`setting up initiatives through the API (${target} database)`, () => {
  let t: TestApp;
  const clock = new AdjustableClock();
  const admin = () => ({ authorization: `Bearer ${ADMIN}` });
  let demoOrganiser: LoggedIn;
  const people = {} as Record<'organiser' | 'auditor', LoggedIn>;
  const as = (who: LoggedIn) => ({ cookie: who.cookie, 'x-csrf-token': who.csrf });

  beforeAll(async () => {
    // Today in Brussels is 1 October 2025: the sample collects, the older initiative has ended.
    clock.advance(Date.parse('2025-10-01T10:00:00Z') - Date.now());
    t = await startTestApp({ env: { ECI_ADMIN_TOKEN: ADMIN }, clock });
    const demo = demoCredentials(t);
    demoOrganiser = await login(t, demo.organiser.email, demo.organiser.password);
  });
  afterAll(async () => {
    await t?.close();
    await cleanUpTestData();
  });

  it('creates an initiative with the organiser credential, computing the last day of collection', async () => {
    const res = await t.http.post('/api/initiatives').set(admin()).send(older).expect(201);
    expect(res.body).toMatchObject({
      slug: 'older',
      registrationNumber: 'ECI(2022)000004',
      collectionStart: '2022-11-01',
      collectionEnd: '2023-10-31',
      closedEarlyOn: null,
      demo: false,
      publicKey: null,
      cocsUrl: null,
      channels: { lawful: ['own-online', 'cocs', 'paper'], online: 'own-online' },
    });
    for (const role of ['organiser', 'auditor'] as const) {
      const email = `${role}@older.example.org`;
      await t.http.post('/api/initiatives/older/accounts').set(admin()).send({ email, password: `the ${role} of the older one`, role }).expect(201);
      people[role] = await login(t, email, `the ${role} of the older one`);
    }
  });

  it('creates the sample initiative as a signed-in account, which becomes its organiser', async () => {
    const res = await t.http.post('/api/initiatives').set(as(demoOrganiser)).send(sample).expect(201);
    expect(res.body).toMatchObject({ slug: 'right-to-repair', collectionStart: '2025-06-01', collectionEnd: '2026-05-31', channels: { lawful: ['cocs', 'paper'], online: 'cocs' } });
    const me = await t.http.get('/api/auth/me').set('cookie', demoOrganiser.cookie).expect(200);
    expect(me.body.roles).toEqual([
      { initiative: 'demo', role: 'organiser' },
      { initiative: 'demo-cocs', role: 'organiser' },
      { initiative: 'right-to-repair', role: 'organiser' },
    ]);
    const audit = await t.sql<{ action: string; details: { initiative: string } }>(`SELECT action, details FROM audit_log WHERE action IN ('initiative_created', 'role_granted') ORDER BY id`);
    expect(audit.map((a) => `${a.action} ${a.details.initiative}`)).toEqual(expect.arrayContaining(['initiative_created older', 'initiative_created right-to-repair', 'role_granted right-to-repair']));
  });

  it('decides the channels by registration: the 2025 one refuses own online statements and sends signers to the COCS', async () => {
    const before = await t.sql<{ n: number }>('SELECT count(*)::int AS n FROM signatures');
    const cocs = await t.http.post('/api/initiatives/right-to-repair/signatures').set('accept-language', 'de').send(polish(21)).expect(409);
    expect(cocs.body.errors).toEqual([
      { field: null, code: 'online_through_cocs', message: expect.stringMatching(/zentrale Online-Sammelsystem|zentralen Online-Sammelsystem/), params: { cocsUrl: sample.cocsUrl } },
    ]);
    const page = (await t.http.get('/api/initiatives/right-to-repair').expect(200)).body;
    expect(page).toMatchObject({ channels: { online: 'cocs' }, cocsUrl: sample.cocsUrl, collectionState: 'collecting' });
    // The 2022 one may collect on this page, but its period is over (today is 1 October 2025).
    const older = await t.http.post('/api/initiatives/older/signatures').send(polish(22)).expect(409);
    expect(older.body.errors.map((e: { code: string }) => e.code)).toEqual(['collection_ended']);
    expect(await t.sql<{ n: number }>('SELECT count(*)::int AS n FROM signatures')).toEqual(before);
  });

  it('admits texts in all 24 languages at their longest (beyond the small body limit of other routes)', async () => {
    const all = (n: number) => Object.fromEntries(LANGUAGES.map((lang) => [lang, 'ω'.repeat(n)]));
    const res = await t.http
      .post('/api/initiatives')
      .set(admin())
      .send({ ...sample, slug: 'every-language', registrationNumber: 'ECI(2025)000005', title: all(200), subject: all(200), objectives: all(1100), annex: all(5000) })
      .expect(201);
    expect(Object.keys(res.body.annex)).toHaveLength(24);
  });

  it('edits an initiative: the given fields change, the public page shows them, the last day follows the kick-off', async () => {
    const res = await t.http
      .patch('/api/initiatives/right-to-repair')
      .set(as(demoOrganiser))
      .send({ title: { en: 'A right to repair', de: 'Ein Recht auf Reparatur' }, website: null, collectionStart: '2025-07-01' })
      .expect(200);
    expect(res.body).toMatchObject({ title: { en: 'A right to repair', de: 'Ein Recht auf Reparatur' }, website: null, collectionStart: '2025-07-01', collectionEnd: '2026-06-30' });
    const page = await t.http.get('/api/initiatives/right-to-repair').expect(200);
    expect(page.body).toMatchObject({ title: { en: 'A right to repair', de: 'Ein Recht auf Reparatur' }, website: null, collectionEnd: '2026-06-30' });
    expect(page.body).toEqual(expect.objectContaining({ subject: sample.subject }));
  });

  it('lists the initiatives each caller holds a role on; every one for the organiser credential', async () => {
    const slugs = async (headers: Record<string, string>) => (await t.http.get('/api/initiatives').set(headers).expect(200)).body.map((i: { slug: string }) => i.slug);
    expect(await slugs(admin())).toEqual(['demo', 'demo-cocs', 'every-language', 'older', 'right-to-repair']);
    expect(await slugs({ cookie: demoOrganiser.cookie })).toEqual(['demo', 'demo-cocs', 'right-to-repair']);
    expect(await slugs({ cookie: people.auditor.cookie })).toEqual(['older']);
    await t.http.get('/api/initiatives').expect(401);
  });

  it('closes collection early, from today in Brussels, once', async () => {
    const res = await t.http.post('/api/initiatives/right-to-repair/close').set(as(demoOrganiser)).expect(200);
    expect(res.body.closedEarlyOn).toBe('2025-10-01');
    expect((await t.http.get('/api/initiatives/right-to-repair').expect(200)).body.closedEarlyOn).toBe('2025-10-01');
    const again = await t.http.post('/api/initiatives/right-to-repair/close').set(as(demoOrganiser)).expect(409);
    expect(again.body.errors).toEqual([{ field: null, code: 'collection_already_closed', message: 'Collection has already been closed early.' }]);
    const [entry] = await t.sql<{ actor: string; details: unknown }>(`SELECT actor, details FROM audit_log WHERE action = 'initiative_closed'`);
    expect(entry.details).toEqual({ initiative: 'right-to-repair', closedEarlyOn: '2025-10-01' });
    expect(entry.actor).toMatch(/^account:/);
  });

  it('answers refusals in the house shape, in the language asked for', async () => {
    const ended = async (lang: string) => (await t.http.post('/api/initiatives/older/close').set(admin()).set('accept-language', lang).expect(409)).body;
    expect(await ended('en')).toEqual({ errors: [{ field: null, code: 'close_ended', message: 'The collection period has already ended.' }] });
    expect(await ended('fr')).toEqual({ errors: [{ field: null, code: 'close_ended', message: 'La période de collecte est déjà terminée.' }] });

    const bad = { ...sample, slug: 'bad', registrationNumber: 'ECI(2024)000009', collectionStart: '2025-09-02' };
    const de = await t.http.post('/api/initiatives').set(admin()).set('accept-language', 'de').send(bad).expect(422);
    expect(de.body.errors).toEqual([
      { field: 'registrationNumber', code: 'registration_year', message: 'Das Jahr in der Registrierungsnummer muss das Jahr des Registrierungsdatums sein.' },
      { field: 'collectionStart', code: 'kick_off_too_late', message: 'Die Sammlung muss innerhalb von 6 Monaten nach der Registrierung beginnen, spätestens am 2025-09-01.', params: { latest: '2025-09-01' } },
    ]);
    const en = await t.http.post('/api/initiatives').set(admin()).set('accept-language', 'en').send(bad).expect(422);
    expect(en.body.errors.map((e: { message: string }) => e.message)).toEqual([
      'The year in the registration number must be the year of the registration date.',
      'Collection must start within 6 months of registration, at the latest on 2025-09-01.',
    ]);

    const taken = await t.http.post('/api/initiatives').set(admin()).set('accept-language', 'pl').send(sample).expect(409);
    expect(taken.body.errors).toEqual([{ field: 'slug', code: 'initiative_exists', message: 'Inna inicjatywa w tej instalacji ma już tę wartość.' }]);

    const shape = await t.http.post('/api/initiatives').set(admin()).send({ ...sample, slug: 'Not A Slug', registerUrl: 'http://insecure.example.org', demo: true }).expect(422);
    expect(shape.body.errors.map((e: { field: string | null; code: string }) => `${e.field} ${e.code}`).sort()).toEqual(['null unknown_field', 'registerUrl format', 'slug format']);
    const few = await t.http.post('/api/initiatives').set(admin()).send({ ...sample, slug: 'few', registrationNumber: 'ECI(2025)000010', organisers: (sample.organisers as unknown[]).slice(0, 6) }).expect(422);
    expect(few.body.errors.map((e: { code: string }) => e.code)).toEqual(['organisers_too_few']);
    // Nothing was stored by any refusal, and the demo flag is nobody's to set.
    const [{ count }] = await t.sql<{ count: string }>(`SELECT count(*)::text AS count FROM initiatives`);
    expect(count).toBe('5');
    await t.http.patch('/api/initiatives/older').set(admin()).send({ demo: true }).expect(422);
  });

  it('refuses changing the kick-off or the registration once statements exist (statements_exist)', async () => {
    await t.http.post('/api/initiatives/demo/signatures').send(polish(1)).expect(201);
    const res = await t.http.patch('/api/initiatives/demo').set(admin()).set('accept-language', 'en').send({ collectionStart: '2023-01-15' }).expect(409);
    expect(res.body.errors).toEqual([
      { field: 'collectionStart', code: 'statements_exist', message: 'Statements of support have already been collected, so the registration and the start of collection can no longer be changed.' },
    ]);
    await t.http.patch('/api/initiatives/demo').set(admin()).send({ website: 'https://demo.example.org' }).expect(200);
  });

  it("refuses an organiser or auditor of one initiative every organiser and auditor route of the other", async () => {
    const routes = (slug: string) => [
      ['patch', `/api/initiatives/${slug}`, { title: { en: 'Taken over' } }],
      ['post', `/api/initiatives/${slug}/close`, undefined],
      ['put', `/api/initiatives/${slug}/public-key`, { publicKey: Buffer.alloc(32, 7).toString('base64') }],
      ['get', `/api/initiatives/${slug}/partners`, undefined],
      ['post', `/api/initiatives/${slug}/accounts`, { email: 'planted@example.org', password: 'a planted organiser', role: 'organiser' }],
      ['get', `/api/initiatives/${slug}/audit`, undefined],
      ['post', `/api/initiatives/${slug}/exports/PL`, {}],
    ] as const;
    const statuses = async (who: LoggedIn, slug: string) => {
      const seen: string[] = [];
      for (const [method, path, body] of routes(slug)) {
        const request = t.http[method](path).set(as(who));
        const res = await (body ? request.send(body) : request);
        seen.push(`${method} ${path} ${res.status}`);
      }
      return seen;
    };
    const refusedAll = (slug: string) => routes(slug).map(([method, path]) => `${method} ${path} 403`);
    // The older initiative's organiser and auditor on the sample, the sample's organiser on the older one.
    expect(await statuses(people.organiser, 'right-to-repair')).toEqual(refusedAll('right-to-repair'));
    expect(await statuses(people.auditor, 'right-to-repair')).toEqual(refusedAll('right-to-repair'));
    expect(await statuses(demoOrganiser, 'older')).toEqual(refusedAll('older'));
    const older = (await t.http.get('/api/initiatives/older').expect(200)).body;
    expect(older).toMatchObject({ title: { en: 'Quiet nights near airports' }, closedEarlyOn: null });
    // On their own initiative the same people get through.
    await t.http.patch('/api/initiatives/older').set(as(people.organiser)).send({ website: 'https://older.example.org' }).expect(200);
    await t.http.get('/api/initiatives/older/audit').set(as(people.auditor)).expect(200);
    await t.http.patch('/api/initiatives/older').set(as(people.auditor)).send({ website: null }).expect(403);
  });
});
