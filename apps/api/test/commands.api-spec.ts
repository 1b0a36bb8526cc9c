import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { auditCommand } from '../src/commands/audit';
import { exportCommand } from '../src/commands/export';
import { initiativesCommand } from '../src/commands/initiatives';
import { partnersCommand } from '../src/commands/partners';
import { readZip } from '../../../libs/statement-exports/test/zip-reader';
import { AdjustableClock } from './fixtures/adjustable-clock';
import { pesel } from './fixtures/identity-numbers';
import { cleanUpTestData, startTestApp, target, type TestApp } from './harness';

describe(`offline commands: export and audit verification (${target} database)`, () => {
  let t: TestApp;
  let where: string[];

  beforeAll(async () => {
    t = await startTestApp();
    await t.http.post('/api/initiatives/demo/signatures').send({ nationality: 'PL', fullFirstNames: 'Jadwiga', familyNames: 'Kowalczyk', idDocumentType: 'national.id.number', idDocumentNumber: pesel('1961-01-21', 121), certified: true }).expect(201);
    await t.http.post('/api/auth/login').send({ email: 'nobody@example.org', password: 'x' }).expect(401); // an audit entry
    await t.close(); // the embedded database is opened by one process at a time
    where = t.env.DATABASE_URL ? ['--database-url', t.env.DATABASE_URL] : ['--data-dir', t.env.ECI_DATA_DIR];
  });
  afterAll(cleanUpTestData);

  it('exports a member state from the database with the organisers’ key, no server involved', async () => {
    const dir = t.env.ECI_DATA_DIR;
    const out = join(dir, 'statements-PL.zip');
    const code = await exportCommand([
      '--country', 'PL', '--key', join(dir, 'demo-organiser-key.json'), '--passphrase-file', join(dir, 'demo-organiser-key.passphrase'),
      '--certificate', join(dir, 'demo-certificate.p12'), '--certificate-passphrase-file', join(dir, 'demo-certificate.passphrase'),
      '--out', out, ...where,
    ]);
    expect(code).toBe(0);
    const files = readZip(readFileSync(out));
    expect([...files.keys()].sort()).toEqual(['manifest.json', 'manifest.json.p7s', 'statements-PL.pdf', 'statements-PL.xml']);
    expect((files.get('statements-PL.xml') as Buffer).toString('utf8')).toContain('Kowalczyk');
    rmSync(out);
  });

  it('refuses a wrong passphrase and writes nothing', async () => {
    const dir = t.env.ECI_DATA_DIR;
    const out = join(dir, 'nothing.zip');
    const wrong = join(dir, 'wrong-passphrase');
    writeFileSync(wrong, 'not it\n');
    const code = await exportCommand([
      '--country', 'PL', '--key', join(dir, 'demo-organiser-key.json'), '--passphrase-file', wrong,
      '--certificate', join(dir, 'demo-certificate.p12'), '--certificate-passphrase-file', join(dir, 'demo-certificate.passphrase'),
      '--out', out, ...where,
    ]);
    expect(code).toBe(1);
    expect(existsSync(out)).toBe(false);
  });

  it('verifies the audit trail, and names the entry edited behind its back', async () => {
    expect(await auditCommand(['verify', ...where])).toBe(0);
    const reopened = await startTestApp({ reuse: t });
    const [second] = await reopened.sql<{ id: string }>(`SELECT id::text AS id FROM audit_log ORDER BY id OFFSET 1 LIMIT 1`);
    await reopened.sql(`UPDATE audit_log SET actor = 'someone else' WHERE id = $1`, [second.id]);
    await reopened.close();
    const lines: string[] = [];
    const write = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((chunk: string) => lines.push(String(chunk)) > 0) as typeof process.stdout.write;
    try {
      expect(await auditCommand(['verify', ...where])).toBe(1);
    } finally {
      process.stdout.write = write;
    }
    expect(lines.join('')).toContain(`BROKEN at entry ${second.id}`);
  });
});

describe(`partners command through a running server (${target} database)`, () => {
  let t: TestApp;
  const admin = 'organiser-credential-for-the-command-0123456789';
  afterAll(async () => {
    await t?.close();
    delete process.env.ECI_ADMIN_TOKEN;
    await cleanUpTestData();
  });

  it('adds a partner, prints its token once, and lists partners without tokens', async () => {
    t = await startTestApp({ env: { ECI_ADMIN_TOKEN: admin } });
    await t.running.app.listen({ port: 0, host: '127.0.0.1' });
    const address = t.running.app.getHttpServer().address() as { port: number };
    process.env.ECI_ADMIN_TOKEN = admin;
    const out: string[] = [];
    const write = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((chunk: string) => out.push(String(chunk)) > 0) as typeof process.stdout.write;
    try {
      const api = ['--api', `http://127.0.0.1:${address.port}`, '--initiative', 'demo'];
      expect(await partnersCommand(['add', ...api, '--slug', 'edri', '--name', 'EDRi', '--origin', 'https://edri.org', '--origin', 'https://www.edri.org'])).toBe(0);
      expect(await partnersCommand(['list', ...api])).toBe(0);
    } finally {
      process.stdout.write = write;
    }
    const token = /Read token \(shown once\): (ecip_\S+)/.exec(out.join(''))?.[1] as string;
    expect(token).toBeDefined();
    expect(out.slice(1).join('')).not.toContain(token);
    expect(JSON.parse(out.slice(1).join(''))).toEqual([{ slug: 'edri', name: 'EDRi', allowedOrigins: ['https://edri.org', 'https://www.edri.org'], hasToken: true }]);
    await t.http.get('/api/initiatives/demo/partners/edri/progress').set('authorization', `Bearer ${token}`).expect(200);
  });
});

