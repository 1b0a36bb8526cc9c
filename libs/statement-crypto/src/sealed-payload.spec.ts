import fc from 'fast-check';
import sodium from 'sodium-native';
import { RULES_VERSION, type PartAStatement, type PartBStatement } from '@eci/rules';
import {
  DecryptionError,
  SealedPayloadError,
  encodeSealedPayload,
  generateKeyPair,
  openStatement,
  parseSealedPayload,
  sealStatement,
  sealedPayloadOf,
  type SealedStatementPayload,
} from './index';

const partB: PartBStatement = {
  part: 'B',
  nationality: 'PL',
  fullFirstNames: 'Zoë Ágnes',
  familyNames: 'Łukasiewicz',
  signingDate: '2026-09-15',
  idDocumentType: 'national.id.number',
  idDocumentNumber: '44051401458',
};
const partA: PartAStatement = {
  part: 'A',
  nationality: 'FR',
  fullFirstNames: 'Jean-Luc Émile',
  familyNames: 'Moreau',
  signingDate: '2026-09-15',
  dateOfBirth: '1979-11-02',
  street: 'Rue de la République',
  streetNumber: '12 bis',
  postalCode: '69002',
  city: 'Lyon',
  residenceCountry: 'FR',
};
const initiative = { registrationNumber: 'ECI(2026)000007', slug: 'clean-rivers' };
const payloadB = sealedPayloadOf('0b6c1f3e-5d4a-4f7e-9a51-2c3d4e5f6a7b', initiative, '2026-09-15', { statement: partB, idFormatConfirmed: true });
const payloadA = sealedPayloadOf('7f0e8d1c-2b3a-4c5d-8e9f-a0b1c2d3e4f5', initiative, '2026-09-15', { statement: partA, idFormatConfirmed: false });

/** The payload as JSON text, changed by `edit`: what a writer with another idea of the contract would seal. */
function edited(payload: SealedStatementPayload, edit: (json: Record<string, unknown> & { statement: Record<string, unknown>; initiative: Record<string, unknown> }) => void): Uint8Array {
  const json = JSON.parse(JSON.stringify(payload));
  edit(json);
  return new Uint8Array(Buffer.from(JSON.stringify(json), 'utf8'));
}

function problemOf(plaintext: Uint8Array | unknown): Pick<SealedPayloadError, 'problem' | 'field'> {
  try {
    parseSealedPayload(plaintext);
  } catch (error) {
    if (error instanceof SealedPayloadError) return { problem: error.problem, field: error.field };
    throw error;
  }
  throw new Error('parsed');
}

describe('sealedPayloadOf', () => {
  it('builds version 1 from a validated statement, with the rules version of this build', () => {
    expect(payloadB).toEqual({
      version: 1,
      statementId: '0b6c1f3e-5d4a-4f7e-9a51-2c3d4e5f6a7b',
      initiative: { registrationNumber: 'ECI(2026)000007', slug: 'clean-rivers' },
      signedOn: '2026-09-15',
      rulesVersion: RULES_VERSION,
      idFormatConfirmed: true,
      statement: partB,
    });
  });

  it('takes only the registration number and slug of the initiative it is given', () => {
    const full = { ...initiative, id: 'db-id', publicKey: new Uint8Array(32), name: 'Clean rivers' };
    expect(sealedPayloadOf('s', full, '2026-09-15', { statement: partB, idFormatConfirmed: false }).initiative).toEqual(initiative);
  });
});

