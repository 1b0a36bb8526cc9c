import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { RULES_VERSION } from '@eci/rules';
import { BG_STATEMENTS, EL_STATEMENTS, FR_STATEMENTS, INITIATIVE, PL_STATEMENTS, countsOf, pesel, signed } from '../test/fixtures';
import { makeTempDir, OPENSSL, PDFSIG, removeDir, requireTool, runTool, writeFileSync } from '../test/files';
import { extractPdfText, pdfSignatureParts } from '../test/pdf-inspect';
import { CERTIFICATE, MemoryWritable, runExport, runFailingExport, type ExportRun } from '../test/run-export';
import {
  UnsupportedLanguageError,
  ExportCountMismatchError,
  ExportDataError,
  MANIFEST_FILE,
  MANIFEST_SIGNATURE_FILE,
  PADES_SUBFILTER,
  readSupportFormXml,
  validateSupportFormXml,
  verifyDetachedSignature,
  verifyManifest,
} from './index';
import type { ExportStatement } from './types';

const UUID_G = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
const sha256 = (data: Uint8Array): Buffer => createHash('sha256').update(data).digest();
const squash = (text: string): string => text.replace(/\s+/g, ' ');
/** Cells wrap at spaces and after hyphens: join the lines back. */
const unwrap = (text: string): string => squash(text).replace(/- /g, '-');
const withoutRulesVersion = ({ rulesVersion: _ignored, ...rest }: ExportStatement) => rest;

/** The values a person's row must show, per Annex III part. */
function rowValues(item: ExportStatement): string[] {
  const s = item.statement;
  const common = [item.statementId, item.signedOn, s.fullFirstNames, s.familyNames];
  if (s.part === 'B') return [...common, s.idDocumentNumber];
  return [...common, s.street, s.streetNumber, s.postalCode, s.city, s.dateOfBirth];
}

/** What the cover page reads in the Member State's language. */
interface CoverTexts {
  readonly title: string;
  readonly state: string;
  readonly registrationDate: string;
  /** Followed by the number of statements for the state. */
  readonly forState: string;
  readonly online: string;
  readonly paper: string;
  /** Followed by the all-states total… */
  readonly total: string;
  /** …written with the language's digit grouping. */
  readonly totalCount: string;
  readonly declaration: string;
  readonly date: string;
  /** The representative's residence (Greece) in the language. */
  readonly residence: string;
  readonly tableTitle: string;
}

interface Case {
  readonly country: string;
  readonly code: string;
  readonly statements: readonly ExportStatement[];
  /** Statements of the other exports: none of them may appear. */
  readonly others: readonly ExportStatement[];
  readonly cover: CoverTexts;
}

