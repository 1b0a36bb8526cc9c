import { sodiumNow } from './sodium';
import { type OrganiserKeyPair } from './sealed-statement';

/**
 * The organisers' private key at rest: encrypted with a key derived from a passphrase by
 * Argon2id (libsodium `crypto_pwhash`) and sealed with `crypto_secretbox` (XSalsa20-Poly1305).
 * The public key travels in clear beside it so the file says which initiative key it holds.
 */
export interface OrganiserKeyFile {
  format: 'eci-organiser-key';
  version: 1;
  kdf: 'argon2id13';
  opslimit: number;
  memlimit: number;
  salt: string;
  nonce: string;
  publicKey: string;
  encryptedPrivateKey: string;
}

export class WrongPassphraseError extends Error {
  constructor() {
    super('The passphrase does not open this key file');
    this.name = 'WrongPassphraseError';
  }
}

export class InvalidKeyFileError extends Error {
  constructor(detail: string) {
    super(`Not an organiser key file: ${detail}`);
    this.name = 'InvalidKeyFileError';
  }
}

export interface KdfCost {
  opslimit: number;
  memlimit: number;
}

/** Argon2id cost for key files: libsodium's "moderate" (3 passes, 256 MiB). */
export function defaultKdfCost(): KdfCost {
  const s = sodiumNow();
  return { opslimit: s.crypto_pwhash_OPSLIMIT_MODERATE, memlimit: s.crypto_pwhash_MEMLIMIT_MODERATE };
}

/** Cheapest cost libsodium calls interactive; for tests and the throwaway demo key only. */
export function interactiveKdfCost(): KdfCost {
  const s = sodiumNow();
  return { opslimit: s.crypto_pwhash_OPSLIMIT_INTERACTIVE, memlimit: s.crypto_pwhash_MEMLIMIT_INTERACTIVE };
}

export function encryptKeyFile(keys: OrganiserKeyPair, passphrase: string, cost: KdfCost = defaultKdfCost()): OrganiserKeyFile {
  if (passphrase.length < 8) throw new Error('The passphrase must have at least 8 characters');
  const s = sodiumNow();
  const salt = s.randombytes_buf(s.crypto_pwhash_SALTBYTES);
  const nonce = s.randombytes_buf(s.crypto_secretbox_NONCEBYTES);
  const key = deriveFileKey(passphrase, salt, cost);
  const encrypted = s.crypto_secretbox_easy(keys.privateKey, nonce, key);
  s.memzero(key);
  const b64 = (bytes: Uint8Array) => s.to_base64(bytes, s.base64_variants.ORIGINAL);
  return {
    format: 'eci-organiser-key',
    version: 1,
    kdf: 'argon2id13',
    opslimit: cost.opslimit,
    memlimit: cost.memlimit,
    salt: b64(salt),
    nonce: b64(nonce),
    publicKey: b64(keys.publicKey),
    encryptedPrivateKey: b64(encrypted),
  };
}

export function decryptKeyFile(file: unknown, passphrase: string): OrganiserKeyPair {
  const s = sodiumNow();
  const f = parseKeyFile(file);
  const bytes = (b64: string, field: string) => {
    try {
      return s.from_base64(b64, s.base64_variants.ORIGINAL);
    } catch {
      throw new InvalidKeyFileError(`${field} is not base64`);
    }
  };
  const salt = bytes(f.salt, 'salt');
  const nonce = bytes(f.nonce, 'nonce');
  const publicKey = bytes(f.publicKey, 'publicKey');
  if (salt.length !== s.crypto_pwhash_SALTBYTES || nonce.length !== s.crypto_secretbox_NONCEBYTES || publicKey.length !== s.crypto_box_PUBLICKEYBYTES) {
    throw new InvalidKeyFileError('wrong field length');
  }
  const key = deriveFileKey(passphrase, salt, f);
  let privateKey: Uint8Array;
  try {
    privateKey = s.crypto_secretbox_open_easy(bytes(f.encryptedPrivateKey, 'encryptedPrivateKey'), nonce, key);
  } catch {
    throw new WrongPassphraseError();
  } finally {
    s.memzero(key);
  }
  const derivedPublic = s.crypto_scalarmult_base(privateKey);
  if (s.compare(derivedPublic, publicKey) !== 0) throw new InvalidKeyFileError('the private key does not match the public key');
  return { publicKey, privateKey };
}

export function parseKeyFile(file: unknown): OrganiserKeyFile {
  const f = (typeof file === 'string' ? safeJson(file) : file) as Partial<OrganiserKeyFile> | null;
  if (!f || typeof f !== 'object' || f.format !== 'eci-organiser-key' || f.version !== 1 || f.kdf !== 'argon2id13') {
    throw new InvalidKeyFileError('unknown format');
  }
  for (const field of ['salt', 'nonce', 'publicKey', 'encryptedPrivateKey'] as const) {
    if (typeof f[field] !== 'string') throw new InvalidKeyFileError(`${field} is missing`);
  }
  if (!Number.isInteger(f.opslimit) || !Number.isInteger(f.memlimit) || (f.opslimit as number) < 1 || (f.memlimit as number) < 8192 || (f.memlimit as number) > 2 ** 31) {
    throw new InvalidKeyFileError('bad Argon2id cost');
  }
  return f as OrganiserKeyFile;
}

function deriveFileKey(passphrase: string, salt: Uint8Array, cost: KdfCost): Uint8Array {
  const s = sodiumNow();
  return s.crypto_pwhash(s.crypto_secretbox_KEYBYTES, passphrase, salt, cost.opslimit, cost.memlimit, s.crypto_pwhash_ALG_ARGON2ID13);
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