describe(`initiatives command through a running server (${target} database)`, () => {
  let t: TestApp;
  const admin = 'organiser-credential-for-the-command-0123456789';
  const sampleFile = join(__dirname, '../../../docs/examples/initiative.json');
  afterAll(async () => {
    await t?.close();
    delete process.env.ECI_ADMIN_TOKEN;
    await cleanUpTestData();
  });

  /** Runs the command, catching what it prints. */
  async function initiatives(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
    const address = t.running.app.getHttpServer().address() as { port: number };
    const out: string[] = [];
    const err: string[] = [];
    const write = process.stdout.write.bind(process.stdout);
    const writeErr = process.stderr.write.bind(process.stderr);
    process.stdout.write = ((chunk: string) => out.push(String(chunk)) > 0) as typeof process.stdout.write;
    process.stderr.write = ((chunk: string) => err.push(String(chunk)) > 0) as typeof process.stderr.write;
    try {
      const code = await initiativesCommand([...argv, '--api', `http://127.0.0.1:${address.port}`]).catch((e: unknown) => {
        err.push(e instanceof Error ? e.message : String(e));
        return 1;
      });
      return { code, out: out.join(''), err: err.join('') };
    } finally {
      process.stdout.write = write;
      process.stderr.write = writeErr;
    }
  }

  it('creates the sample initiative, updates it from a file, lists initiatives and closes one early', async () => {
    const clock = new AdjustableClock();
    clock.advance(Date.parse('2025-10-01T10:00:00Z') - Date.now()); // the sample collects
    t = await startTestApp({ env: { ECI_ADMIN_TOKEN: admin }, clock });
    await t.running.app.listen({ port: 0, host: '127.0.0.1' });
    process.env.ECI_ADMIN_TOKEN = admin;

    const created = await initiatives('create', '--file', sampleFile);
    expect(created).toMatchObject({ code: 0, err: '' });
    expect(created.out).toContain('Initiative right-to-repair created, collecting from 2025-06-01 to 2026-05-31.');

    const changes = join(t.env.ECI_DATA_DIR ?? tmpdir(), 'changes.json');
    writeFileSync(changes, JSON.stringify({ slug: 'right-to-repair', title: { en: 'A right to repair' } }));
    expect(await initiatives('update', '--slug', 'right-to-repair', '--file', changes)).toMatchObject({ code: 0, err: '' });
    expect((await t.http.get('/api/initiatives/right-to-repair').expect(200)).body.title).toEqual({ en: 'A right to repair' });
    expect(await initiatives('update', '--slug', 'demo', '--file', changes)).toMatchObject({ code: 1, err: expect.stringContaining("an initiative's slug cannot change") });

    const listed = await initiatives('list');
    expect(listed.code).toBe(0);
    expect(JSON.parse(listed.out).map((i: { slug: string }) => i.slug)).toEqual(['demo', 'demo-cocs', 'right-to-repair']);

    expect(await initiatives('close', '--slug', 'right-to-repair')).toMatchObject({ code: 0, out: expect.stringContaining('closed early on 2025-10-01') });
    // Refusals print the server's messages and exit 1.
    expect(await initiatives('create', '--file', sampleFile)).toMatchObject({ code: 1, err: '409: slug: Another initiative on this installation already has this value.' });
    expect(await initiatives('close', '--slug', 'right-to-repair')).toMatchObject({ code: 1, err: '409: Collection has already been closed early.' });
  });
});

describe(`audit command through a running server (${target} database)`, () => {
  let t: TestApp;
  afterAll(async () => {
    await t?.close();
    await cleanUpTestData();
  });

  async function captured(work: () => Promise<number>): Promise<{ code: number; out: string }> {
    const lines: string[] = [];
    const write = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((chunk: string) => lines.push(String(chunk)) > 0) as typeof process.stdout.write;
    try {
      return { code: await work(), out: lines.join('') };
    } finally {
      process.stdout.write = write;
    }
  }

  it('verifies the trail as an auditor while the server runs on its database, and names the entry edited behind its back', async () => {
    t = await startTestApp();
    await t.running.app.listen({ port: 0, host: '127.0.0.1' });
    const address = t.running.app.getHttpServer().address() as { port: number };
    const auditor = (JSON.parse(readFileSync(join(t.env.ECI_DATA_DIR, 'demo-accounts.json'), 'utf8')) as { email: string; password: string; role: string }[]).find((a) => a.role === 'auditor')!;
    const passwordFile = join(t.env.ECI_DATA_DIR, 'auditor.password');
    writeFileSync(passwordFile, `${auditor.password}\n`, { mode: 0o600 });
    const argv = ['verify', '--api', `http://127.0.0.1:${address.port}`, '--email', auditor.email, '--password-file', passwordFile];
    const holds = await captured(() => auditCommand(argv));
    expect(holds).toEqual({ code: 0, out: expect.stringMatching(/^The audit trail holds: head [0-9a-f]{64}\n$/) });
    const [second] = await t.sql<{ id: string }>(`SELECT id::text AS id FROM audit_log ORDER BY id OFFSET 1 LIMIT 1`);
    await t.sql(`UPDATE audit_log SET actor = 'someone else' WHERE id = $1`, [second.id]);
    const broken = await captured(() => auditCommand(argv));
    expect(broken).toEqual({ code: 1, out: `The audit trail is BROKEN at entry ${second.id} (its content was changed).\n` });
    // A wrong password is a refusal, not a verdict.
    writeFileSync(passwordFile, 'not the password\n');
    expect((await captured(() => auditCommand(argv))).code).toBe(1);
  });
});
