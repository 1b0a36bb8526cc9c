import { solveChallenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/sha';
import { pesel } from './fixtures/identity-numbers';
import { cleanUpTestData, startTestApp, target, type TestApp } from './harness';

const signer = (n: number) => ({
  nationality: 'PL',
  fullFirstNames: 'Piotr',
  familyNames: 'Nowak',
  idDocumentType: 'national.id.number',
  idDocumentNumber: pesel('1975-05-05', n),
  certified: true,
});

async function solvedCaptcha(t: TestApp): Promise<string> {
  const challenge = (await t.http.get('/api/captcha').expect(200)).body;
  const solution = await solveChallenge({ challenge, deriveKey });
  if (!solution) throw new Error('could not solve the challenge');
  return Buffer.from(JSON.stringify({ challenge, solution })).toString('base64');
}

describe(`signing guards (${target} database)`, () => {
  afterAll(cleanUpTestData);

  describe('collection period', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp();
      for (const [slug, number, start, end] of [
        ['closed', 'ECI(2022)000002', '2024-09-01', '2025-08-31'],
        ['future', 'ECI(2022)000003', '2099-01-01', '2099-12-31'],
      ]) {
        await t.sql(
          `INSERT INTO initiatives (slug, registration_number, registration_date, title, subject, objectives, organisers, register_url, collection_start, collection_end, public_key)
           SELECT $1, $2, '2022-08-01', title, subject, objectives, organisers, register_url, $3, $4, public_key FROM initiatives WHERE slug = 'demo'`,
          [slug, number, start, end],
        );
      }
    });
    afterAll(() => t?.close());

    it('refuses statements outside the collection period with 409 collection_ended / collection_not_started, storing nothing', async () => {
      for (const [slug, code, start, end] of [
        ['closed', 'collection_ended', '2024-09-01', '2025-08-31'],
        ['future', 'collection_not_started', '2099-01-01', '2099-12-31'],
      ]) {
        const res = await t.http.post(`/api/initiatives/${slug}/signatures`).send(signer(1)).expect(409);
        expect(res.body.errors).toEqual([{ field: null, code, message: expect.any(String), params: { start, end } }]);
      }
      expect(await t.sql('SELECT * FROM signatures')).toEqual([]);
    });
  });

  describe('rate limit', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp({ env: { ECI_RATE_LIMIT_PER_MINUTE: '3' } });
    });
    afterAll(() => t?.close());

    it('answers 429 in the error shape over the per-IP limit, storing nothing more', async () => {
      for (let i = 0; i < 3; i++) await t.http.post('/api/initiatives/demo/signatures').send(signer(100 + i)).expect(201);
      const res = await t.http.post('/api/initiatives/demo/signatures').send(signer(200)).expect(429);
      expect(res.body).toEqual({ errors: [{ field: null, code: 'rate_limited', message: expect.any(String) }] });
      expect(res.headers['retry-after']).toBeDefined();
      expect(await t.sql('SELECT id FROM signatures')).toHaveLength(3);
      await t.http.get('/api/initiatives/demo').expect(200); // reading is not limited
    });
  });

  describe('proof of work (ALTCHA)', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp({ env: { ECI_CAPTCHA: 'on' } });
    });
    afterAll(() => t?.close());

    it('requires a solved challenge', async () => {
      const res = await t.http.post('/api/initiatives/demo/signatures').send(signer(1)).expect(422);
      expect(res.body.errors).toEqual([expect.objectContaining({ field: 'captcha', code: 'captcha' })]);
      const forged = await t.http.post('/api/initiatives/demo/signatures').send({ ...signer(1), captcha: Buffer.from('{"challenge":{},"solution":{}}').toString('base64') }).expect(422);
      expect(forged.body.errors[0].code).toBe('captcha');
    });

    it('accepts a solved challenge once', async () => {
      const captcha = await solvedCaptcha(t);
      await t.http.post('/api/initiatives/demo/signatures').send({ ...signer(2), captcha }).expect(201);
      const again = await t.http.post('/api/initiatives/demo/signatures').send({ ...signer(3), captcha }).expect(422);
      expect(again.body.errors[0]).toMatchObject({ field: 'captcha', code: 'captcha' });
      expect(await t.sql('SELECT id FROM signatures')).toHaveLength(1);
    });

    it('does not burn the challenge on a statement with errors', async () => {
      const captcha = await solvedCaptcha(t);
      await t.http.post('/api/initiatives/demo/signatures').send({ ...signer(4), familyNames: '', captcha }).expect(422);
      await t.http.post('/api/initiatives/demo/signatures').send({ ...signer(4), captcha }).expect(201);
    });

    it('does not spend the challenge of a statement refused as a duplicate: it lets the next statement in', async () => {
      await t.http.post('/api/initiatives/demo/signatures').send({ ...signer(6), captcha: await solvedCaptcha(t) }).expect(201);
      const captcha = await solvedCaptcha(t);
      const spent = (await t.sql('SELECT 1 FROM captcha_spent')).length;
      await t.http.post('/api/initiatives/demo/signatures').send({ ...signer(6), captcha }).expect(409);
      expect(await t.sql('SELECT 1 FROM captcha_spent')).toHaveLength(spent);
      await t.http.post('/api/initiatives/demo/signatures').send({ ...signer(7), captcha }).expect(201);
    });

    it('lets one challenge in once among statements sent at the same time', async () => {
      const captcha = await solvedCaptcha(t);
      const statuses = await Promise.all([10, 11, 12, 13, 14, 15].map((n) => t.http.post('/api/initiatives/demo/signatures').send({ ...signer(n), captcha }).then((r) => r.status)));
      expect(statuses.sort()).toEqual([201, 422, 422, 422, 422, 422]);
    });

    it('refuses a tampered challenge', async () => {
      const captcha = JSON.parse(Buffer.from(await solvedCaptcha(t), 'base64').toString());
      captcha.challenge.parameters.expiresAt += 3600;
      const res = await t.http.post('/api/initiatives/demo/signatures').send({ ...signer(5), captcha: Buffer.from(JSON.stringify(captcha)).toString('base64') }).expect(422);
      expect(res.body.errors[0].code).toBe('captcha');
    });
  });
});
