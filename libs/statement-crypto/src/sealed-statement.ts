import sodium from 'sodium-native';

/** The organisers' key pair for one initiative (X25519, libsodium `crypto_box`). */
export interface OrganiserKeyPair {
  publicKey: Uint8Array;
  privateKey: Uint8Array;
}

export class DecryptionError extends Error {
  constructor(message = 'This statement cannot be decrypted with this key') {
    super(message);
    this.name = 'DecryptionError';
  }
}

export function generateKeyPair(): OrganiserKeyPair {
  const publicKey = Buffer.alloc(sodium.crypto_box_PUBLICKEYBYTES);
  const privateKey = sodium.sodium_malloc(sodium.crypto_box_SECRETKEYBYTES);
  sodium.crypto_box_keypair(publicKey, privateKey);
  return { publicKey: new Uint8Array(publicKey), privateKey: new Uint8Array(privateKey) };
}

/**
 * Encrypts a statement to the organisers' public key with a sealed box (`crypto_box_seal`): an
 * ephemeral sender key is made for every statement and thrown away, so nothing the server keeps
 * can decrypt it.
 */
export function sealStatement(payload: unknown, publicKey: Uint8Array): Uint8Array {
  if (publicKey.length !== sodium.crypto_box_PUBLICKEYBYTES) throw new Error('Not an organiser public key');
  const message = Buffer.from(JSON.stringify(payload), 'utf8');
  const sealed = Buffer.alloc(message.length + sodium.crypto_box_SEALBYTES);
  sodium.crypto_box_seal(sealed, message, Buffer.from(publicKey.buffer, publicKey.byteOffset, publicKey.length));
  return sealed;
}

/** Decrypts a sealed statement with the organisers' key pair (offline, or in memory for one export). */
export function openStatement<T = unknown>(ciphertext: Uint8Array, keys: OrganiserKeyPair): T {
  if (ciphertext.length < sodium.crypto_box_SEALBYTES) throw new DecryptionError();
  const plain = Buffer.alloc(ciphertext.length - sodium.crypto_box_SEALBYTES);
  const ok = sodium.crypto_box_seal_open(plain, asBuffer(ciphertext), asBuffer(keys.publicKey), asBuffer(keys.privateKey));
  if (!ok) throw new DecryptionError();
  return JSON.parse(plain.toString('utf8')) as T;
}

export function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
}
