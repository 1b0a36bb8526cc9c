import { AdjustableClock } from './fixtures/adjustable-clock';
import { french, polish } from './fixtures/statements';
import { cleanUpTestData, startTestApp, target, type TestApp } from './harness';

const ADMIN = 'organiser-credential-for-tests-0123456789';

const maltese = (n: number, extra: Record<string, unknown> = {}) => ({
  nationality: 'MT',
  fullFirstNames: 'Maria',
  familyNames: 'Borg',
  idDocumentType: 'id.card',
  idDocumentNumber: `${String(n).padStart(7, '0')}M`,
  certified: true,
  ...extra,
});

describe(`progress and partners (${target} database)`, () => {
  let t: TestApp;
  const clock = new AdjustableClock();
  const admin = { authorization: `Bearer ${ADMIN}` };
  const expire = () => clock.advance(2500);

  /** Adds `n` statements of a nationality directly (bulk data for thresholds; ciphertext irrelevant here). */
  async function bulkInsert(slug: string, nationality: string, n: number) {
    await t.sql(
      `INSERT INTO signatures (id, initiative_id, nationality, signed_on, channel, identity_hash, ciphertext)
       SELECT gen_random_uuid(), i.id, $2::text, CURRENT_DATE, 'paper', sha256(($1::text || $2::text || g)::bytea), '\\x00'::bytea
         FROM initiatives i, generate_series(1, $3::int) g WHERE i.slug = $1::text`,
      [slug, nationality, n],
    );
  }

  beforeAll(async () => {
    t = await startTestApp({ env: { ECI_ADMIN_TOKEN: ADMIN }, clock });
    await t.sql(
      `INSERT INTO initiatives (slug, registration_number, registration_date, title, subject, objectives, organisers, register_url, collection_start, collection_end, public_key)
       SELECT 'older', 'ECI(2024)000004', '2024-03-01', title, subject, objectives, organisers, register_url, collection_start, collection_end, public_key FROM initiatives WHERE slug = 'demo'`,
    );
  });
  afterAll(async () => {
    await t?.close();
    await cleanUpTestData();
  });

  it('counts per country with the ×705 table of the demo (registered in 2022) and flips `reached` at the minimum', async () => {
    await bulkInsert('demo', 'MT', 4229); // MT minimum (×705) = 6 × 705 = 4230
    for (let i = 0; i < 3; i++) await t.http.post('/api/initiatives/demo/signatures').send(polish(i)).expect(201);
    await t.http.post('/api/initiatives/demo/signatures').send(french(1)).expect(201);
    expire();
    let p = (await t.http.get('/api/initiatives/demo/progress').expect(200)).body;
    expect(p).toMatchObject({ total: 4229 + 4, goal: 1_000_000, countriesRequired: 7, countriesReached: 0, thresholdTable: '705' });
    expect(p.countries).toHaveLength(27);
    expect(p.countries[0].code).toBe('BE');
    const byCode = () => Object.fromEntries(p.countries.map((c: { code: string }) => [c.code, c]));
    expect(byCode().MT).toEqual({ code: 'MT', count: 4229, threshold: 4230, reached: false });
    expect(byCode().PL).toEqual({ code: 'PL', count: 3, threshold: 36660, reached: false });
    expect(byCode().FR).toEqual({ code: 'FR', count: 1, threshold: 55695, reached: false });
    expect(Date.parse(p.updatedAt)).not.toBeNaN();

    await t.http.post('/api/initiatives/demo/signatures').send(maltese(1)).expect(201);
    expire();
    p = (await t.http.get('/api/initiatives/demo/progress').expect(200)).body;
    expect(byCode().MT).toEqual({ code: 'MT', count: 4230, threshold: 4230, reached: true });
    expect(p.countriesReached).toBe(1);
  });

  it('answers a conditional read with 304 while the counts are unchanged', async () => {
    const first = await t.http.get('/api/initiatives/demo/progress').expect(200);
    expect(first.headers['content-type']).toContain('application/json');
    expect(first.headers['cache-control']).toBe('public, max-age=5');
    const etag = first.headers.etag as string;
    await t.http.get('/api/initiatives/demo/progress').set('if-none-match', etag).expect(304);
    await t.http.post('/api/initiatives/demo/signatures').send(polish(77)).expect(201);
    expire();
    const changed = await t.http.get('/api/initiatives/demo/progress').set('if-none-match', etag).expect(200);
    expect(changed.headers.etag).not.toBe(etag);
  });

  it('serves counts from a short-lived cache, then catches up with PostgreSQL', async () => {
    const before = (await t.http.get('/api/initiatives/older/progress').expect(200)).body;
    // `older` (registered in 2024) collects online through the COCS: a paper statement is entered.
    await bulkInsert('older', 'PL', 1);
    const cached = (await t.http.get('/api/initiatives/older/progress').expect(200)).body;
    expect(cached.total).toBe(before.total);
    expire();
    const fresh = (await t.http.get('/api/initiatives/older/progress').expect(200)).body;
    expect(fresh.total).toBe(before.total + 1);
  });

  it('uses the ×720 table for an initiative registered from 16 July 2024 (demo-cocs, 2025), whose counts come from paper here', async () => {
    await bulkInsert('demo-cocs', 'MT', 4320); // 6 × 720
    expire();
    const p = (await t.http.get('/api/initiatives/demo-cocs/progress').expect(200)).body;
    expect(p).toMatchObject({ total: 4320, thresholdTable: '720', countriesReached: 1 });
    const byCode = Object.fromEntries(p.countries.map((c: { code: string }) => [c.code, c]));
    expect(byCode.MT).toEqual({ code: 'MT', count: 4320, threshold: 4320, reached: true });
    expect(byCode.PL.threshold).toBe(38160);
  });

  it('uses the ×705 table for an initiative registered before 16 July 2024', async () => {
    await bulkInsert('older', 'MT', 4230); // 6 × 705
    await bulkInsert('older', 'LU', 4229);
    expire();
    const p = (await t.http.get('/api/initiatives/older/progress').expect(200)).body;
    expect(p.thresholdTable).toBe('705');
    const byCode = Object.fromEntries(p.countries.map((c: { code: string }) => [c.code, c]));
    expect(byCode.MT).toEqual({ code: 'MT', count: 4230, threshold: 4230, reached: true });
    expect(byCode.LU).toEqual({ code: 'LU', count: 4229, threshold: 4230, reached: false });
    expect(byCode.PL.threshold).toBe(36660);
    expect(p.countriesReached).toBe(1);
  });

  describe('partners', () => {
    let edriToken: string;
    let otherToken: string;

    it('lets organisers create partners, each with a read token shown once and stored hashed', async () => {
      const edri = await t.http.post('/api/initiatives/demo/partners').set(admin).send({ name: 'EDRi', slug: 'edri', allowedOrigins: ['https://edri.org'] }).expect(201);
      expect(edri.body.partner).toEqual({ slug: 'edri', name: 'EDRi', allowedOrigins: ['https://edri.org'], hasToken: true });
      edriToken = edri.body.token;
      expect(edriToken).toMatch(/^ecip_[A-Za-z0-9_-]{43}$/);
      otherToken = (await t.http.post('/api/initiatives/demo/partners').set(admin).send({ name: 'Other', slug: 'other' }).expect(201)).body.token;
      const stored = JSON.stringify(await t.sql(`SELECT encode(token_hash, 'hex') AS h, encode(token_hash, 'escape') AS e FROM partners`));
      expect(stored).not.toContain(edriToken);
      const list = await t.http.get('/api/initiatives/demo/partners').set(admin).expect(200);
      expect(list.body.map((p: { slug: string }) => p.slug)).toEqual(['edri', 'other']);
      expect(JSON.stringify(list.body)).not.toContain('ecip_');
      await t.http.post('/api/initiatives/demo/partners').set(admin).send({ name: 'Dup', slug: 'edri' }).expect(409);
      const bad = await t.http.post('/api/initiatives/demo/partners').set(admin).send({ slug: 'Bad Slug', allowedOrigins: ['https://x.org/path'], extraneousProperty: 1 }).expect(422);
      expect(bad.body.errors.map((e: { field: string; code: string }) => `${e.field}:${e.code}`)).toEqual(
        expect.arrayContaining(['name:required', 'slug:format', 'allowedOrigins:format', 'null:unknown_field']),
      );
      expect(bad.text).not.toContain('extraneousProperty');
    });

    it("gives a partner its own contribution per country beside the campaign totals", async () => {
      await t.http.post('/api/initiatives/demo/signatures').send(polish(100, { partner: 'edri' })).expect(201);
      await t.http.post('/api/initiatives/demo/signatures').send(polish(101, { partner: 'edri' })).expect(201);
      await t.http.post('/api/initiatives/demo/signatures').send(french(100, { partner: 'edri' })).expect(201);
      await t.http.post('/api/initiatives/demo/signatures').send(french(101, { partner: 'other' })).expect(201);
      expire();
      const res = await t.http.get('/api/initiatives/demo/partners/edri/progress').set({ authorization: `Bearer ${edriToken}` }).expect(200);
      expect(res.headers['cache-control']).toContain('no-store');
      expect(res.body.partner.total).toBe(3);
      const own = Object.fromEntries(res.body.partner.countries.map((c: { code: string; count: number }) => [c.code, c.count]));
      expect(own).toMatchObject({ PL: 2, FR: 1, MT: 0 });
      expect(res.body.partner.countries).toHaveLength(27);
      expect(res.body.campaign.total).toBe((await t.http.get('/api/initiatives/demo/progress')).body.total);
      const other = await t.http.get('/api/initiatives/demo/partners/other/progress').set({ authorization: `Bearer ${otherToken}` }).expect(200);
      expect(other.body.partner.total).toBe(1);
    });

    it("refuses a partner's token on another partner's route and on every organiser route", async () => {
      const as = (token: string) => ({ authorization: `Bearer ${token}` });
      const refused = await t.http.get('/api/initiatives/demo/partners/other/progress').set(as(edriToken)).expect(401);
      expect(refused.body.errors[0]).toMatchObject({ field: null, code: 'unauthorized' });
      await t.http.get('/api/initiatives/older/partners/edri/progress').set(as(edriToken)).expect(401);
      await t.http.get('/api/initiatives/demo/partners/edri/progress').expect(401);
      await t.http.get('/api/initiatives/demo/partners/edri/progress').set(admin).expect(401);

      const organiserRoutes: [string, string, object?][] = [
        ['post', '/api/initiatives/demo/partners', { name: 'Evil', slug: 'evil' }],
        ['get', '/api/initiatives/demo/partners'],
        ['put', '/api/initiatives/demo/partners/edri/origins', { allowedOrigins: ['https://evil.example'] }],
        ['post', '/api/initiatives/demo/partners/edri/token'],
        ['delete', '/api/initiatives/demo/partners/edri/token'],
      ];
      for (const [method, path, body] of organiserRoutes) {
        for (const headers of [as(edriToken), {}]) {
          const req = (t.http as unknown as Record<string, (p: string) => import('supertest').Test>)[method](path).set(headers);
          const res = await (body ? req.send(body) : req);
          expect([method, path, res.status]).toEqual([method, path, 401]);
        }
      }
      expect((await t.sql<{ slug: string }>(`SELECT slug FROM partners ORDER BY slug`)).map((r) => r.slug)).toEqual(['edri', 'other']);
      expect((await t.sql<{ o: string[] }>(`SELECT allowed_origins AS o FROM partners WHERE slug = 'edri'`))[0].o).toEqual(['https://edri.org']);
    });

    it('rotates and revokes tokens, and updates the allowed origins', async () => {
      const rotated = await t.http.post('/api/initiatives/demo/partners/edri/token').set(admin).expect(201);
      await t.http.get('/api/initiatives/demo/partners/edri/progress').set({ authorization: `Bearer ${edriToken}` }).expect(401);
      await t.http.get('/api/initiatives/demo/partners/edri/progress').set({ authorization: `Bearer ${rotated.body.token}` }).expect(200);
      await t.http.delete('/api/initiatives/demo/partners/edri/token').set(admin).expect(204);
      await t.http.get('/api/initiatives/demo/partners/edri/progress').set({ authorization: `Bearer ${rotated.body.token}` }).expect(401);
      const origins = await t.http.put('/api/initiatives/demo/partners/edri/origins').set(admin).send({ allowedOrigins: ['https://edri.org', 'https://reclaimyourface.eu'] }).expect(200);
      expect(origins.body).toMatchObject({ slug: 'edri', allowedOrigins: ['https://edri.org', 'https://reclaimyourface.eu'], hasToken: false });
      await t.http.post('/api/initiatives/demo/partners/nobody/token').set(admin).expect(404);
    });
  });

  it('keeps the organiser API closed without ECI_ADMIN_TOKEN', async () => {
    const closed = await startTestApp();
    try {
      await closed.http.get('/api/initiatives/demo/partners').expect(401);
      await closed.http.get('/api/initiatives/demo/partners').set({ authorization: 'Bearer ' }).expect(401);
    } finally {
      await closed.close();
    }
  });
});
