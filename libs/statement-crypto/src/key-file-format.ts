/**
 * The organiser key file's format, without any cryptography: what `npm run keys` (sodium-native,
 * `key-file.ts`) and the organisers' console (libsodium in the browser, `browser-key-file.ts`)
 * both write and read. Nothing here imports sodium-native or a `node:` module, so a bundler can
 * take it into the web app.
 */

/** The organisers' key pair for one initiative (X25519, libsodium `crypto_box`). */
export interface OrganiserKeyPair {
  publicKey: Uint8Array;
  privateKey: Uint8Array;
}

/**
 * The organisers' private key at rest: encrypted with a key derived from a passphrase by
 * Argon2id (libsodium `crypto_pwhash`) and sealed with `crypto_secretbox` (XSalsa20-Poly1305).
 * The public key travels in clear beside it so the file says which initiative key it holds.
 * Every byte string is standard base64 with padding.
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

export interface KdfCost {
  opslimit: number;
  memlimit: number;
}

/**
 * libsodium's "moderate" Argon2id cost (`crypto_pwhash_OPSLIMIT_MODERATE`,
 * `crypto_pwhash_MEMLIMIT_MODERATE`: 3 passes, 256 MiB): what key files are made with, and the
 * most a key file may ask for. A test checks these numbers against sodium-native's constants.
 */
export const MODERATE_KDF_COST: Readonly<KdfCost> = Object.freeze({ opslimit: 3, memlimit: 256 * 1024 * 1024 });

/** libsodium's "interactive" cost (2 passes, 64 MiB): for tests and the throwaway demo key only. */
export const INTERACTIVE_KDF_COST: Readonly<KdfCost> = Object.freeze({ opslimit: 2, memlimit: 64 * 1024 * 1024 });

/** The file's lengths in bytes (libsodium's `crypto_pwhash_SALTBYTES`, `crypto_secretbox_*`, `crypto_box_*`). */
export const KEY_FILE_BYTES = Object.freeze({ salt: 16, nonce: 24, publicKey: 32, privateKey: 32, mac: 16, key: 32 });

/** The command's rule for a new key file's passphrase (`npm run keys -- generate`). */
export const MIN_PASSPHRASE_LENGTH = 12;

/** The formatting `npm run keys` writes a key file with: two-space JSON and a final newline. */
export function keyFileText(file: OrganiserKeyFile): string {
  return JSON.stringify(file, null, 2) + '\n';
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

/**
 * A key file whose Argon2id cost exceeds what this product makes (`defaultKdfCost`): refused
 * before any derivation, because the file decides how much memory and time opening it takes.
 */
export class KeyFileCostError extends Error {
  constructor(readonly cost: KdfCost) {
    super(`The key file asks for an Argon2id cost above the allowed maximum (${cost.opslimit} passes, ${cost.memlimit} bytes)`);
    this.name = 'KeyFileCostError';
  }
}

/** A new key file's passphrase shorter than `MIN_PASSPHRASE_LENGTH` (or than `min` given). */
export class PassphraseTooShortError extends Error {
  constructor(readonly min: number) {
    super(`The passphrase must have at least ${min} characters`);
    this.name = 'PassphraseTooShortError';
  }
}

/** libsodium's `crypto_pwhash_OPSLIMIT_MIN` and `crypto_pwhash_MEMLIMIT_MIN` (a test checks them). */
const OPSLIMIT_MIN = 1;
const MEMLIMIT_MIN = 8192;

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
    (opslimit as number) < OPSLIMIT_MIN ||
    (opslimit as number) > 16 ||
    (memlimit as number) < MEMLIMIT_MIN ||
    (memlimit as number) > 2 ** 31
  ) {
    throw new InvalidKeyFileError('bad Argon2id cost');
  }
  return f as OrganiserKeyFile;
}

/** Refuses a cost above `max` (default: the moderate cost `npm run keys` makes) before any derivation. */
export function checkKdfCost(cost: KdfCost, max: KdfCost = MODERATE_KDF_COST): void {
  if (cost.opslimit > max.opslimit || cost.memlimit > max.memlimit) throw new KeyFileCostError(cost);
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
