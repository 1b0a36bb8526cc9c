import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { auditCommand } from '../src/commands/audit';
import { exportCommand } from '../src/commands/export';
import { partnersCommand } from '../src/commands/partners';
import { readZip } from '../../../libs/statement-exports/test/zip-reader';
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
