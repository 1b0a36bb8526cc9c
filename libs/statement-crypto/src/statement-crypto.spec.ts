import {
  DecryptionError,
  InvalidKeyFileError,
  WrongPassphraseError,
  decryptKeyFile,
  deriveInitiativeKey,
  encryptKeyFile,
  generateKeyPair,
  identityHash,
  interactiveKdfCost,
  openStatement,
  sealStatement,
} from './index';


describe('sealed statements', () => {
  it('round-trips a statement through a sealed box', () => {
    const keys = generateKeyPair();
    const statement = { fullFirstNames: 'Zoë Ágnes', familyNames: 'Łukasiewicz', idDocumentNumber: '44051401458' };
    const sealed = sealStatement(statement, keys.publicKey);
    expect(openStatement(sealed, keys)).toEqual(statement);
  });

  it('uses a fresh ephemeral key every time, and hides the plaintext', () => {
    const keys = generateKeyPair();
    const a = sealStatement({ name: 'Anna' }, keys.publicKey);
    const b = sealStatement({ name: 'Anna' }, keys.publicKey);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(false);
    expect(Buffer.from(a).toString('latin1')).not.toContain('Anna');
  });

  it('refuses to open with another key pair, and refuses tampered ciphertext', () => {
    const keys = generateKeyPair();
    const sealed = sealStatement({ x: 1 }, keys.publicKey);
    expect(() => openStatement(sealed, generateKeyPair())).toThrow(DecryptionError);
    const tampered = Uint8Array.from(sealed);
    tampered[tampered.length - 1] ^= 1;
    expect(() => openStatement(tampered, keys)).toThrow(DecryptionError);
  });
});

describe('organiser key files', () => {
  const cost = () => interactiveKdfCost();

  it('opens with the right passphrase and yields the same key pair', () => {
    const keys = generateKeyPair();
    const file = encryptKeyFile(keys, 'correct horse battery staple', cost());
    const json = JSON.stringify(file);
    expect(json).not.toContain(Buffer.from(keys.privateKey).toString('base64'));
    const opened = decryptKeyFile(json, 'correct horse battery staple');
    expect(Buffer.from(opened.privateKey).equals(Buffer.from(keys.privateKey))).toBe(true);
    const sealed = sealStatement({ ok: true }, keys.publicKey);
    expect(openStatement(sealed, opened)).toEqual({ ok: true });
  });

  it('fails cleanly on a wrong passphrase', () => {
    const file = encryptKeyFile(generateKeyPair(), 'the right one', cost());
    expect(() => decryptKeyFile(file, 'the wrong one')).toThrow(WrongPassphraseError);
  });

  it('rejects files that are not key files, or whose keys do not match', () => {
    expect(() => decryptKeyFile('not json', 'x')).toThrow(InvalidKeyFileError);
    expect(() => decryptKeyFile({ format: 'other' }, 'x')).toThrow(InvalidKeyFileError);
    const file = encryptKeyFile(generateKeyPair(), 'passphrase!', cost());
    const other = encryptKeyFile(generateKeyPair(), 'passphrase!', cost());
    expect(() => decryptKeyFile({ ...file, publicKey: other.publicKey }, 'passphrase!')).toThrow(InvalidKeyFileError);
  });

  it('refuses short passphrases', () => {
    expect(() => encryptKeyFile(generateKeyPair(), 'short', cost())).toThrow(/8 characters/);
  });
});

describe('identity hashes', () => {
  const secret = new Uint8Array(32).fill(7);

  it('are deterministic per initiative and differ across initiatives and purposes', () => {
    const k1 = deriveInitiativeKey(secret, 'initiative-1', 'identity-hash');
    const k2 = deriveInitiativeKey(secret, 'initiative-2', 'identity-hash');
    const kc = deriveInitiativeKey(secret, 'initiative-1', 'captcha');
    const h = (k: Uint8Array) => Buffer.from(identityHash(k, 'B|PL|national.id.number|44051401458')).toString('hex');
    expect(h(k1)).toBe(h(deriveInitiativeKey(secret, 'initiative-1', 'identity-hash')));
    expect(h(k1)).not.toBe(h(k2));
    expect(Buffer.from(k1).equals(Buffer.from(kc))).toBe(false);
    expect(identityHash(k1, 'x')).toHaveLength(32);
  });

  it('refuse a short server secret', () => {
    expect(() => deriveInitiativeKey(new Uint8Array(16), 'i', 'identity-hash')).toThrow(/32 bytes/);
  });
});