const ALL = [...PL_STATEMENTS, ...FR_STATEMENTS, ...EL_STATEMENTS, ...BG_STATEMENTS];
const COVERS: Readonly<Record<string, CoverTexts>> = {
  PL: {
    title: INITIATIVE.title.pl as string,
    state: 'Polska (PL)',
    registrationDate: 'Data rejestracji',
    forState: 'przekazanych dla tego państwa członkowskiego',
    online: 'zebrane w internecie',
    paper: 'zebrane w formie papierowej',
    total: '(wszystkie państwa członkowskie)',
    totalCount: '1 004',
    declaration: 'Niniejszym oświadczamy, że informacje podane w tym formularzu są prawdziwe',
    date: 'Data',
    residence: 'Miejsce zamieszkania: Grecja',
    tableTitle: 'Deklaracje poparcia — Polska (PL) — załącznik III, część B',
  },
  FR: {
    title: INITIATIVE.title.en, // not registered in French: English
    state: 'France (FR)',
    registrationDate: 'Date d’enregistrement',
    forState: 'présentées pour cet État membre',
    online: 'collectées en ligne',
    paper: 'collectées sur papier',
    total: '(tous les États membres)',
    totalCount: '1 003',
    declaration: 'Nous déclarons que les informations figurant dans le présent formulaire sont exactes',
    date: 'Date',
    residence: 'Résidence : Grèce',
    tableTitle: 'Déclarations de soutien — France (FR) — annexe III, partie A',
  },
  EL: {
    title: INITIATIVE.title.el as string,
    state: 'Ελλάδα (EL)',
    registrationDate: 'Ημερομηνία καταχώρισης',
    forState: 'για το παρόν κράτος μέλος',
    online: 'συλλέχθηκαν ηλεκτρονικά',
    paper: 'συλλέχθηκαν σε έντυπη μορφή',
    total: '(όλα τα κράτη μέλη)',
    totalCount: '1.003',
    declaration: 'Δηλώνουμε ότι τα στοιχεία του παρόντος εντύπου είναι ακριβή',
    date: 'Ημερομηνία',
    residence: 'Διαμονή: Ελλάδα',
    tableTitle: 'Δηλώσεις υποστήριξης — Ελλάδα (EL) — παράρτημα III, μέρος A',
  },
  BG: {
    title: INITIATIVE.title.en,
    state: 'България (BG)',
    registrationDate: 'Дата на регистрация',
    forState: 'представени за тази държава членка',
    online: 'събрани онлайн',
    paper: 'събрани на хартия',
    total: '(всички държави членки)',
    totalCount: '1 002',
    declaration: 'С настоящото декларираме, че информацията в този формуляр е вярна',
    date: 'Дата',
    residence: 'Местопребиваване: Гърция',
    tableTitle: 'Изявления за подкрепа — България (BG) — приложение III, част B',
  },
};

const CASES: readonly Case[] = [
  { country: 'PL', code: 'PL', statements: PL_STATEMENTS, others: ALL.filter((s) => !PL_STATEMENTS.includes(s)), cover: COVERS.PL as CoverTexts },
  { country: 'FR', code: 'FR', statements: FR_STATEMENTS, others: ALL.filter((s) => !FR_STATEMENTS.includes(s)), cover: COVERS.FR as CoverTexts },
  { country: 'GR', code: 'EL', statements: EL_STATEMENTS, others: ALL.filter((s) => !EL_STATEMENTS.includes(s)), cover: COVERS.EL as CoverTexts },
  { country: 'BG', code: 'BG', statements: BG_STATEMENTS, others: ALL.filter((s) => !BG_STATEMENTS.includes(s)), cover: COVERS.BG as CoverTexts },
];

