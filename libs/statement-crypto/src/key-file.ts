import sodium from 'sodium-native';
import { asBuffer, type OrganiserKeyPair } from './sealed-statement';

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
  return { opslimit: sodium.crypto_pwhash_OPSLIMIT_MODERATE, memlimit: sodium.crypto_pwhash_MEMLIMIT_MODERATE };
}

/** libsodium's "interactive" cost (2 passes, 64 MiB): for tests and the throwaway demo key only. */
export function interactiveKdfCost(): KdfCost {
  return { opslimit: sodium.crypto_pwhash_OPSLIMIT_INTERACTIVE, memlimit: sodium.crypto_pwhash_MEMLIMIT_INTERACTIVE };
}

export function encryptKeyFile(keys: OrganiserKeyPair, passphrase: string, cost: KdfCost = defaultKdfCost()): OrganiserKeyFile {
  if (passphrase.length < 8) throw new Error('The passphrase must have at least 8 characters');
  const salt = random(sodium.crypto_pwhash_SALTBYTES);
  const nonce = random(sodium.crypto_secretbox_NONCEBYTES);
  const key = deriveFileKey(passphrase, salt, cost);
  const encrypted = Buffer.alloc(keys.privateKey.length + sodium.crypto_secretbox_MACBYTES);
  sodium.crypto_secretbox_easy(encrypted, asBuffer(keys.privateKey), nonce, key);
  sodium.sodium_memzero(key);
  return {
    format: 'eci-organiser-key',
    version: 1,
    kdf: 'argon2id13',
    opslimit: cost.opslimit,
    memlimit: cost.memlimit,
    salt: salt.toString('base64'),
    nonce: nonce.toString('base64'),
    publicKey: asBuffer(keys.publicKey).toString('base64'),
    encryptedPrivateKey: encrypted.toString('base64'),
  };
}

export function decryptKeyFile(file: unknown, passphrase: string): OrganiserKeyPair {
  const f = parseKeyFile(file);
  const salt = Buffer.from(f.salt, 'base64');
  const nonce = Buffer.from(f.nonce, 'base64');
  const publicKey = Buffer.from(f.publicKey, 'base64');
  const encrypted = Buffer.from(f.encryptedPrivateKey, 'base64');
  if (
    salt.length !== sodium.crypto_pwhash_SALTBYTES ||
    nonce.length !== sodium.crypto_secretbox_NONCEBYTES ||
    publicKey.length !== sodium.crypto_box_PUBLICKEYBYTES ||
    encrypted.length !== sodium.crypto_box_SECRETKEYBYTES + sodium.crypto_secretbox_MACBYTES
  ) {
    throw new InvalidKeyFileError('wrong field length');
  }
  const key = deriveFileKey(passphrase, salt, f);
  const privateKey = sodium.sodium_malloc(sodium.crypto_box_SECRETKEYBYTES);
  const ok = sodium.crypto_secretbox_open_easy(privateKey, encrypted, nonce, key);
  sodium.sodium_memzero(key);
  if (!ok) throw new WrongPassphraseError();
  const derivedPublic = Buffer.alloc(sodium.crypto_box_PUBLICKEYBYTES);
  sodium.crypto_scalarmult_base(derivedPublic, privateKey);
  if (!derivedPublic.equals(publicKey)) throw new InvalidKeyFileError('the private key does not match the public key');
  return { publicKey: new Uint8Array(publicKey), privateKey: new Uint8Array(privateKey) };
}

export function parseKeyFile(file: unknown): OrganiserKeyFile {
  const f = (typeof file === 'string' ? safeJson(file) : file) as Partial<OrganiserKeyFile> | null;
  if (!f || typeof f !== 'object' || f.format !== 'eci-organiser-key' || f.version !== 1 || f.kdf !== 'argon2id13') {
    throw new InvalidKeyFileError('unknown format');
  }
  for (const field of ['salt', 'nonce', 'publicKey', 'encryptedPrivateKey'] as const) {
    if (typeof f[field] !== 'string' || !/^[A-Za-z0-9+/]*={0,2}$/.test(f[field] as string)) throw new InvalidKeyFileError(`${field} is missing or not base64`);
  }
  const { opslimit, memlimit } = f as { opslimit: unknown; memlimit: unknown };
  if (
    !Number.isInteger(opslimit) ||
    !Number.isInteger(memlimit) ||
    (opslimit as number) < sodium.crypto_pwhash_OPSLIMIT_MIN ||
    (opslimit as number) > 16 ||
    (memlimit as number) < sodium.crypto_pwhash_MEMLIMIT_MIN ||
    (memlimit as number) > 2 ** 31
  ) {
    throw new InvalidKeyFileError('bad Argon2id cost');
  }
  return f as OrganiserKeyFile;
}

function deriveFileKey(passphrase: string, salt: Buffer, cost: KdfCost): Buffer {
  const key = sodium.sodium_malloc(sodium.crypto_secretbox_KEYBYTES);
  sodium.crypto_pwhash(key, Buffer.from(passphrase, 'utf8'), salt, cost.opslimit, cost.memlimit, sodium.crypto_pwhash_ALG_ARGON2ID13);
  return key;
}

function random(bytes: number): Buffer {
  const buffer = Buffer.alloc(bytes);
  sodium.randombytes_buf(buffer);
  return buffer;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
