import { addDays } from '@eci/rules';
import { AdjustableClock } from './fixtures/adjustable-clock';
import { polish } from './fixtures/statements';
import { cleanUpTestData, startTestApp, target, type TestApp } from './harness';

const ADMIN = 'organiser-credential-for-the-collection-rules-0123456789';
const admin = { authorization: `Bearer ${ADMIN}` };

/**
 * The period and channel rules at the signing API, on the two demos a first start creates: `demo`
 * (registered 2022, collecting on this signing page from the day of creation for 12 months) and
 * `demo-cocs` (registered 2025, collecting online on the Commission's COCS). The clock is moved
 * to each day in Brussels; refusals are asserted in two languages.
 */
describe(`collection period and lawful channels at the signing API (${target} database)`, () => {
  let t: TestApp;
  const clock = new AdjustableClock();
  let kickOff: string;
  let lastDay: string;
  /** Moves the clock to noon UTC (13:00 or 14:00 in Brussels) on `day`, past every cache. */
  const goTo = (day: string) => clock.advance(Date.parse(`${day}T12:00:00Z`) - clock.now().getTime());

  const sign = (slug: string, n: number, lang: string) => t.http.post(`/api/initiatives/${slug}/signatures`).set('accept-language', lang).send(polish(n));
  const stored = async () => Number((await t.sql<{ n: string }>(`SELECT count(*) AS n FROM signatures`))[0].n);
  const stateOf = async (slug: string) => ({
    initiative: (await t.http.get(`/api/initiatives/${slug}`).expect(200)).body.collectionState,
    form: (await t.http.get(`/api/initiatives/${slug}/forms/PL`).expect(200)).body.collectionState,
  });

  beforeAll(async () => {
    t = await startTestApp({ env: { ECI_ADMIN_TOKEN: ADMIN }, clock });
    const demo = (await t.http.get('/api/initiatives/demo').expect(200)).body;
    kickOff = demo.collectionStart;
    lastDay = demo.collectionEnd;
  });
  afterAll(async () => {
    await t?.close();
    await cleanUpTestData();
  });

  it('the day before the kick-off: 409 collection_not_started, in English and French, storing nothing; the page is told `not-started`', async () => {
    goTo(addDays(kickOff, -1));
    const en = await sign('demo', 1, 'en').expect(409);
    expect(en.body.errors).toEqual([{ field: null, code: 'collection_not_started', message: expect.stringContaining(kickOff), params: { start: kickOff, end: lastDay } }]);
    expect(en.body.errors[0].message).toMatch(/not collecting statements of support yet/);
    const fr = await sign('demo', 1, 'fr').expect(409);
    expect(fr.body.errors[0]).toMatchObject({ code: 'collection_not_started', message: expect.stringMatching(/ne recueille pas encore/) });
    expect(await stored()).toBe(0);
    expect(await stateOf('demo')).toEqual({ initiative: 'not-started', form: 'not-started' });
  });

  it('the kick-off day and the last day: statements are taken', async () => {
    goTo(kickOff);
    expect((await sign('demo', 2, 'en').expect(201)).body.signedOn).toBe(kickOff);
    expect(await stateOf('demo')).toEqual({ initiative: 'collecting', form: 'collecting' });
    goTo(lastDay);
    expect((await sign('demo', 3, 'en').expect(201)).body.signedOn).toBe(lastDay);
    expect(await stored()).toBe(2);
  });

  it('the day after the last day: 409 collection_ended, in English and Polish, storing nothing', async () => {
    goTo(addDays(lastDay, 1));
    const en = await sign('demo', 4, 'en').expect(409);
    expect(en.body.errors).toEqual([{ field: null, code: 'collection_ended', message: expect.stringMatching(/ended on/), params: { start: kickOff, end: lastDay } }]);
    const pl = await sign('demo', 4, 'pl').expect(409);
    expect(pl.body.errors[0]).toMatchObject({ code: 'collection_ended', message: expect.stringMatching(/zakończyło się/) });
    expect(await stored()).toBe(2);
    expect(await stateOf('demo')).toEqual({ initiative: 'ended', form: 'ended' });
  });

  it('an early closure: 409 collection_closed_early from the closure day on, in English and German; the day before is still taken', async () => {
    const closure = addDays(kickOff, 30);
    // A copy of the demo that its organisers closed early: the closure day is written to the
    // database as the organisers' close command (POST /api/initiatives/:slug/close) stores it.
    await t.sql(
      `INSERT INTO initiatives (slug, registration_number, registration_date, title, subject, objectives, organisers, register_url, collection_start, collection_end, public_key, demo, closed_early_on)
       SELECT 'closing', 'ECI(2022)000005', registration_date, title, subject, objectives, organisers, register_url, collection_start, collection_end, public_key, demo, $1 FROM initiatives WHERE slug = 'demo'`,
      [closure],
    );
    goTo(addDays(closure, -1));
    await sign('closing', 5, 'en').expect(201);
    for (const day of [closure, addDays(closure, 1)]) {
      goTo(day);
      const en = await sign('closing', 6, 'en').expect(409);
      expect(en.body.errors).toEqual([
        { field: null, code: 'collection_closed_early', message: expect.stringContaining(closure), params: { start: kickOff, end: lastDay, closedEarlyOn: closure } },
      ]);
      expect(en.body.errors[0].message).toMatch(/organisers closed the collection/);
      const de = await sign('closing', 6, 'de').expect(409);
      expect(de.body.errors[0]).toMatchObject({ code: 'collection_closed_early', message: expect.stringMatching(/Organisatoren haben die Sammlung/) });
    }
    expect(await stored()).toBe(3);
    expect(await stateOf('closing')).toEqual({ initiative: 'closed-early', form: 'closed-early' });
    expect((await t.http.get('/api/initiatives/closing').expect(200)).body.closedEarlyOn).toBe(closure);
  });

  describe('an initiative registered in 2025 with a COCS address (demo-cocs)', () => {
    beforeAll(() => goTo(kickOff));

    it('is described as collecting online through the COCS', async () => {
      const cocs = (await t.http.get('/api/initiatives/demo-cocs').expect(200)).body;
      expect(cocs).toMatchObject({ registrationDate: '2025-03-10', channels: { lawful: ['cocs', 'paper'], online: 'cocs' }, cocsUrl: expect.stringMatching(/^https:\/\/eci\.ec\.europa\.eu\//), demo: true });
      expect((await t.http.get('/api/initiatives/demo-cocs/forms/PL').expect(200)).body).toMatchObject({ collectionState: 'collecting', online: 'cocs' });
    });

    it('refuses own online statements with 409 online_through_cocs, in English and French, reading and storing nothing', async () => {
      const before = await stored();
      const cocsUrl = (await t.http.get('/api/initiatives/demo-cocs').expect(200)).body.cocsUrl;
      const en = await sign('demo-cocs', 7, 'en').expect(409);
      expect(en.body.errors).toEqual([{ field: null, code: 'online_through_cocs', message: expect.stringMatching(/central online collection system/), params: { cocsUrl } }]);
      const fr = await sign('demo-cocs', 7, 'fr').expect(409);
      expect(fr.body.errors[0]).toMatchObject({ code: 'online_through_cocs', message: expect.stringMatching(/système central de collecte en ligne/) });
      // Whatever is sent: the refusal comes before the statement is read.
      const junk = await t.http.post('/api/initiatives/demo-cocs/signatures').send({ nationality: 'XX', surprise: true }).expect(409);
      expect(junk.body.errors.map((e: { code: string }) => e.code)).toEqual(['online_through_cocs']);
      expect(JSON.stringify([en.body, fr.body, junk.body])).not.toContain('Zieli');
      expect(await stored()).toBe(before);
    });

    it('keeps its progress, partner and widget reads working', async () => {
      const progress = (await t.http.get('/api/initiatives/demo-cocs/progress').expect(200)).body;
      expect(progress).toMatchObject({ total: 0, thresholdTable: '720' });
      const partner = await t.http.post('/api/initiatives/demo-cocs/partners').set(admin).send({ name: 'Repair Café', slug: 'repair-cafe', allowedOrigins: ['https://repair.example'] }).expect(201);
      const own = await t.http.get('/api/initiatives/demo-cocs/partners/repair-cafe/progress').set({ authorization: `Bearer ${partner.body.token}` }).expect(200);
      expect(own.body).toMatchObject({ partner: expect.anything() });
      // The widget page reads the initiative and its progress, like the progress page.
      await t.http.get('/api/initiatives/demo-cocs').expect(200);
    });
  });
});
