import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { normaliseDocumentNumber, normalisePostcode, normaliseText, RULES_VERSION, type NormalisedStatement } from '@eci/rules';
import { openStatement, type SealedStatementPayload } from '@eci/statement-crypto';
import { extractPdfText } from '../../../libs/statement-exports/test/pdf-inspect';
import { readZip } from '../../../libs/statement-exports/test/zip-reader';
import { buildApi, childEnv, killChildren, startApi, stopChild } from './fixtures/built-api';
import { demoExportCredentials, demoOrganiserKeys, requestExport } from './fixtures/exports';
import { pesel, withWrongCheckDigit } from './fixtures/identity-numbers';
import { demoCredentials, login } from './fixtures/sessions';
import { french, polish } from './fixtures/statements';
import { cleanUpTestData, startTestApp, target, type TestApp } from './harness';

/**
 * The sealed statement from end to end: what a signatory sends through the API is what the
 * organisers' key opens from the database (the export's own reader, `openStatement`, which checks
 * the payload field by field), normalised as the rules library normalises, and what the export of
 * its Member State shows. Typed as people type: extra spaces, decomposed accents, separators.
 */

/** Part B, a number the check digit doubts and the signatory confirms. */
const pole = polish(0, {
  fullFirstNames: '  Ewa   Maria ',
  familyNames: 'Zielin\u0301ska',
  idDocumentNumber: (() => {
    const doubted = withWrongCheckDigit(pesel('1975-05-05', 505));
    return `${doubted.slice(0, 6)} ${doubted.slice(6, 8)}-${doubted.slice(8)}`;
  })(),
  confirmIdFormat: true,
});
/** Part A. */
const frenchman = french(0, {
  fullFirstNames: 'He\u0301le\u0300ne  Louise',
  familyNames: ' Duchâteau ',
  street: 'Rue  du   Faubourg',
  streetNumber: ' 12 bis',
  postalCode: '75011 ',
  city: 'Paris\u200b',
});

/** What the rules library makes of a part B statement (Polish), signed on `signedOn`. */
function normalisedPartB(sent: ReturnType<typeof polish>, signedOn: string): NormalisedStatement {
  return {
    part: 'B',
    nationality: 'PL',
    fullFirstNames: normaliseText(sent.fullFirstNames),
    familyNames: normaliseText(sent.familyNames),
    signingDate: signedOn,
    idDocumentType: 'national.id.number',
    idDocumentNumber: normaliseDocumentNumber(sent.idDocumentNumber),
  };
}
/** What the rules library makes of a part A statement (French), signed on `signedOn`. */
function normalisedPartA(sent: ReturnType<typeof french>, signedOn: string): NormalisedStatement {
  return {
    part: 'A',
    nationality: 'FR',
    fullFirstNames: normaliseText(sent.fullFirstNames),
    familyNames: normaliseText(sent.familyNames),
    signingDate: signedOn,
    dateOfBirth: sent.dateOfBirth,
    street: normaliseText(sent.street),
    streetNumber: normaliseText(sent.streetNumber),
    postalCode: normalisePostcode(sent.postalCode),
    city: normaliseText(sent.city),
    residenceCountry: 'FR',
  };
}

