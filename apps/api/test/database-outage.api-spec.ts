import { randomUUID } from 'node:crypto';
import { AdjustableClock } from './fixtures/adjustable-clock';
import { DatabaseLink } from './fixtures/database-link';
import { polish } from './fixtures/statements';
import { adminUrl, cleanUpTestData, startTestApp, target, type TestApp } from './harness';

const ADMIN = 'organiser-credential-for-the-outage-tests-0123456789';

/**
 * The database goes away while the API runs: on real PostgreSQL the network link to it is cut
 * (every connection closed, new ones refused); on the embedded database, PGlite stops. What was
 * written is decided by what the signer is told: 503 `database_down` means nothing was saved, and
 * nothing was; reads answer 503 in the house shape; and no log line carries anything the requests
 * sent (receipt ids, slugs, e-mail addresses), even though the failed queries carried them.
 */
describe(`the database goes away (${target} database)`, () => {
  let t: TestApp;
  let link: DatabaseLink;
  const clock = new AdjustableClock();

  beforeAll(async () => {
    const server = new URL(adminUrl);
    link = await DatabaseLink.start({ host: server.hostname, port: Number(server.port || 5432) });
    t = await startTestApp({ clock, link, env: { ECI_ADMIN_TOKEN: ADMIN } });
    await t.http.post('/api/initiatives/demo/partners').set('authorization', `Bearer ${ADMIN}`).send({ name: 'Partner', slug: 'partner-during-outage' }).expect(201);
    await t.http.post('/api/initiatives/demo/signatures').send(polish(1)).expect(201);
  });
  afterAll(async () => {
    await t?.close();
    await link?.stop();
    await cleanUpTestData();
  });

  it('tells signers nothing was saved (503 database_down, Retry-After), answers reads with 503, logs nothing sent, and saved nothing', async () => {
    const before = await t.sql<{ n: string }>(`SELECT count(*) AS n FROM signatures`);
    const receipt = randomUUID();
    if (target === 'postgres') link.cut();
    else await t.running.embedded?.stop();
    // Past every cache (initiative 5 s, progress 2 s): each answer now needs the database.
    clock.advance(10_000);

    const signed = await t.http.post('/api/initiatives/demo/signatures').set('accept-language', 'pl').send(polish(2, { partner: 'partner-during-outage' }));
    expect(signed.status).toBe(503);
    expect(signed.headers['retry-after']).toMatch(/^[0-9]+$/);
    expect(signed.headers['content-language']).toBe('pl');
    expect(signed.body).toEqual({ errors: [{ field: null, code: 'database_down', message: expect.stringMatching(/\S/) }] });
    expect(signed.body.errors[0].message).not.toBe((await t.http.post('/api/initiatives/demo/signatures').send(polish(3))).body.errors[0].message);

    for (const path of [`/api/receipts/${receipt}`, '/api/initiatives/demo/progress', '/api/initiatives/demo']) {
      const read = await t.http.get(path);
      expect({ path, status: read.status, retry: /^[0-9]+$/.test(read.headers['retry-after'] ?? '') }).toEqual({ path, status: 503, retry: true });
      expect(read.body).toEqual({ errors: [{ field: null, code: 'service_unavailable', message: expect.any(String) }] });
    }
    expect((await t.http.get('/api/health')).status).toBe(503);

    const logged = t.logs.join('\n');
    for (const sent of [receipt, 'partner-during-outage', polish(2).idDocumentNumber]) expect(logged).not.toContain(sent);
    expect(logged).not.toMatch(/"parameters"|"detail"|"query"/);

    // The database comes back: nothing of the outage is there, and signing goes on.
    if (target === 'postgres') {
      link.restore();
    } else {
      await t.close();
      t = await startTestApp({ reuse: t, clock });
    }
    const after = await t.sql<{ n: string }>(`SELECT count(*) AS n FROM signatures`);
    expect(after[0].n).toBe(before[0].n);
    await t.http.post('/api/initiatives/demo/signatures').send(polish(2)).expect(201);
  });
});
