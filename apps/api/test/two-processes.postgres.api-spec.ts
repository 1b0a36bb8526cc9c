import { Agent, request } from 'node:http';
import { startProxy, type RunningProxy } from '../../../bench/proxy';
import { buildApi, createDatabase, startApiProcess, type ApiBuild, type ApiProcess, type TestDatabase } from './fixtures/api-processes';
import { pesel } from './fixtures/identity-numbers';
import { french, polish } from './fixtures/statements';

const SIGNING = '/api/initiatives/:slug/signatures';
const SECRET = 'one-server-secret-shared-by-both-processes-0123456789';

type Answer = { status: number; contentType: string | null; body: { receipt?: string; errors?: { field: string | null; code: string; message: string }[] } };

type Sent = Answer & { keptAlive: boolean; sentAt: number; answeredAt: number };

/** No answer: the connection was closed. */
const LOST = 0;

/** POST with node:http, to choose how connections are kept: LOST when closed without an answer. */
function post(url: string, body: object, agent: Agent | false): Promise<Answer> {
  const payload = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const sent = request(url, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('error', reject);
      response.on('end', () =>
        resolve({ status: response.statusCode as number, contentType: response.headers['content-type'] ?? null, body: JSON.parse(Buffer.concat(chunks).toString()) }),
      );
    });
    sent.on('error', (error: NodeJS.ErrnoException) => (error.code === 'ECONNRESET' ? resolve({ status: LOST, contentType: null, body: {} }) : reject(error)));
    sent.end(payload);
  });
}

/**
 * Two API processes (the built entry point, as production runs it) on one PostgreSQL database,
 * behind the shipped front (docker/haproxy/haproxy.cfg with its two server lines pointing at
 * them). Real PostgreSQL only: the embedded database belongs to one process.
 */
