import sodium from 'sodium-native';
import { asBuffer, type OrganiserKeyPair } from './sealed-statement';
import { checkKdfCost, parseKeyFile, WrongPassphraseError, InvalidKeyFileError, type KdfCost, type OrganiserKeyFile } from './key-file-format';

export {
  type OrganiserKeyFile,
  type KdfCost,
  WrongPassphraseError,
  InvalidKeyFileError,
  KeyFileCostError,
  parseKeyFile,
  keyFileText,
} from './key-file-format';

/** Argon2id cost for key files: libsodium's "moderate" (3 passes, 256 MiB). */
export function defaultKdfCost(): KdfCost {
  return { opslimit: sodium.crypto_pwhash_OPSLIMIT_MODERATE, memlimit: sodium.crypto_pwhash_MEMLIMIT_MODERATE };
}

/**
 * The most a key file may ask for: what `encryptKeyFile` makes by default (`npm run keys`).
 * Exports open the file on the server, so the file must not choose the server's memory and CPU
 * time: the format's own bounds (16 passes, 2 GiB) would let one request hold a core and 2 GiB
 * for many seconds.
 */
export function maxKdfCost(): KdfCost {
  return defaultKdfCost();
}

/** libsodium's "interactive" cost (2 passes, 64 MiB): for tests and the throwaway demo key only. */
export function interactiveKdfCost(): KdfCost {
  return { opslimit: sodium.crypto_pwhash_OPSLIMIT_INTERACTIVE, memlimit: sodium.crypto_pwhash_MEMLIMIT_INTERACTIVE };
}

export function encryptKeyFile(keys: OrganiserKeyPair, passphrase: string, cost: KdfCost = defaultKdfCost()): OrganiserKeyFile {
  if (passphrase.length < 8) throw new Error('The passphrase must have at least 8 characters');
  checkCost(cost);
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

/**
 * Opens a key file on the calling thread (Argon2id blocks it for as long as the file's cost
 * says: about a second at the default cost). For a command line or a startup step; a server
 * answering requests uses `decryptKeyFileAsync`.
 */
export function decryptKeyFile(file: unknown, passphrase: string): OrganiserKeyPair {
  const opening = prepareOpening(file);
  return finishOpening(opening, deriveFileKey(passphrase, opening.salt, opening.cost));
}

/**
 * Opens a key file with Argon2id running on libuv's thread pool (`crypto_pwhash_async`): the
 * event loop goes on serving requests meanwhile. Same checks and errors as `decryptKeyFile`; the
 * cost is checked (`KeyFileCostError`) before anything is derived.
 */
export async function decryptKeyFileAsync(file: unknown, passphrase: string): Promise<OrganiserKeyPair> {
  const opening = prepareOpening(file);
  const key = sodium.sodium_malloc(sodium.crypto_secretbox_KEYBYTES);
  const password = Buffer.from(passphrase, 'utf8');
  try {
    await new Promise<void>((resolve, reject) =>
      sodium.crypto_pwhash_async(key, password, opening.salt, opening.cost.opslimit, opening.cost.memlimit, sodium.crypto_pwhash_ALG_ARGON2ID13, (error) =>
        error ? reject(error) : resolve(),
      ),
    );
  } catch (error) {
    sodium.sodium_memzero(key);
    throw error;
  } finally {
    sodium.sodium_memzero(password);
  }
  return finishOpening(opening, key);
}

interface Opening {
  readonly salt: Buffer;
  readonly nonce: Buffer;
  readonly publicKey: Buffer;
  readonly encrypted: Buffer;
  readonly cost: KdfCost;
}

function prepareOpening(file: unknown): Opening {
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
  const cost = { opslimit: f.opslimit, memlimit: f.memlimit };
  checkCost(cost);
  return { salt, nonce, publicKey, encrypted, cost };
}

function checkCost(cost: KdfCost): void {
  checkKdfCost(cost, maxKdfCost());
}

/** Opens the secretbox with the derived key (then zeroed) and checks the pair. */
function finishOpening(opening: Opening, key: Buffer): OrganiserKeyPair {
  const privateKey = sodium.sodium_malloc(sodium.crypto_box_SECRETKEYBYTES);
  const ok = sodium.crypto_secretbox_open_easy(privateKey, opening.encrypted, opening.nonce, key);
  sodium.sodium_memzero(key);
  if (!ok) throw new WrongPassphraseError();
  const derivedPublic = Buffer.alloc(sodium.crypto_box_PUBLICKEYBYTES);
  sodium.crypto_scalarmult_base(derivedPublic, privateKey);
  if (!derivedPublic.equals(opening.publicKey)) throw new InvalidKeyFileError('the private key does not match the public key');
  return { publicKey: new Uint8Array(opening.publicKey), privateKey: new Uint8Array(privateKey) };
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
