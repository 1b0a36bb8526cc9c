import { encryptKeyFile, generateKeyPair, interactiveKdfCost } from '@eci/statement-crypto';
import { validateSupportFormXml } from '@eci/statement-exports';
import { extractPdfText } from '../../../libs/statement-exports/test/pdf-inspect';
import { readZip } from '../../../libs/statement-exports/test/zip-reader';
import { expectVerifiedExport } from './fixtures/export-zip';
import { demoExportCredentials, requestExport, type ExportCredentials } from './fixtures/exports';
import { pesel } from './fixtures/identity-numbers';
import { demoCredentials, login, type LoggedIn } from './fixtures/sessions';
import { cleanUpTestData, startTestApp, target, type TestApp } from './harness';

const poles = [
  { fullFirstNames: 'Zofia', familyNames: 'Wiśniewska', idDocumentNumber: pesel('1970-03-03', 31) },
  { fullFirstNames: 'Grzegorz', familyNames: 'Dąbrowski', idDocumentNumber: pesel('1955-12-12', 512) },
];
const french = { fullFirstNames: 'Éloïse', familyNames: 'Lefèvre', dateOfBirth: '1992-02-29', street: 'Rue Oberkampf', streetNumber: '4', postalCode: '75011', city: 'Paris', residenceCountry: 'FR' };