describe('two API processes behind the shipped front, one PostgreSQL', () => {
  let build: ApiBuild;
  let db: TestDatabase;
  let first: ApiProcess;
  let second: ApiProcess;
  let proxy: RunningProxy;

  const sign = async (body: object): Promise<Answer> => {
    const response = await fetch(`${proxy.url}/api/initiatives/demo/signatures`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    return { status: response.status, contentType: response.headers.get('content-type'), body: (await response.json()) as Answer['body'] };
  };
  const statements = async () => Number((await db.sql<{ n: string }>(`SELECT count(*) AS n FROM signatures`))[0].n);
  /** The counter rows per nationality, and the statements themselves per nationality. */
  const tallies = async () => ({
    counted: await db.sql(`SELECT nationality, sum(n)::int AS n FROM signature_counts GROUP BY 1 HAVING sum(n) <> 0 ORDER BY 1`),
    actual: await db.sql(`SELECT nationality, count(*)::int AS n FROM signatures GROUP BY 1 ORDER BY 1`),
  });

  beforeAll(async () => {
    build = buildApi();
    db = await createDatabase();
    const env = { DATABASE_URL: db.url, ECI_SECRET: SECRET, ECI_CAPTCHA: 'off', ECI_RATE_LIMIT_PER_MINUTE: '0', ECI_TRUST_PROXY: 'loopback' };
    // One after the other: the first migrates the database and creates the demo initiative.
    first = await startApiProcess(build.main, { ...env, ECI_DEMO: 'on' });
    second = await startApiProcess(build.main, { ...env, ECI_DEMO: 'off' });
    proxy = await startProxy([first.url, second.url]);
  });
  afterAll(async () => {
    await proxy?.stop();
    await Promise.all([first?.stop(), second?.stop()]);
    await db?.drop();
    build?.remove();
  });

  it('decides concurrent duplicates across the two processes once: one 201, every other copy 409 already_signed', async () => {
    // One person (part A: names and date of birth), typed in as many ways as the key folds together.
    const firstNames = ['Camille', 'CAMILLE', 'camille', ' Camille '];
    const familyNames = ['Martin-Dupont', 'MARTIN DUPONT', 'martin dupont', 'Martin Dupont', 'MARTIN-DUPONT'];
    const copies = Array.from({ length: 60 }, (_, i) => french(0, { fullFirstNames: firstNames[i % 4], familyNames: familyNames[i % 5] }));
    const before = [first.served(SIGNING, 'POST'), second.served(SIGNING, 'POST')];

    const answers = await Promise.all(copies.map(sign));

    expect(answers.filter((a) => a.status === 201)).toHaveLength(1);
    const refused = answers.filter((a) => a.status !== 201);
    expect(refused.map((a) => [a.status, a.body.errors?.[0].code])).toEqual(refused.map(() => [409, 'already_signed']));
    // Both processes took part (their own request logs).
    expect(first.served(SIGNING, 'POST') - before[0]).toBeGreaterThan(0);
    expect(second.served(SIGNING, 'POST') - before[1]).toBeGreaterThan(0);
    expect(await statements()).toBe(1);
  });

  it('keeps the counts exact under concurrent signing through both: counter rows and the public progress equal the statements', async () => {
    const distinct = [...Array.from({ length: 150 }, (_, i) => polish(1000 + i)), ...Array.from({ length: 50 }, (_, i) => french(1000 + i))];
    const before = [first.served(SIGNING, 'POST'), second.served(SIGNING, 'POST')];

    const answers = await Promise.all(distinct.map(sign));

    expect(answers.map((a) => a.status)).toEqual(distinct.map(() => 201));
    expect(first.served(SIGNING, 'POST')).toBeGreaterThan(before[0]);
    expect(second.served(SIGNING, 'POST')).toBeGreaterThan(before[1]);
    const total = await statements();
    expect(total).toBe(1 + 200);
    const { counted, actual } = await tallies();
    expect(counted).toEqual(actual);
    expect(counted).toEqual([
      { nationality: 'FR', n: 51 },
      { nationality: 'PL', n: 150 },
    ]);
    // The public figure, once the caches (the front's five seconds, each process's two) let it
    // through: the processes' clocks cannot be moved from here, so the test reads until it
    // matches or a deadline passes.
    expect(await progressUntil(total)).toBe(total);
  });

  it('loses no acknowledged statement when one process is killed (kill -9) under load, and goes on signing through the other', async () => {
    const before = await statements();
    const survivorBefore = first.served(SIGNING, 'POST');
    const answers: Sent[] = [];
    let next = 0;
    let killedAt = Infinity;
    let deadAt = Infinity;
    const acknowledged = (sentAfterDeath: boolean) => answers.filter((a) => a.status === 201 && a.sentAt > deadAt === sentAfterDeath).length;
    const deadline = Date.now() + 40_000;
    // Eight clients signing distinct statements one after the other: four on kept-alive
    // connections (as browsers), four with a connection per request. The second process is killed
    // once 40 statements are acknowledged; the clients go on until 40 more, sent after its death, are.
    const client = async (agent: Agent | false) => {
      while (acknowledged(true) < 40 && Date.now() < deadline) {
        const n = next++;
        const sentAt = performance.now();
        const answer = await post(`${proxy.url}/api/initiatives/demo/signatures`, polish(0, { idDocumentNumber: pesel('1975-03-04', n), familyNames: `Nowak-${n}` }), agent);
        answers.push({ ...answer, keptAlive: agent !== false, sentAt, answeredAt: performance.now() });
        if (killedAt === Infinity && acknowledged(false) >= 40) {
          killedAt = performance.now();
          second.child.kill('SIGKILL');
          void second.exited.then(() => (deadAt = performance.now()));
        }
      }
    };
    const agents = Array.from({ length: 4 }, () => new Agent({ keepAlive: true, maxSockets: 1 }));
    await Promise.all([...agents.map(client), ...agents.map(() => client(false))]);
    agents.forEach((agent) => agent.destroy());

    expect(await second.exited).toBe('SIGKILL');
    expect(acknowledged(true)).toBeGreaterThanOrEqual(40); // signing went on through the survivor
    expect(first.served(SIGNING, 'POST')).toBeGreaterThan(survivorBefore);
    // The other outcomes concern only requests in flight when the process died, and are the
    // front's own "unavailable" in the house shape; on a kept-alive connection, HAProxy may
    // instead close the connection without an answer, as a server closing an idle connection
    // would (docs/operations.md). No other 5xx, no error of the API.
    const failed = answers.filter((a) => a.status !== 201);
    expect(failed.filter((a) => a.sentAt > deadAt || a.answeredAt < killedAt)).toEqual([]);
    expect(failed.filter((a) => ![502, 503, ...(a.keptAlive ? [LOST] : [])].includes(a.status))).toEqual([]);
    for (const answer of failed.filter((a) => a.status !== LOST)) {
      expect(answer.contentType).toBe('application/json; charset=utf-8');
      expect(answer.body).toEqual({ errors: [{ field: null, code: 'service_unavailable', message: expect.any(String) }] });
    }
    // Every acknowledged statement is stored and its receipt answers.
    const receipts = answers.filter((a) => a.status === 201).map((a) => a.body.receipt as string);
    const stored = await db.sql<{ n: string }>(`SELECT count(*) AS n FROM signatures WHERE id = ANY($1::uuid[])`, [receipts]);
    expect(Number(stored[0].n)).toBe(receipts.length);
    const checks = await Promise.all(receipts.map((r) => fetch(`${proxy.url}/api/receipts/${r}`).then((res) => res.status)));
    expect(checks).toEqual(receipts.map(() => 200));
    // Stored: every acknowledged statement, and at most those whose answer was lost with the process.
    const added = (await statements()) - before;
    expect(added).toBeGreaterThanOrEqual(receipts.length);
    expect(added).toBeLessThanOrEqual(receipts.length + failed.length);
    const { counted, actual } = await tallies();
    expect(counted).toEqual(actual);
    const outcome = (keptAlive: boolean) => failed.filter((a) => a.keptAlive === keptAlive).map((a) => (a.status === LOST ? 'closed' : a.status)).join(' ') || 'none';
    console.log(
      `kill -9 under load: ${answers.length} statements sent, ${receipts.length} acknowledged, ${added} stored; ` +
        `in flight at the death: kept-alive ${outcome(true)}, one connection per request ${outcome(false)}`,
    );
  });

  /** Reads the public progress through the front until its total is `expected` (or 20 s passed); returns the last total. */
  async function progressUntil(expected: number): Promise<number> {
    const deadline = Date.now() + 20_000;
    for (;;) {
      const response = await fetch(`${proxy.url}/api/initiatives/demo/progress`);
      const { total } = (await response.json()) as { total: number };
      if (total === expected || Date.now() > deadline) return total;
      await new Promise((r) => setTimeout(r, 250));
    }
  }
});
