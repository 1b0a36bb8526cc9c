import * as sodiumModule from 'libsodium-wrappers-sumo';
import {
  checkKdfCost,
  InvalidKeyFileError,
  KEY_FILE_BYTES,
  MIN_PASSPHRASE_LENGTH,
  MODERATE_KDF_COST,
  parseKeyFile,
  PassphraseTooShortError,
  WrongPassphraseError,
  type KdfCost,
  type OrganiserKeyFile,
  type OrganiserKeyPair,
} from './key-file-format';

/*
 * The organiser key file made and opened in a browser, with libsodium compiled to WebAssembly
 * (libsodium-wrappers-sumo: the only build with `crypto_pwhash`). Same algorithms, same bytes and
 * same JSON as `npm run keys` (sodium-native, key-file.ts): Argon2id13 `crypto_pwhash` over the
 * passphrase's UTF-8, `crypto_secretbox_easy` (XSalsa20-Poly1305) over the 32-byte X25519
 * `crypto_box` secret key, standard base64 with padding.
 *
 * No sodium-native, no `node:` module: Vite bundles it. Argon2id at the default cost holds the
 * calling thread for seconds, so the console calls it from a Web Worker
 * (apps/web/src/keys/organiser-key.worker.ts), whose script is the one response allowed to compile
 * WebAssembly (docs/security-model.md, "WebAssembly in the key worker").
 */

/** The part of libsodium.js this module uses (its ESM and CommonJS builds are typed differently). */
interface Sodium {
  ready: Promise<unknown>;
  crypto_pwhash_ALG_ARGON2ID13: number;
  crypto_pwhash_OPSLIMIT_MODERATE: number;
  crypto_pwhash_MEMLIMIT_MODERATE: number;
  crypto_pwhash(keyLength: number, password: Uint8Array, salt: Uint8Array, opsLimit: number, memLimit: number, algorithm: number): Uint8Array;
  crypto_box_keypair(): { publicKey: Uint8Array; privateKey: Uint8Array };
  crypto_scalarmult_base(privateKey: Uint8Array): Uint8Array;
  crypto_secretbox_easy(message: Uint8Array, nonce: Uint8Array, key: Uint8Array): Uint8Array;
  crypto_secretbox_open_easy(ciphertext: Uint8Array, nonce: Uint8Array, key: Uint8Array): Uint8Array;
  randombytes_buf(length: number): Uint8Array;
  memzero(bytes: Uint8Array): void;
  memcmp(a: Uint8Array, b: Uint8Array): boolean;
  to_base64(bytes: Uint8Array, variant: number): string;
  from_base64(text: string, variant: number): Uint8Array;
  base64_variants: { ORIGINAL: number };
}

// The ESM build's functions live on its default export (filled in once `ready` resolves); the
// CommonJS build (Node, the unit tests) is that object itself.
const sodium = ((sodiumModule as unknown as { default?: Sodium }).default ?? sodiumModule) as unknown as Sodium;

/** libsodium.js, its WebAssembly compiled and started (once). */
async function ready(): Promise<Sodium> {
  await sodium.ready;
  return sodium;
}

export interface GeneratedKeyFile {
  /** The key file to download: the private key in it is encrypted with the passphrase. */
  keyFile: OrganiserKeyFile;
  /** The public key, standard base64 (what `PUT /api/initiatives/:slug/public-key` takes). */
  publicKey: string;
}

/** The cost `npm run keys` makes key files with (libsodium's moderate: 3 passes, 256 MiB). */
export function defaultBrowserKdfCost(): KdfCost {
  return { ...MODERATE_KDF_COST };
}

/**
 * Makes a new organisers' key pair (`crypto_box_keypair`) and its key file, encrypted with
 * `passphrase` at `cost` (default: what the command uses; a cost above it is refused, as the
 * server would refuse the file). The private key exists only inside this call and is zeroed
 * before it returns: only the encrypted file and the public key come out.
 */
export async function generateOrganiserKeyFile(passphrase: string, cost: KdfCost = defaultBrowserKdfCost()): Promise<GeneratedKeyFile> {
  if (passphrase.length < MIN_PASSPHRASE_LENGTH) throw new PassphraseTooShortError(MIN_PASSPHRASE_LENGTH);
  checkKdfCost(cost);
  const s = await ready();
  const keys = s.crypto_box_keypair();
  const salt = s.randombytes_buf(KEY_FILE_BYTES.salt);
  const nonce = s.randombytes_buf(KEY_FILE_BYTES.nonce);
  const key = derive(s, passphrase, salt, cost);
  try {
    const encrypted = s.crypto_secretbox_easy(keys.privateKey, nonce, key);
    const publicKey = base64(s, keys.publicKey);
    const keyFile: OrganiserKeyFile = {
      format: 'eci-organiser-key',
      version: 1,
      kdf: 'argon2id13',
      opslimit: cost.opslimit,
      memlimit: cost.memlimit,
      salt: base64(s, salt),
      nonce: base64(s, nonce),
      publicKey,
      encryptedPrivateKey: base64(s, encrypted),
    };
    return { keyFile, publicKey };
  } finally {
    s.memzero(key);
    s.memzero(keys.privateKey);
  }
}

/**
 * Opens a key file (its JSON text or parsed object) with its passphrase: the same checks as the
 * command's `decryptKeyFile` (`InvalidKeyFileError`, `KeyFileCostError` before any derivation,
 * `WrongPassphraseError`, the private key must match the public key).
 */
export async function openOrganiserKeyFile(file: unknown, passphrase: string): Promise<OrganiserKeyPair> {
  const f = parseKeyFile(file);
  const s = await ready();
  const salt = bytes(s, f.salt);
  const nonce = bytes(s, f.nonce);
  const publicKey = bytes(s, f.publicKey);
  const encrypted = bytes(s, f.encryptedPrivateKey);
  if (
    salt.length !== KEY_FILE_BYTES.salt ||
    nonce.length !== KEY_FILE_BYTES.nonce ||
    publicKey.length !== KEY_FILE_BYTES.publicKey ||
    encrypted.length !== KEY_FILE_BYTES.privateKey + KEY_FILE_BYTES.mac
  ) {
    throw new InvalidKeyFileError('wrong field length');
  }
  const cost = { opslimit: f.opslimit, memlimit: f.memlimit };
  checkKdfCost(cost);
  const key = derive(s, passphrase, salt, cost);
  let privateKey: Uint8Array;
  try {
    privateKey = s.crypto_secretbox_open_easy(encrypted, nonce, key);
  } catch {
    throw new WrongPassphraseError();
  } finally {
    s.memzero(key);
  }
  const derivedPublic = s.crypto_scalarmult_base(privateKey);
  if (!s.memcmp(derivedPublic, publicKey)) {
    s.memzero(privateKey);
    throw new InvalidKeyFileError('the private key does not match the public key');
  }
  return { publicKey, privateKey };
}

function derive(s: Sodium, passphrase: string, salt: Uint8Array, cost: KdfCost): Uint8Array {
  const password = new TextEncoder().encode(passphrase);
  try {
    return s.crypto_pwhash(KEY_FILE_BYTES.key, password, salt, cost.opslimit, cost.memlimit, s.crypto_pwhash_ALG_ARGON2ID13);
  } finally {
    s.memzero(password);
  }
}

function base64(s: Sodium, value: Uint8Array): string {
  return s.to_base64(value, s.base64_variants.ORIGINAL);
}

function bytes(s: Sodium, text: string): Uint8Array {
  try {
    return s.from_base64(text, s.base64_variants.ORIGINAL);
  } catch {
    throw new InvalidKeyFileError('not base64');
  }
}
