import fc from 'fast-check';
import sodium from 'sodium-native';
import {
  EphemeralStreamKey,
  InvalidKeyFileError,
  KeyFileCostError,
  WrongPassphraseError,
  decryptKeyFile,
  decryptKeyFileAsync,
  defaultKdfCost,
  maxKdfCost,
  deriveInitiativeKey,
  encryptKeyFile,
  generateKeyPair,
  identityHash,
  interactiveKdfCost,
} from './index';


describe('organiser key files', () => {
  const cost = () => interactiveKdfCost();

  it('opens with the right passphrase and yields the same key pair', () => {
    const keys = generateKeyPair();
    const file = encryptKeyFile(keys, 'correct horse battery staple', cost());
    const json = JSON.stringify(file);
    expect(json).not.toContain(Buffer.from(keys.privateKey).toString('base64'));
    const opened = decryptKeyFile(json, 'correct horse battery staple');
    expect(Buffer.from(opened.privateKey).equals(Buffer.from(keys.privateKey))).toBe(true);
    expect(Buffer.from(opened.publicKey).equals(Buffer.from(keys.publicKey))).toBe(true);
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

describe('key file cost', () => {
  const max = maxKdfCost();

  it('is capped at what npm run keys makes, and checked before anything is derived', async () => {
    expect(max).toEqual(defaultKdfCost());
    const file = encryptKeyFile(generateKeyPair(), 'the right passphrase', interactiveKdfCost());
    for (const cost of [
      { opslimit: max.opslimit + 1, memlimit: max.memlimit },
      { opslimit: max.opslimit, memlimit: max.memlimit * 2 },
      { opslimit: 16, memlimit: 2 ** 31 },
    ]) {
      // A wrong passphrase too: had Argon2id run first, the answer would be WrongPassphraseError.
      expect(() => decryptKeyFile({ ...file, ...cost }, 'not the passphrase')).toThrow(KeyFileCostError);
      await expect(decryptKeyFileAsync({ ...file, ...cost }, 'not the passphrase')).rejects.toThrow(KeyFileCostError);
    }
    expect(() => encryptKeyFile(generateKeyPair(), 'the right passphrase', { opslimit: max.opslimit + 1, memlimit: max.memlimit })).toThrow(KeyFileCostError);
  });

  it('opens a key file of the default cost off the event loop, with the same key pair and errors', async () => {
    const keys = generateKeyPair();
    const file = encryptKeyFile(keys, 'correct horse battery staple');
    expect({ opslimit: file.opslimit, memlimit: file.memlimit }).toEqual(max);
    let turns = 0;
    const ticking = setInterval(() => (turns += 1), 5);
    try {
      const opened = await decryptKeyFileAsync(JSON.stringify(file), 'correct horse battery staple');
      expect(Buffer.from(opened.privateKey).equals(Buffer.from(keys.privateKey))).toBe(true);
    } finally {
      clearInterval(ticking);
    }
    // Argon2id at 256 MiB × 3 takes hundreds of ms; timers kept firing meanwhile.
    expect(turns).toBeGreaterThan(5);
    await expect(decryptKeyFileAsync(file, 'the wrong one')).rejects.toThrow(WrongPassphraseError);
  });
});

describe('ephemeral stream keys (temporary files)', () => {
  const internals = (key: EphemeralStreamKey) => key as unknown as { key: Buffer; nonce: Buffer };

  it('is XChaCha20 from byte 0 of the file, and any byte range can be worked on alone and in place', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 700 }), fc.nat(), fc.nat(), (clear, a, b) => {
        const key = new EphemeralStreamKey();
        // Oracle: libsodium's one-shot XChaCha20 over the whole file.
        const whole = Buffer.alloc(clear.length);
        sodium.crypto_stream_xchacha20_xor(whole, Buffer.from(clear), internals(key).nonce, internals(key).key);
        const start = a % clear.length;
        const end = start + (b % (clear.length - start + 1));
        const out = Buffer.alloc(end - start);
        key.xorAt(start, clear.subarray(start, end), out);
        expect(out.equals(whole.subarray(start, end))).toBe(true);
        const inPlace = Buffer.from(whole.subarray(start, end));
        key.xorAt(start, inPlace);
        expect(inPlace.equals(Buffer.from(clear.subarray(start, end)))).toBe(true);
      }),
    );
  });

  it('uses a new key every time, and cannot be used once forgotten', () => {
    const clear = Buffer.from('Łukasiewicz 44051401458 '.repeat(10));
    const [a, b] = [new EphemeralStreamKey(), new EphemeralStreamKey()];
    const [ca, cb] = [Buffer.alloc(clear.length), Buffer.alloc(clear.length)];
    a.xorAt(0, clear, ca);
    b.xorAt(0, clear, cb);
    expect(ca.equals(cb)).toBe(false);
    expect(ca.toString('latin1')).not.toContain('44051401458');
    a.forget();
    expect(() => a.xorAt(0, ca)).toThrow(/forgotten/);
  });
});