describe.each(CASES)('export for $code', ({ country, code, statements, others, cover: texts }) => {
  let run: ExportRun;
  let pages: string[];
  const pdfName = `statements-${code}.pdf`;
  const xmlName = `statements-${code}.xml`;

  beforeAll(async () => {
    run = await runExport(country, statements);
    pages = await extractPdfText(run.entries.get(pdfName) as Buffer);
  });

  it('zips exactly the PDF, the XML, the manifest and its signature, and leaves no temporary files', () => {
    expect([...run.entries.keys()].sort()).toEqual([MANIFEST_FILE, MANIFEST_SIGNATURE_FILE, pdfName, xmlName].sort());
    expect(run.result.fileName).toBe(`statements-${code}.zip`);
    expect(run.result.zip).toEqual({ bytes: run.zip.length, sha256: sha256(run.zip).toString('hex') });
    expect(run.leftovers).toEqual([]);
    expect(run.result.pdf.missingGlyphs).toBe(0);
  });

  it('prints every person of this Member State in the PDF, intact, and nobody else', () => {
    const text = pages.join('\n');
    for (const item of statements) {
      for (const value of rowValues(item)) expect(unwrap(text)).toContain(value);
    }
    expect(new Set(text.match(UUID_G))).toEqual(new Set(statements.map((s) => s.statementId)));
    const numbers = text.replace(UUID_G, '').match(/\b\d{9,}\b/g) ?? [];
    const documentNumbers = statements.flatMap((s) => (s.statement.part === 'B' ? [s.statement.idDocumentNumber] : []));
    expect(numbers.sort()).toEqual(documentNumbers.sort());
    for (const item of others) {
      expect(text).not.toContain(item.statementId);
      expect(text).not.toContain(item.statement.familyNames);
    }
    // One row number per statement.
    const table = pages.slice(1).join('\n');
    statements.forEach((_item, i) => expect(table).toMatch(new RegExp(`(^|\\n)${i + 1}\\n`)));
  });

  it('states the Annex V data and counts on the cover page, in the language of the Member State', () => {
    const cover = squash(pages[0] as string);
    const online = statements.filter((s) => s.channel === 'online').length;
    const counts = countsOf(statements);
    expect(cover).toContain(texts.title);
    expect(cover).toContain(texts.state);
    expect(cover).toContain(INITIATIVE.registrationNumber);
    expect(cover).toContain(`${texts.registrationDate} ${INITIATIVE.registrationDate}`);
    expect(cover).toContain('Γεώργιος Αντωνίου');
    expect(cover).toContain('representative@cleanrivers.example');
    expect(cover).toContain(texts.residence);
    expect(cover).toContain('Zofia Wójcik');
    expect(cover).toContain(`${texts.forState} ${statements.length} `);
    expect(cover).toContain(`${texts.online} ${online} `);
    expect(cover).toContain(`${texts.paper} ${statements.length - online} `);
    expect(counts.totalAllMemberStates).toBe(Number(texts.totalCount.replace(/\D/g, '')));
    expect(cover).toContain(`${texts.total} ${texts.totalCount}`);
    expect(cover).toContain(texts.declaration);
    expect(cover).toContain(`${texts.date} 2027-06-10`);
    expect(cover).not.toMatch(/Member State|hereby declare|Date of registration/);
  });

  it('titles the tables in the same language', () => {
    for (const page of pages.slice(1)) expect(page).toContain(texts.tableTitle);
  });

  it('numbers every page "n / N"', () => {
    expect(pages.length).toBe(run.result.pdf.pages);
    pages.forEach((page, i) => expect(page).toMatch(new RegExp(`(^|\\n)${i + 1} /\\s*\\n?${pages.length}(\\n|$)`)));
  });

  it('carries a PAdES signature over the whole file except the signature itself', () => {
    const pdf = run.entries.get(pdfName) as Buffer;
    const parts = pdfSignatureParts(pdf);
    expect(parts.subFilter).toBe(PADES_SUBFILTER);
    expect(parts.byteRange[2] - parts.byteRange[1]).toBe(2 * 16_384 + 2);
    const check = verifyDetachedSignature(parts.cms, sha256(parts.covered));
    expect(check).toMatchObject({ valid: true, problems: [], signingCertificateBound: true });
    expect(check.signingTime).toBeUndefined(); // PAdES: the time is in the signature dictionary
    expect(check.certificate?.fingerprint256).toBe(run.result.manifest.signature.certificateSha256);
  });

  it('has signatures that openssl verifies (PDF byte ranges and manifest)', () => {
    requireTool(OPENSSL, 'openssl');
    const dir = makeTempDir();
    try {
      const parts = pdfSignatureParts(run.entries.get(pdfName) as Buffer);
      const files = {
        covered: parts.covered,
        'pdf.p7s': parts.cms,
        manifest: run.entries.get(MANIFEST_FILE) as Buffer,
        'manifest.p7s': run.entries.get(MANIFEST_SIGNATURE_FILE) as Buffer,
      };
      for (const [name, data] of Object.entries(files)) writeFileSync(join(dir, name), data);
      for (const [content, signature] of [['covered', 'pdf.p7s'], ['manifest', 'manifest.p7s']] as const) {
        const result = runTool(OPENSSL, ['cms', '-verify', '-noverify', '-binary', '-inform', 'DER', '-in', join(dir, signature), '-content', join(dir, content), '-out', '/dev/null']);
        expect(result.stderr).toContain('Verification successful');
      }
    } finally {
      removeDir(dir);
    }
  });

  it('is recognised by poppler as a valid PAdES signature', () => {
    requireTool(PDFSIG, 'poppler-utils');
    const dir = makeTempDir();
    try {
      const path = join(dir, pdfName);
      writeFileSync(path, run.entries.get(pdfName) as Buffer);
      const output = runTool(PDFSIG, [path]).stdout;
      expect(output).toContain('Signature Validation: Signature is Valid.');
      expect(output).toContain('Signature Type: ETSI.CAdES.detached');
      expect(output).toContain('Total document signed');
      expect(output).toContain('Clean Rivers Organisers (demo)');
    } finally {
      removeDir(dir);
    }
  });

  it('writes an XML file that the XSD accepts and that reads back to the same statements', async () => {
    const xml = (run.entries.get(xmlName) as Buffer).toString('utf8');
    const validation = await validateSupportFormXml(xml);
    expect(validation).toEqual({ valid: true, errors: [] });
    const document = readSupportFormXml(xml);
    expect(document.forCountry).toBe(code);
    expect(document.rulesVersion).toBe(RULES_VERSION);
    expect(document.initiative).toMatchObject({
      registrationNumber: INITIATIVE.registrationNumber,
      registrationDate: INITIATIVE.registrationDate,
      registerUrl: INITIATIVE.registerUrl,
      title: INITIATIVE.title,
      objectives: INITIATIVE.objectives,
    });
    expect(document.initiative.organisers.map((o) => o.residence)).toEqual(['EL', 'PL', 'FR']);
    expect(document.signatures).toEqual(statements.map(withoutRulesVersion));
  });

  it('signs a manifest whose counts and hashes match the ZIP entries', async () => {
    const manifest = run.result.manifest;
    const online = statements.filter((s) => s.channel === 'online').length;
    expect(manifest.memberState.code).toBe(code);
    expect(manifest.counts).toEqual({
      total: statements.length,
      online,
      paper: statements.length - online,
      formatConfirmed: statements.filter((s) => s.idFormatConfirmed).length,
      totalAllMemberStates: countsOf(statements).totalAllMemberStates,
    });
    expect(manifest.rulesVersion).toBe(RULES_VERSION);
    expect(manifest.createdAt).toBe('2027-06-10T09:30:00.000Z');
    expect(JSON.parse((run.entries.get(MANIFEST_FILE) as Buffer).toString('utf8'))).toEqual(manifest);
    for (const file of manifest.files) {
      expect(sha256(run.entries.get(file.name) as Buffer).toString('hex')).toBe(file.sha256);
    }
    const verification = await verifyManifest({
      manifest: run.entries.get(MANIFEST_FILE) as Buffer,
      signature: run.entries.get(MANIFEST_SIGNATURE_FILE) as Buffer,
      files: { [pdfName]: run.entries.get(pdfName) as Buffer, [xmlName]: run.entries.get(xmlName) as Buffer },
    });
    expect(verification).toMatchObject({ valid: true, problems: [] });
    expect(verification.signer?.subject).toContain('CN=Clean Rivers Organisers (demo)');
  });
});