describe(`certified exports (${target} database)`, () => {
  let t: TestApp;
  let auditor: LoggedIn;
  let credentials: ExportCredentials;

  beforeAll(async () => {
    t = await startTestApp();
    for (const p of poles) await t.http.post('/api/initiatives/demo/signatures').send({ nationality: 'PL', idDocumentType: 'national.id.number', certified: true, ...p }).expect(201);
    await t.http.post('/api/initiatives/demo/signatures').send({ nationality: 'FR', certified: true, ...french }).expect(201);
    const { auditor: a } = demoCredentials(t);
    auditor = await login(t, a.email, a.password);
    credentials = demoExportCredentials(t.env.ECI_DATA_DIR);
  });
  afterAll(async () => {
    await t?.close();
    await cleanUpTestData();
  });

  const exportAs = (session: LoggedIn, country: string, body: object) => requestExport(t.http, session, country, body);

  it('exports a member state as a signed ZIP holding exactly its statements', async () => {
    const res = await exportAs(auditor, 'PL', credentials).expect(200);
    expect(res.headers['content-type']).toBe('application/zip');
    expect(res.headers['content-disposition']).toContain('statements-PL.zip');
    const { manifest } = await expectVerifiedExport(res.body as Buffer, 'PL', { contains: poles.flatMap((p) => [p.familyNames, p.idDocumentNumber]), excludes: ['Lefèvre'] });
    expect(manifest.counts).toMatchObject({ total: 2, online: 2, paper: 0 });

    const [entry] = await t.sql<{ actor: string; details: { country: string; zipSha256: string } }>(`SELECT actor, details FROM audit_log WHERE action = 'export'`);
    expect(entry.actor).toMatch(/^account:/);
    expect(entry.details).toMatchObject({ country: 'PL', zipSha256: res.headers['x-content-sha256'] });
  });

  it('exports a part A member state (France) with its own columns, and only its people', async () => {
    const res = await exportAs(auditor, 'FR', credentials).expect(200);
    const files = readZip(res.body as Buffer);
    const text = (await extractPdfText(files.get('statements-FR.pdf') as Buffer)).join('\n');
    for (const value of [french.familyNames, french.fullFirstNames, french.street, french.postalCode, french.city]) expect(text).toContain(value);
    for (const p of poles) expect(text).not.toContain(p.familyNames);
    const xml = (files.get('statements-FR.xml') as Buffer).toString('utf8');
    expect(await validateSupportFormXml(xml)).toMatchObject({ valid: true });
    expect(xml).toContain('1992-02-29');
    expect(JSON.parse((files.get('manifest.json') as Buffer).toString('utf8')).counts).toMatchObject({ total: 1 });
  });

  it('refuses a wrong passphrase or another key cleanly, gives nothing readable, and audits the attempt', async () => {
    const wrongPass = await exportAs(auditor, 'PL', { ...credentials, passphrase: 'not the passphrase' }).expect(422);
    expect(JSON.parse(wrongPass.body.toString()).errors[0]).toMatchObject({ field: 'passphrase', code: 'wrong_passphrase' });
    const other = encryptKeyFile(generateKeyPair(), 'another passphrase', interactiveKdfCost());
    const wrongKey = await exportAs(auditor, 'PL', { ...credentials, keyFile: other, passphrase: 'another passphrase' }).expect(422);
    expect(JSON.parse(wrongKey.body.toString()).errors[0]).toMatchObject({ field: 'keyFile', code: 'wrong_key' });
    const noKey = await exportAs(auditor, 'PL', { certificate: credentials.certificate, certificatePassphrase: credentials.certificatePassphrase }).expect(422);
    const body = noKey.body.toString();
    expect(JSON.parse(body).errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(['keyFile', 'passphrase']));
    for (const p of poles) expect(body).not.toContain(p.familyNames);
    const badCertificate = await exportAs(auditor, 'PL', { ...credentials, certificatePassphrase: 'wrong' }).expect(422);
    expect(JSON.parse(badCertificate.body.toString()).errors[0]).toMatchObject({ field: 'certificate', code: 'certificate' });
    const failures = await t.sql<{ details: { reason: string } }>(`SELECT details FROM audit_log WHERE action = 'export_failed' ORDER BY id`);
    expect(failures.map((f) => f.details.reason)).toEqual(['wrong_passphrase', 'wrong_key', 'certificate']);
  });

  it('writes the PDF in the language of the Member State, or in another of its languages on request', async () => {
    const pdfText = async (country: string, body: object) => {
      const res = await exportAs(auditor, country, body).expect(200);
      const files = readZip(res.body as Buffer);
      return (await extractPdfText(files.get(`statements-${country}.pdf`) as Buffer)).join('\n').replace(/\s+/g, ' ');
    };
    const polish = await pdfText('PL', credentials);
    expect(polish).toContain('Formularz przekazania deklaracji poparcia');
    expect(polish).toContain('Deklaracje poparcia — Polska (PL) — załącznik III, część B');
    expect(polish).not.toContain('Member State');
    const french = await pdfText('FR', credentials);
    expect(french).toContain('Déclarations de soutien — France (FR) — annexe III, partie A');
    expect(french).toContain('Nous déclarons que les informations');
    expect(await pdfText('BE', credentials)).toContain('Lidstaat België (BE)');
    expect(await pdfText('BE', { ...credentials, language: 'fr' })).toContain('État membre Belgique (BE)');
    expect(await pdfText('BE', { ...credentials, language: 'de' })).toContain('Mitgliedstaat Belgien (BE)');
    const [{ languages }] = await t.sql<{ languages: string[] }>(
      `SELECT array_agg(details->>'language' ORDER BY id) AS languages FROM audit_log WHERE action = 'export' AND details->>'country' = 'BE'`,
    );
    expect(languages).toEqual(['nl', 'fr', 'de']);
  });

  it('refuses a language that is not one of the Member State’s, exporting nothing', async () => {
    const before = await t.sql<{ n: number }>(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'export'`);
    for (const language of ['en', 'lb', 'FR', 42]) {
      const res = await exportAs(auditor, 'BE', { ...credentials, language }).expect(422);
      expect(JSON.parse(res.body.toString()).errors).toEqual([expect.objectContaining({ field: 'language', code: 'format' })]);
    }
    expect(await t.sql<{ n: number }>(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'export'`)).toEqual(before);
  });

  it('leaves exports to auditors', async () => {
    const { organiser } = demoCredentials(t);
    const session = await login(t, organiser.email, organiser.password);
    await exportAs(session, 'PL', credentials).expect(403);
    await t.http.post('/api/initiatives/demo/exports/PL').send(credentials).expect(401);
    await exportAs(auditor, 'XX', credentials).expect(404);
  });
});
