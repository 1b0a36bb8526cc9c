import { randomUUID } from 'node:crypto';
import { apiPath, EXPORT_STAGES, type ExportProgress } from '@eci/api-contract';
import { readZip } from '../../../libs/statement-exports/test/zip-reader';
import { EXPORT_ROWS_REPOSITORY, type ExportRowsRepository } from '../src/exports/export-rows.repository';
import { demoExportCredentials, type ExportCredentials } from './fixtures/exports';
import { pesel } from './fixtures/identity-numbers';
import { demoCredentials, login, type LoggedIn } from './fixtures/sessions';
import { cleanUpTestData, startTestApp, target, type TestApp } from './harness';

const ADMIN = 'organiser-credential-for-the-export-progress-0123456789';

/**
 * The progress of an export over HTTP, polled while the export runs: the export is held at its
 * first page of statements (a gate in the rows repository, no timing), so the poll sees it there;
 * released, it ends `done`. Only the auditor who started it sees it.
 */
describe(`export progress (${target} database)`, () => {
  let t: TestApp;
  let auditor: LoggedIn;
  let otherAuditor: LoggedIn;
  let organiser: LoggedIn;
  let credentials: ExportCredentials;

  beforeAll(async () => {
    t = await startTestApp({ env: { ECI_ADMIN_TOKEN: ADMIN } });
    for (const [n, day] of [[31, '1970-03-03'], [512, '1955-12-12'], [77, '1988-07-07']] as const) {
      await t.http.post(apiPath('signatures', { slug: 'demo' })).send({ nationality: 'PL', idDocumentType: 'national.id.number', certified: true, fullFirstNames: 'Anna', familyNames: `Nowak-${n}`, idDocumentNumber: pesel(day, n) }).expect(201);
    }
    const demo = demoCredentials(t);
    auditor = await login(t, demo.auditor.email, demo.auditor.password);
    organiser = await login(t, demo.organiser.email, demo.organiser.password);
    await t.http.post(apiPath('accounts', { slug: 'demo' })).set('authorization', `Bearer ${ADMIN}`).send({ email: 'second.auditor@example.org', password: 'the second auditor', role: 'auditor' }).expect(201);
    otherAuditor = await login(t, 'second.auditor@example.org', 'the second auditor');
    credentials = demoExportCredentials(t.env.ECI_DATA_DIR);
  });
  afterAll(async () => {
    await t?.close();
    await cleanUpTestData();
  });

  const startExport = (id: string | undefined, session = auditor) => {
    let request = t.http.post(apiPath('exportCountry', { slug: 'demo', country: 'PL' })).set('cookie', session.cookie).set('x-csrf-token', session.csrf);
    if (id !== undefined) request = request.set('x-export-id', id);
    return request
      .send(credentials)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });
  };
  const poll = (id: string, session: LoggedIn | 'admin') => {
    const request = t.http.get(apiPath('exportProgress', { slug: 'demo', id }));
    return session === 'admin' ? request.set('authorization', `Bearer ${ADMIN}`) : request.set('cookie', session.cookie);
  };

  /** Holds every page of statements until released. */
  function gateRows(): { release: () => void; restore: () => void } {
    const rows = t.running.app.get<ExportRowsRepository>(EXPORT_ROWS_REPOSITORY);
    const page = rows.page.bind(rows);
    let release = () => {};
    const open = new Promise<void>((resolve) => (release = resolve));
    rows.page = async (...args) => {
      await open;
      return page(...args);
    };
    return { release, restore: () => (rows.page = page) };
  }

  it('is seen rising while the ZIP is built, ends done, and is shown to the auditor who started it only', async () => {
    const id = randomUUID();
    const gate = gateRows();
    try {
      const exported = startExport(id).then((res) => res);
      const seen: ExportProgress[] = [];
      // Polls until the export waits at its first page; before its request arrives, the id is unknown (404).
      for (let polls = 0; seen.at(-1)?.stage !== 'reading'; polls++) {
        if (polls > 100_000) throw new Error(`the export never reached reading: ${JSON.stringify(seen.at(-1))}`);
        const res = await poll(id, auditor);
        if (res.status === 404) continue;
        expect(res.status).toBe(200);
        seen.push(res.body as ExportProgress);
      }
      expect(seen.at(-1)).toEqual({ stage: 'reading', done: 0, total: 3 });

      // Meanwhile nobody else sees it: another auditor of the initiative, an organiser, the organiser credential.
      const other = await poll(id, otherAuditor).expect(404);
      expect(other.body.errors).toEqual([{ field: 'id', code: 'not_found', message: expect.any(String) }]);
      await poll(id, organiser).expect(403);
      await poll(id, 'admin').expect(403);
      await poll(randomUUID(), auditor).expect(404);

      gate.release();
      const res = await exported;
      expect(res.status).toBe(200);
      expect([...readZip(res.body as Buffer).keys()].sort()).toEqual(['manifest.json', 'manifest.json.p7s', 'statements-PL.pdf', 'statements-PL.xml']);
      const last = (await poll(id, auditor).expect(200)).body as ExportProgress;
      expect(last).toEqual({ stage: 'done', done: 3, total: 3 });
      seen.push(last);
      // Stages never go back.
      const order = seen.map((p) => EXPORT_STAGES.indexOf(p.stage));
      expect(order).toEqual([...order].sort((a, b) => a - b));
      expect(seen.map((p) => p.stage)).not.toContain('failed');
      await poll(id, otherAuditor).expect(404);
    } finally {
      gate.restore();
    }
  });

  it('ends failed for a refused export, refuses an id in use (409) and one that is no UUID (422)', async () => {
    const id = randomUUID();
    const refused = await startExport(id).send({ ...credentials, passphrase: 'not the passphrase' });
    expect(refused.status).toBe(422);
    expect((await poll(id, auditor).expect(200)).body).toEqual({ stage: 'failed', done: 0, total: 0 });
    const reused = await startExport(id);
    expect(reused.status).toBe(409);
    expect(JSON.parse((reused.body as Buffer).toString('utf8')).errors).toEqual([{ field: 'X-Export-Id', code: 'conflict', message: expect.any(String) }]);
    const malformed = await startExport('not-a-uuid');
    expect(malformed.status).toBe(422);
    expect(JSON.parse((malformed.body as Buffer).toString('utf8')).errors).toEqual([{ field: 'X-Export-Id', code: 'format', message: expect.any(String) }]);
    // Without an id, an export is not tracked, as before.
    expect((await startExport(undefined)).status).toBe(200);
  });
});