describe(`sealed statements, from the form to the export (${target} database)`, () => {
  let t: TestApp;
  const signed: { receipt: string; expected: SealedStatementPayload }[] = [];

  /** The payload the organisers should find for a statement the API accepted. */
  const expectedPayload = async (receipt: string, signedOn: string, statement: NormalisedStatement, idFormatConfirmed: boolean): Promise<SealedStatementPayload> => {
    const [initiative] = await t.sql<{ registration_number: string }>(`SELECT registration_number FROM initiatives WHERE slug = 'demo'`);
    return { version: 1, statementId: receipt, initiative: { registrationNumber: initiative.registration_number, slug: 'demo' }, signedOn, rulesVersion: RULES_VERSION, idFormatConfirmed, statement };
  };
  /** Opens the stored ciphertexts of `receipts` as the export does, in that order. */
  const openStored = async (receipts: string[]): Promise<SealedStatementPayload[]> => {
    const keys = demoOrganiserKeys(t.env.ECI_DATA_DIR);
    const rows = await t.sql<{ ciphertext: Buffer }>('SELECT ciphertext FROM signatures WHERE id = ANY($1) ORDER BY array_position($1, id)', [receipts]);
    expect(rows).toHaveLength(receipts.length);
    return rows.map((row) => openStatement(new Uint8Array(row.ciphertext), keys));
  };

  beforeAll(async () => {
    t = await startTestApp();
    const sent = [
      { body: pole, normalised: (signedOn: string) => normalisedPartB(pole, signedOn), confirmed: true },
      { body: frenchman, normalised: (signedOn: string) => normalisedPartA(frenchman, signedOn), confirmed: false },
    ];
    for (const { body, normalised, confirmed } of sent) {
      const res = await t.http.post('/api/initiatives/demo/signatures').send(body).expect(201);
      signed.push({ receipt: res.body.receipt, expected: await expectedPayload(res.body.receipt, res.body.signedOn, normalised(res.body.signedOn), confirmed) });
    }
  });
  afterAll(async () => {
    await killChildren();
    await t?.close();
    await cleanUpTestData();
  });

  it('seals exactly what was sent, normalised: the organisers’ key opens the whole payload from the database', async () => {
    // The doubted number is really one the rules doubt, and really typed with separators.
    await t.http.post('/api/initiatives/demo/signatures').send({ ...pole, confirmIdFormat: false }).expect(422);
    expect(signed[0].expected.statement).not.toMatchObject({ idDocumentNumber: pole.idDocumentNumber, fullFirstNames: pole.fullFirstNames });
    expect(signed[1].expected.statement).not.toMatchObject({ fullFirstNames: frenchman.fullFirstNames });

    expect(await openStored(signed.map((s) => s.receipt))).toEqual(signed.map((s) => s.expected));
  });

  it('exports each Member State with its statement, as sealed', async () => {
    const { auditor } = demoCredentials(t);
    const session = await login(t, auditor.email, auditor.password);
    const credentials = demoExportCredentials(t.env.ECI_DATA_DIR);
    for (const { statement } of signed.map((s) => s.expected)) {
      const country = statement.nationality;
      const res = await requestExport(t.http, session, country, credentials).expect(200);
      const files = readZip(res.body as Buffer);
      expect(JSON.parse((files.get('manifest.json') as Buffer).toString('utf8')).counts).toMatchObject({ total: 1 });
      const text = (await extractPdfText(files.get(`statements-${country}.pdf`) as Buffer)).join('\n');
      const xml = (files.get(`statements-${country}.xml`) as Buffer).toString('utf8');
      const shown = statement.part === 'B' ? [statement.familyNames, statement.idDocumentNumber] : [statement.familyNames, statement.street, statement.postalCode, statement.city];
      for (const value of shown) {
        expect(text).toContain(value);
        expect(xml).toContain(value);
      }
    }
  });

  it(
    'the built API seals in its compiled worker: a statement it takes opens like the others',
    async () => {
      const build = buildApi();
      const tmp = mkdtempSync(join(tmpdir(), 'eci-built-sealer-'));
      try {
        // One process at a time on the data (the embedded database is one process's).
        await t.close();
        const api = await startApi(build, childEnv({ ...t.env, LOG_LEVEL: 'warn' }, tmp));
        const body = polish(1);
        const res = await fetch(`${api.url}/api/initiatives/demo/signatures`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
        const answer = (await res.json()) as { receipt: string; signedOn: string };
        expect(res.status).toBe(201);
        await stopChild(api);
        t = await startTestApp({ reuse: t });
        const expected = await expectedPayload(answer.receipt, answer.signedOn, normalisedPartB(body, answer.signedOn), false);
        expect(await openStored([answer.receipt])).toEqual([expected]);
      } finally {
        build.remove();
        rmSync(tmp, { recursive: true, force: true });
      }
    },
    120_000,
  );
});