describe('export checks and failures', () => {
  it('flags statements whose ID format the signatory confirmed', async () => {
    const run = await runExport('PL', PL_STATEMENTS);
    expect(run.result.manifest.counts.formatConfirmed).toBe(1);
    const text = (await extractPdfText(run.entries.get('statements-PL.pdf') as Buffer)).slice(1).join('\n');
    const confirmed = PL_STATEMENTS.find((s) => s.idFormatConfirmed) as ExportStatement;
    const row = text.slice(text.indexOf(confirmed.statementId));
    expect(row.split('\n').slice(0, 8)).toContain('Tak');
    expect(text.split('\n').filter((line) => line === 'Tak')).toHaveLength(1);
    expect(text.split('\n').filter((line) => line === 'Nie')).toHaveLength(PL_STATEMENTS.length - 1);
  });

  it('detects a changed byte anywhere in the signed PDF and a changed file in the manifest', async () => {
    const run = await runExport('BG', BG_STATEMENTS);
    const pdf = Buffer.from(run.entries.get('statements-BG.pdf') as Buffer);
    const at = pdf.indexOf('Иван') >= 0 ? pdf.indexOf('Иван') : 200;
    pdf[at] = (pdf[at] as number) ^ 0x01;
    const parts = pdfSignatureParts(pdf);
    expect(verifyDetachedSignature(parts.cms, sha256(parts.covered)).valid).toBe(false);

    const xml = Buffer.from(run.entries.get('statements-BG.xml') as Buffer);
    const tampered = Buffer.from(xml.toString('utf8').replace('Петров', 'Петрова'), 'utf8');
    const verification = await verifyManifest({
      manifest: run.entries.get(MANIFEST_FILE) as Buffer,
      signature: run.entries.get(MANIFEST_SIGNATURE_FILE) as Buffer,
      files: { 'statements-BG.pdf': run.entries.get('statements-BG.pdf') as Buffer, 'statements-BG.xml': tampered },
    });
    expect(verification.valid).toBe(false);
    expect(verification.problems).toEqual(['statements-BG.xml: does not match its SHA-256 in the manifest']);

    const manifest = Buffer.from((run.entries.get(MANIFEST_FILE) as Buffer).toString('utf8').replace('"total": 2', '"total": 3'));
    const forged = await verifyManifest({ manifest, signature: run.entries.get(MANIFEST_SIGNATURE_FILE) as Buffer, requireAllFiles: false });
    expect(forged.valid).toBe(false);
  });

  it('refuses counts that differ from the statements, writing nothing and leaving no files', async () => {
    const outcome = await runFailingExport('PL', PL_STATEMENTS, { online: 3, paper: 0, totalAllMemberStates: 10 });
    expect(outcome.error).toBeInstanceOf(ExportCountMismatchError);
    expect(outcome.written).toBe(0);
    expect(outcome.leftovers).toEqual([]);
  });

  it('refuses a statement of another nationality without naming the person', async () => {
    const mixed = [...PL_STATEMENTS.slice(0, 2), BG_STATEMENTS[0] as ExportStatement];
    const outcome = await runFailingExport('PL', mixed, { online: 3, paper: 0, totalAllMemberStates: 10 });
    expect(outcome.error).toBeInstanceOf(ExportDataError);
    const message = (outcome.error as Error).message;
    expect(message).toBe(`Statement #3 (${(BG_STATEMENTS[0] as ExportStatement).statementId}): nationality is not PL`);
    expect(outcome.written).toBe(0);
    expect(outcome.leftovers).toEqual([]);
  });

  it('refuses statements signed outside the collection period and malformed ids', async () => {
    const late: ExportStatement = { ...(PL_STATEMENTS[0] as ExportStatement), signedOn: '2027-06-01', statement: { ...(PL_STATEMENTS[0] as ExportStatement).statement, signingDate: '2027-06-01' } };
    expect((await runFailingExport('PL', [late], { online: 1, paper: 0, totalAllMemberStates: 1 })).error).toBeInstanceOf(ExportDataError);
    const badId: ExportStatement = { ...(PL_STATEMENTS[0] as ExportStatement), statementId: 'ABC' };
    const outcome = await runFailingExport('PL', [badId], { online: 1, paper: 0, totalAllMemberStates: 1 });
    expect((outcome.error as Error).message).toBe('Statement #1: the statement id is not a lower-case UUID');
  });

  it('refuses statements given after an early closure day, and keeps those of the closure day (validStatementDays)', async () => {
    const on = (day: string): ExportStatement => ({ ...(PL_STATEMENTS[0] as ExportStatement), signedOn: day, statement: { ...(PL_STATEMENTS[0] as ExportStatement).statement, signingDate: day } });
    const closed = { ...INITIATIVE, closedEarlyOn: '2026-10-15' };
    const after = await runFailingExport('PL', [on('2026-10-16')], { online: 1, paper: 0, totalAllMemberStates: 1 }, { initiative: closed });
    expect((after.error as Error).message).toMatch(/signed outside the collection period$/);
    expect((await runExport('PL', [on('2026-10-15')], { counts: { online: 1, paper: 0, totalAllMemberStates: 1 }, initiative: closed })).result.manifest.counts.total).toBe(1);
  });

  it('counts characters the embedded fonts cannot draw, and keeps them in the XML', async () => {
    const statement = signed({ nationality: 'PL', fullFirstNames: 'Mei 李', familyNames: 'Nowak', idDocumentType: 'national.id.number', idDocumentNumber: pesel(1999, 9, 9, 999) });
    const run = await runExport('PL', [statement]);
    expect(run.result.pdf.missingGlyphs).toBe(1);
    expect((run.entries.get('statements-PL.xml') as Buffer).toString('utf8')).toContain('<property key="full.first.names">Mei 李</property>');
    const withChineseTitle = { ...INITIATIVE, title: { ...INITIATIVE.title, pl: 'Rzeki 河流' } };
    // Every occurrence counts: the row, the cover title and the title line of the one table page.
    expect((await runExport('PL', [statement], { initiative: withChineseTitle })).result.pdf.missingGlyphs).toBe(1 + 2 + 2);
  });

  it('writes a Member State with several languages in its first by default, or in the one chosen, and refuses others', async () => {
    const empty = { counts: { online: 0, paper: 0, totalAllMemberStates: 5 } };
    const coverOf = async (language?: string) => {
      const run = await runExport('BE', [], { ...empty, language });
      const pages = await extractPdfText(run.entries.get('statements-BE.pdf') as Buffer);
      expect(run.result.pdf.missingGlyphs).toBe(0);
      return squash(pages.join('\n'));
    };
    const dutch = await coverOf();
    expect(dutch).toContain('Formulier voor de indiening van steunbetuigingen');
    expect(dutch).toContain('België (BE)');
    expect(dutch).toContain('Datum van registratie 2026-05-12');
    expect(dutch).toContain('Geen steunbetuigingen voor deze lidstaat.');
    const french = await coverOf('fr');
    expect(french).toContain('Belgique (BE)');
    expect(french).toContain('Nous déclarons que les informations');
    expect(french).toContain('Déclarations de soutien — Belgique (BE) — annexe III, partie B');
    const german = await coverOf('de');
    expect(german).toContain('Belgien (BE)');
    expect(german).toContain('Wir erklären hiermit');
    for (const language of ['en', 'EN', 'lb', '']) {
      const outcome = runExport('BE', [], { ...empty, language });
      await expect(outcome).rejects.toBeInstanceOf(UnsupportedLanguageError);
      await expect(outcome).rejects.toThrow('The export for BE is written in one of its official languages: nl, fr, de');
    }
  });

  it('prints the initiative title in the chosen language, else in another language of the state, else in English', async () => {
    const empty = { counts: { online: 0, paper: 0, totalAllMemberStates: 5 } };
    const titles = { en: 'Clean rivers', fr: 'Des rivières propres', de: 'Saubere Flüsse' };
    const coverOf = async (language: string | undefined, title: Record<string, string>) => {
      const run = await runExport('BE', [], { ...empty, language, initiative: { ...INITIATIVE, title } });
      return squash((await extractPdfText(run.entries.get('statements-BE.pdf') as Buffer))[0] as string);
    };
    expect(await coverOf('de', titles)).toContain('Bezeichnung Saubere Flüsse');
    expect(await coverOf(undefined, titles)).toContain('Titel Des rivières propres'); // nl not registered: fr before en
    expect(await coverOf('nl', { en: 'Clean rivers' })).toContain('Titel Clean rivers');
  });

  it('exports a Member State without statements as a cover page and an empty table', async () => {
    const run = await runExport('DE', [], { counts: { online: 0, paper: 0, totalAllMemberStates: 5 } });
    const pages = await extractPdfText(run.entries.get('statements-DE.pdf') as Buffer);
    expect(pages).toHaveLength(2);
    expect(pages[1]).toContain('Keine Unterstützungsbekundungen für diesen Mitgliedstaat.');
    expect(await validateSupportFormXml(run.entries.get('statements-DE.xml') as Buffer)).toEqual({ valid: true, errors: [] });
    expect(run.result.manifest.counts.total).toBe(0);
  });

  it('repeats the title and column headings on every page of a long table and keeps numbering', async () => {
    const many = Array.from({ length: 130 }, (_, i) => ({ ...(PL_STATEMENTS[i % 4] as ExportStatement), statementId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}` }));
    const run = await runExport('PL', many);
    const pages = await extractPdfText(run.entries.get('statements-PL.pdf') as Buffer);
    expect(pages.length).toBeGreaterThan(3);
    for (const page of pages.slice(1)) {
      expect(page).toContain('Deklaracje poparcia — Polska (PL) — załącznik III, część B');
      expect(squash(page)).toContain('Lp. Identyfikator deklaracji Data podpisania Pełne imiona Nazwiska Rodzaj dokumentu Numer dokumentu Format potwierdzony przez podpisującego');
    }
    const ids = pages.join('\n').match(UUID_G) ?? [];
    expect(ids).toEqual(many.map((s) => s.statementId));
    expect(pages.at(-1)).toMatch(/(^|\n)130\n/);
  });

  it('reports its stages in order, the statements laid out as they come, and writes the ZIP only while zipping', async () => {
    const many = Array.from({ length: 120 }, (_, i) => ({ ...(PL_STATEMENTS[i % 4] as ExportStatement), statementId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}` }));
    const seen: string[] = [];
    let stageAtFirstByte: string | undefined;
    const output = new (class extends MemoryWritable {
      override _write(chunk: Buffer, encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
        stageAtFirstByte ??= seen.at(-1);
        super._write(chunk, encoding, callback);
      }
    })();
    await runExport('PL', many, { output, onProgress: (p) => seen.push(`${p.stage} ${p.done}/${p.total}`) });
    expect(seen).toEqual(['reading 0/120', 'reading 50/120', 'reading 100/120', 'reading 120/120', 'pdf 120/120', 'signing 120/120', 'zipping 120/120']);
    expect(stageAtFirstByte).toBe('zipping 120/120');
  });

  it('reports nothing past a failure: counts that do not match stop it while reading', async () => {
    const seen: string[] = [];
    await expect(runExport('PL', PL_STATEMENTS.slice(0, 2), { counts: { online: 3, paper: 0, totalAllMemberStates: 3 }, onProgress: (p) => seen.push(p.stage) })).rejects.toThrow();
    expect(seen).toEqual(['reading']);
  });

  it('rejects an unknown country and a wrong certificate passphrase before writing anything', async () => {
    await expect(runExport('XX', [])).rejects.toThrow('Not a Member State');
    const workDir = makeTempDir();
    try {
      const { exportMemberState } = await import('./index');
      await expect(
        exportMemberState({
          initiative: INITIATIVE,
          country: 'PL',
          counts: { online: 0, paper: 0, totalAllMemberStates: 0 },
          statements: [],
          certificate: { p12: CERTIFICATE.p12, passphrase: 'wrong' },
          createdAt: new Date(),
          workDir,
          output: new (await import('../test/run-export')).MemoryWritable(),
        }),
      ).rejects.toThrow('Cannot open the PKCS#12 file');
    } finally {
      removeDir(workDir);
    }
  });
});
