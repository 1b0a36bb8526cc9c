import { DatabaseLink } from './fixtures/database-link';
import { polish } from './fixtures/statements';
import { adminUrl, cleanUpTestData, startTestApp, target, type TestApp } from './harness';

/**
 * An acknowledged statement is never lost, and an unacknowledged one is never denied: when the
 * connection to PostgreSQL breaks after a statement was sent, the API cannot know whether it was
 * committed, and says exactly that — 503 `outcome_unknown`, with the receipt to check later and
 * `Retry-After` — instead of "nothing was saved". Both real cases are produced on a TCP link to the
 * server: the answer lost after the commit (the statement is there), and the statement lost before
 * the server saw it (it is not). Real PostgreSQL only: the embedded database has no network link.
 */
describe(`a write whose outcome is unknown (${target} database)`, () => {
  let t: TestApp;
  let link: DatabaseLink;

  beforeAll(async () => {
    const server = new URL(adminUrl);
    link = await DatabaseLink.start({ host: server.hostname, port: Number(server.port || 5432) });
    t = await startTestApp({ link });
    // Warm the initiative cache, so that the next statement on the link is the write itself.
    await t.http.post('/api/initiatives/demo/signatures').send(polish(1, { idDocumentNumber: '1' })).expect(422);
  });
  afterAll(async () => {
    await t?.close();
    await link?.stop();
    await cleanUpTestData();
  });

  const stored = async (receipt: string) => (await t.sql(`SELECT 1 FROM signatures WHERE id = $1`, [receipt])).length === 1;

  it('committed, answer lost: 503 outcome_unknown with the receipt, which then shows the statement counted', async () => {
    const sprung = link.loseNextAnswer('after-commit');
    const res = await t.http.post('/api/initiatives/demo/signatures').set('accept-language', 'fr').send(polish(10));
    await sprung;
    expect(res.status).toBe(503);
    expect(res.headers['retry-after']).toMatch(/^[0-9]+$/);
    expect(res.body.errors).toHaveLength(1);
    const [error] = res.body.errors;
    expect(error).toEqual({ field: null, code: 'outcome_unknown', message: expect.stringContaining(error.params.receipt), params: { receipt: expect.stringMatching(/^[0-9a-f-]{36}$/) } });
    expect(res.headers['content-language']).toBe('fr');
    expect(await stored(error.params.receipt)).toBe(true);
    expect((await t.http.get(`/api/receipts/${error.params.receipt}`).expect(200)).body).toMatchObject({ status: 'counted' });
    // The signer who tries again is told the statement already counts.
    expect((await t.http.post('/api/initiatives/demo/signatures').send(polish(10)).expect(409)).body.errors[0].code).toBe('already_signed');
  });

  it('lost before the server saw it: 503 outcome_unknown all the same, and the receipt then says it is not there', async () => {
    const sprung = link.loseNextAnswer('before-server');
    const res = await t.http.post('/api/initiatives/demo/signatures').send(polish(20));
    await sprung;
    expect(res.status).toBe(503);
    const [error] = res.body.errors;
    expect(error.code).toBe('outcome_unknown');
    expect(await stored(error.params.receipt)).toBe(false);
    await t.http.get(`/api/receipts/${error.params.receipt}`).expect(404);
    await t.http.post('/api/initiatives/demo/signatures').send(polish(20)).expect(201);
  });

  it('never says an unknown outcome in the logs with anything the request sent', () => {
    const logged = t.logs.join('\n');
    expect(logged).not.toContain(polish(10).idDocumentNumber);
    expect(logged).not.toMatch(/"parameters"/);
  });
});