describe('parseSealedPayload', () => {
  it('reads back what encodeSealedPayload wrote, parts A and B, and JSON already parsed', () => {
    for (const payload of [payloadA, payloadB]) {
      expect(parseSealedPayload(encodeSealedPayload(payload))).toEqual(payload);
      expect(parseSealedPayload(JSON.parse(JSON.stringify(payload)))).toEqual(payload);
    }
  });

  it('round-trips any text in any field', () => {
    fc.assert(
      fc.property(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), fc.boolean(), (names, street, number, confirmed) => {
        const a = sealedPayloadOf(number, initiative, '2026-09-15', { statement: { ...partA, familyNames: names, street }, idFormatConfirmed: confirmed });
        const b = sealedPayloadOf(names, initiative, '2026-09-15', { statement: { ...partB, idDocumentNumber: number }, idFormatConfirmed: confirmed });
        expect(parseSealedPayload(encodeSealedPayload(a))).toEqual(a);
        expect(parseSealedPayload(encodeSealedPayload(b))).toEqual(b);
      }),
    );
  });

  it('refuses an unknown or missing version', () => {
    expect(problemOf(edited(payloadB, (p) => (p.version = 2)))).toEqual({ problem: 'version', field: 'version' });
    expect(problemOf(edited(payloadB, (p) => (p.version = '1')))).toEqual({ problem: 'version', field: 'version' });
    expect(problemOf(edited(payloadB, (p) => delete p.version))).toEqual({ problem: 'missing', field: 'version' });
    expect(() => parseSealedPayload(edited(payloadB, (p) => (p.version = 2)))).toThrow('Not a sealed statement payload: version (version)');
  });

  it.each([
    ...['statementId', 'initiative', 'signedOn', 'rulesVersion', 'idFormatConfirmed', 'statement'].map((field) => [payloadB, field] as const),
    ...['registrationNumber', 'slug'].map((field) => [payloadB, `initiative.${field}`] as const),
    ...['part', 'nationality', 'fullFirstNames', 'familyNames', 'signingDate', 'idDocumentType', 'idDocumentNumber'].map((field) => [payloadB, `statement.${field}`] as const),
    ...['fullFirstNames', 'familyNames', 'signingDate', 'dateOfBirth', 'street', 'streetNumber', 'postalCode', 'city', 'residenceCountry'].map((field) => [payloadA, `statement.${field}`] as const),
  ])('refuses a payload without %#: %s', (payload, path) => {
    const bytes = edited(payload, (p) => {
      const [outer, inner] = path.split('.');
      if (inner) delete (p[outer] as Record<string, unknown>)[inner];
      else delete p[outer];
    });
    expect(problemOf(bytes)).toEqual({ problem: 'missing', field: path });
  });

  it('names the missing field when a writer renamed one, and the unknown one it does not know', () => {
    expect(problemOf(edited(payloadA, (p) => ((p.statement.familyName = p.statement.familyNames), delete p.statement.familyNames)))).toEqual({ problem: 'missing', field: 'statement.familyNames' });
    expect(problemOf(edited(payloadA, (p) => (p.statement.email = 'a@b.eu')))).toEqual({ problem: 'unknown', field: 'statement.email' });
    expect(problemOf(edited(payloadA, (p) => (p.channel = 'online')))).toEqual({ problem: 'unknown', field: 'channel' });
    expect(problemOf(edited(payloadB, (p) => (p.initiative.id = 'x')))).toEqual({ problem: 'unknown', field: 'initiative.id' });
    // Part B has no address: an address field in it is unknown, not ignored.
    expect(problemOf(edited(payloadB, (p) => (p.statement.street = 'Długa')))).toEqual({ problem: 'unknown', field: 'statement.street' });
  });

  it('refuses wrongly typed fields and what is not a payload at all', () => {
    expect(problemOf(edited(payloadB, (p) => (p.idFormatConfirmed = 'yes')))).toEqual({ problem: 'type', field: 'idFormatConfirmed' });
    expect(problemOf(edited(payloadB, (p) => (p.statement.idDocumentNumber = 44051401458)))).toEqual({ problem: 'type', field: 'statement.idDocumentNumber' });
    expect(problemOf(edited(payloadB, (p) => (p.statement.part = 'C')))).toEqual({ problem: 'type', field: 'statement.part' });
    expect(problemOf(edited(payloadB, (p) => (p.initiative = null as never)))).toEqual({ problem: 'type', field: 'initiative' });
    expect(problemOf(edited(payloadB, (p) => (p.statement = [] as never)))).toEqual({ problem: 'type', field: 'statement' });
    expect(problemOf(new Uint8Array(Buffer.from('{"version":1,', 'utf8')))).toEqual({ problem: 'not_json', field: null });
    expect(problemOf(new Uint8Array(Buffer.from('[1]', 'utf8')))).toEqual({ problem: 'type', field: null });
    expect(problemOf('{"version":1}')).toEqual({ problem: 'type', field: null });
  });
});

describe('sealed statements', () => {
  /** libsodium's sealed box over any bytes: what a writer outside this library could seal. */
  function sealBytes(message: Uint8Array, publicKey: Uint8Array): Uint8Array {
    const sealed = Buffer.alloc(message.length + sodium.crypto_box_SEALBYTES);
    sodium.crypto_box_seal(sealed, Buffer.from(message), Buffer.from(publicKey));
    return sealed;
  }

  it('round-trips a payload through a sealed box, which is crypto_box_seal over its JSON', () => {
    const keys = generateKeyPair();
    const sealed = sealStatement(payloadA, keys.publicKey);
    expect(openStatement(sealed, keys)).toEqual(payloadA);
    expect(openStatement(sealBytes(Buffer.from(JSON.stringify(payloadB), 'utf8'), keys.publicKey), keys)).toEqual(payloadB);
  });

  it('uses a fresh ephemeral key every time, and hides the plaintext', () => {
    const keys = generateKeyPair();
    const a = sealStatement(payloadB, keys.publicKey);
    const b = sealStatement(payloadB, keys.publicKey);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(false);
    expect(Buffer.from(a).toString('latin1')).not.toContain('44051401458');
  });

  it('refuses another key pair, tampered ciphertext, and a box that does not hold a payload of this version', () => {
    const keys = generateKeyPair();
    const sealed = sealStatement(payloadB, keys.publicKey);
    expect(() => openStatement(sealed, generateKeyPair())).toThrow(DecryptionError);
    const tampered = Uint8Array.from(sealed);
    tampered[tampered.length - 1] ^= 1;
    expect(() => openStatement(tampered, keys)).toThrow(DecryptionError);
    expect(() => openStatement(sealBytes(edited(payloadB, (p) => (p.version = 2)), keys.publicKey), keys)).toThrow(SealedPayloadError);
  });

  it('refuses a public key of the wrong length', () => {
    expect(() => sealStatement(payloadB, new Uint8Array(31))).toThrow('Not an organiser public key');
  });
});
