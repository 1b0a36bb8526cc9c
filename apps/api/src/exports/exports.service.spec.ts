import { createHash, randomUUID } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { buffer } from 'node:stream/consumers';
import {
  encryptKeyFile,
  generateKeyPair,
  maxKdfCost,
  openStatement,
  sealStatement,
  type OrganiserKeyFile,
} from '@eci/statement-crypto';
import { makeSelfSignedCertificate, WORKSPACE_PREFIX, type SelfSignedCertificate } from '@eci/statement-exports';
import { extractPdfText } from '../../../../libs/statement-exports/test/pdf-inspect';
import { readZip } from '../../../../libs/statement-exports/test/zip-reader';
import sodium from 'sodium-native';
import { signingService, SigningWorld } from '../../test/fixtures/signing-world';
import { french, polish } from '../../test/fixtures/statements';
import type { ExportRowsRepository } from './export-rows.repository';
import { EXPORT_RETRY_AFTER_SECONDS, ExportsService, type ExportCredentials } from './exports.service';
import { refusal } from '../../test/fixtures/refusals';
import { ExportProgressTracker } from './export-progress';

/** The real tracker, which also keeps every progress it was told, in order, with consecutive repeats dropped. */
class RecordingTracker extends ExportProgressTracker {
  readonly seen: string[] = [];
  override report(id: string, stage: Parameters<ExportProgressTracker['report']>[1], counts?: { done?: number; total?: number }): void {
    super.report(id, stage, counts);
    const now = this.read(id, auditor, 'demo');
    const line = now ? `${now.stage} ${now.done}/${now.total}` : 'untracked';
    if (this.seen.at(-1) !== line) this.seen.push(line);
  }
}

const auditor = 'account:0b6f1f0e-9a57-4c38-9d1b-6a3c1f3d2e11' as const;
const passphrase = 'the organisers’ passphrase';

/** Key files at libsodium's cheapest Argon2id cost (1 pass, 8 KiB): the unlock is real, and fast. */
const CHEAPEST_KDF_COST = { opslimit: sodium.crypto_pwhash_OPSLIMIT_MIN, memlimit: sodium.crypto_pwhash_MEMLIMIT_MIN };

describe('ExportsService (on the fakes)', () => {
  let certificate: SelfSignedCertificate;
  /** The world's organiser key pair in a key file (at the cheapest cost). */
  let world: SigningWorld;
  let keyFile: OrganiserKeyFile;
  let credentials: ExportCredentials;
  let exports: ExportsService;
  let tracker: RecordingTracker;

  beforeAll(() => {
    certificate = makeSelfSignedCertificate({ commonName: 'Test organisers (self-signed)', keyBits: 2048 });
  });

  beforeEach(async () => {
    world = new SigningWorld();
    tracker = new RecordingTracker(world.clock);
    keyFile = encryptKeyFile(world.organiserKeys, passphrase, CHEAPEST_KDF_COST);
    credentials = { keyFile, passphrase, certificate: new Uint8Array(certificate.p12), certificatePassphrase: certificate.passphrase };
    exports = new ExportsService(world.initiatives, world.exportRows, world.audit, world.clock, tracker);
    await world.createInitiative();
    const signing = signingService(world, { captcha: false });
    for (const n of [1, 2]) await signing.sign('demo', polish(n));
    await signing.sign('demo', french(1));
  });
  afterEach(() => world.close());

  /** This process's export workspaces (temporary directories) that exist now. */
  const workspaces = async () => (await readdir(tmpdir())).filter((name) => name.startsWith(WORKSPACE_PREFIX) && name.includes(`-${process.pid}-`));
  const audited = async () => (await world.auditLog.list(0, 100)).map(({ actor, action, details }) => ({ actor, action, details }));

  it('exports one member state: only its statements, opened with the key file, signed, and audits it with its counts', async () => {
    const done = await exports.exportCountry(auditor, 'demo', 'PL', credentials);
    expect(done.fileName).toBe('statements-PL.zip');
    // The ZIP waits in its temporary directory until read (removed when the stream closes, not awaited).
    expect(await workspaces()).toHaveLength(1);
    const zip = await buffer(done.open());
    expect(zip.length).toBe(done.bytes);
    expect(createHash('sha256').update(zip).digest('hex')).toBe(done.sha256);
    const files = readZip(zip);
    expect([...files.keys()].sort()).toEqual(['manifest.json', 'manifest.json.p7s', 'statements-PL.pdf', 'statements-PL.xml']);
    const text = (await extractPdfText(files.get('statements-PL.pdf') as Buffer)).join('\n');
    for (const n of [1, 2]) expect(text).toContain(polish(n).idDocumentNumber);
    expect(text).not.toContain(french(1).familyNames);
    const manifest = JSON.parse((files.get('manifest.json') as Buffer).toString('utf8'));
    expect(manifest.counts).toMatchObject({ total: 2, online: 2, paper: 0 });

    const [entry, ...more] = await audited();
    expect(more).toEqual([]);
    expect(entry).toEqual({
      actor: auditor,
      action: 'export',
      details: { initiative: 'demo', country: 'PL', language: 'pl', statements: manifest.counts, rulesVersion: manifest.rulesVersion, zipSha256: done.sha256, files: manifest.files },
    });
  });

  it('names a member state by its EU code in the file and the audit (Greece is EL), also when refused', async () => {
    const done = await exports.exportCountry(auditor, 'demo', 'GR', credentials);
    expect(done.fileName).toBe('statements-EL.zip');
    await done.discard();
    expect(await workspaces()).toEqual([]);
    await refusal(exports.exportCountry(auditor, 'demo', 'EL', { ...credentials, passphrase: 'not it' }));
    expect((await audited()).map((e) => [e.action, e.details.country])).toEqual([
      ['export', 'EL'],
      ['export_failed', 'EL'],
    ]);
  });

  it('exports a member state without statements as an export counting none', async () => {
    const done = await exports.exportCountry(auditor, 'demo', 'DE', credentials);
    const manifest = JSON.parse((readZip(await buffer(done.open())).get('manifest.json') as Buffer).toString('utf8'));
    expect(manifest.counts).toMatchObject({ total: 0, online: 0, paper: 0 });
    expect((await audited())[0]).toMatchObject({ action: 'export', details: { country: 'DE', statements: manifest.counts } });
  });

  it.each([
    ['a wrong passphrase', () => ({ passphrase: 'not the passphrase' }), 'passphrase', 'wrong_passphrase'],
    ['another key pair', () => ({ keyFile: encryptKeyFile(generateKeyPair(), passphrase, CHEAPEST_KDF_COST) }), 'keyFile', 'wrong_key'],
    ['a key file costlier than allowed', () => ({ keyFile: { ...keyFile, opslimit: maxKdfCost().opslimit + 1 }, passphrase: 'not it either' }), 'keyFile', 'key_file_cost'],
    ['something that is no key file', () => ({ keyFile: { version: 1, hello: 'world' } }), 'keyFile', 'format'],
    ['a wrong certificate passphrase', () => ({ certificatePassphrase: 'wrong' }), 'certificate', 'certificate'],
    ['bytes that are no certificate', () => ({ certificate: new Uint8Array(Buffer.from('not a PKCS#12 file')) }), 'certificate', 'certificate'],
  ] as const)('refuses %s, gives nothing, and audits the reason', async (_, change, field, code) => {
    const error = await refusal(exports.exportCountry(auditor, 'demo', 'PL', { ...credentials, ...change() }));
    expect(error.items).toEqual([{ field, code }]);
    expect(error.retryAfterSeconds).toBeUndefined();
    expect(await workspaces()).toEqual([]);
    expect(await audited()).toEqual([{ actor: auditor, action: 'export_failed', details: { initiative: 'demo', country: 'PL', reason: code } }]);
  });

  it('refuses with wrong_key when the initiative has no key yet', async () => {
    await world.createInitiative('keyless', { publicKey: null });
    const error = await refusal(exports.exportCountry(auditor, 'keyless', 'PL', credentials));
    expect(error.items).toEqual([{ field: 'keyFile', code: 'wrong_key' }]);
    expect((await audited()).map((e) => e.details)).toEqual([{ initiative: 'keyless', country: 'PL', reason: 'wrong_key' }]);
  });

  it('refuses with wrong_key, audited, a statement that the key does not open', async () => {
    // A row sealed to another key pair (a key changed under stored statements, or a bad restore).
    const [row] = await world.exportRows.page([...world.tables.initiatives.keys()][0], 'PL', null, 1);
    const resealed = sealStatement(openStatement(new Uint8Array(row.ciphertext), world.organiserKeys), generateKeyPair().publicKey);
    const stored = world.tables.signatures.get(row.id);
    const id = randomUUID();
    world.tables.signatures.set(id, { ...(stored as NonNullable<typeof stored>), id, identityHash: new Uint8Array(32).fill(7), ciphertext: resealed });
    const error = await refusal(exports.exportCountry(auditor, 'demo', 'PL', credentials));
    expect(error.items).toEqual([{ field: 'keyFile', code: 'wrong_key' }]);
    expect((await audited()).map((e) => [e.action, e.details.reason])).toEqual([['export_failed', 'wrong_key']]);
  });

  it('audits a failure of its own as error and lets it through', async () => {
    const failing: ExportRowsRepository = {
      countByChannel: (initiativeId, nationality) => world.exportRows.countByChannel(initiativeId, nationality),
      page: () => Promise.reject(new Error('connection lost')),
    };
    const service = new ExportsService(world.initiatives, failing, world.audit, world.clock, tracker);
    await expect(service.exportCountry(auditor, 'demo', 'PL', credentials)).rejects.toThrow('connection lost');
    expect(await workspaces()).toEqual([]);
    expect((await audited()).map((e) => [e.action, e.details.reason])).toEqual([['export_failed', 'error']]);
  });

  it('refuses an unknown country or initiative before anything, unaudited', async () => {
    expect((await refusal(exports.exportCountry(auditor, 'demo', 'XX', credentials))).items).toEqual([{ field: 'country', code: 'unknown_country' }]);
    for (const language of ['en', 'FR', 'lb', '']) {
      expect((await refusal(exports.exportCountry(auditor, 'demo', 'BE', credentials, { language }))).items).toEqual([{ field: 'language', code: 'format' }]);
    }
    expect((await refusal(exports.exportCountry(auditor, 'nowhere', 'PL', credentials))).items).toEqual([{ field: 'slug', code: 'initiative_not_found' }]);
    expect(await audited()).toEqual([]);
  });

  it('prepares one export at a time: a second one meanwhile is export_busy with its Retry-After, audited; then exports go on', async () => {
    const first = exports.exportCountry(auditor, 'demo', 'PL', credentials);
    const busy = await refusal(exports.exportCountry(auditor, 'demo', 'FR', credentials));
    expect(busy.items).toEqual([{ field: null, code: 'export_busy', params: { retryAfter: EXPORT_RETRY_AFTER_SECONDS } }]);
    expect(busy.retryAfterSeconds).toBe(EXPORT_RETRY_AFTER_SECONDS);
    await (await first).discard();
    expect((await audited()).map((e) => [e.action, e.details.country, e.details.reason])).toEqual([
      ['export_failed', 'FR', 'export_busy'],
      ['export', 'PL', undefined],
    ]);
    // A refusal frees its place too.
    await refusal(exports.exportCountry(auditor, 'demo', 'FR', { ...credentials, passphrase: 'not it' }));
    const after = await exports.exportCountry(auditor, 'demo', 'FR', credentials);
    expect(after.fileName).toBe('statements-FR.zip');
    await after.discard();
  });

  describe('progress, for an export given an id', () => {
    const id = '6f1c1e4a-3b2d-4c5e-9f00-0123456789ab';

    it('goes through every stage in order, counting the statements, and ends done', async () => {
      const done = await exports.exportCountry(auditor, 'demo', 'PL', credentials, { progressId: id });
      await done.discard();
      expect(tracker.seen).toEqual(['unlocking 0/0', 'reading 0/2', 'reading 2/2', 'pdf 2/2', 'signing 2/2', 'zipping 2/2', 'done 2/2']);
      expect(tracker.read(id, auditor, 'demo')).toEqual({ stage: 'done', done: 2, total: 2 });
    });

    it('shows it to the account that started it, on that initiative only', async () => {
      await (await exports.exportCountry(auditor, 'demo', 'PL', credentials, { progressId: id })).discard();
      expect(tracker.read(id, 'account:00000000-0000-4000-8000-000000000002', 'demo')).toBeNull();
      expect(tracker.read(id, auditor, 'other')).toBeNull();
      expect(tracker.read('6f1c1e4a-3b2d-4c5e-9f00-000000000000', auditor, 'demo')).toBeNull();
      expect(tracker.read(id.toUpperCase(), auditor, 'demo')).toMatchObject({ stage: 'done' });
    });

    it('ends failed when refused (a wrong passphrase, busy) and when it breaks; an id in use is refused without touching it', async () => {
      await refusal(exports.exportCountry(auditor, 'demo', 'PL', { ...credentials, passphrase: 'not it' }, { progressId: id }));
      expect(tracker.read(id, auditor, 'demo')).toEqual({ stage: 'failed', done: 0, total: 0 });
      expect((await refusal(exports.exportCountry(auditor, 'demo', 'PL', credentials, { progressId: id }))).items).toEqual([{ field: 'X-Export-Id', code: 'conflict' }]);
      expect(tracker.read(id, auditor, 'demo')).toEqual({ stage: 'failed', done: 0, total: 0 });

      const second = '6f1c1e4a-3b2d-4c5e-9f00-000000000002';
      const first = exports.exportCountry(auditor, 'demo', 'PL', credentials);
      await refusal(exports.exportCountry(auditor, 'demo', 'FR', credentials, { progressId: second }));
      expect(tracker.read(second, auditor, 'demo')).toMatchObject({ stage: 'failed' });
      await (await first).discard();

      const failing: ExportRowsRepository = {
        countByChannel: (initiativeId, nationality) => world.exportRows.countByChannel(initiativeId, nationality),
        page: () => Promise.reject(new Error('connection lost')),
      };
      const third = '6f1c1e4a-3b2d-4c5e-9f00-000000000003';
      await expect(new ExportsService(world.initiatives, failing, world.audit, world.clock, tracker).exportCountry(auditor, 'demo', 'PL', credentials, { progressId: third })).rejects.toThrow('connection lost');
      expect(tracker.read(third, auditor, 'demo')).toEqual({ stage: 'failed', done: 0, total: 2 });
    });
  });
});
