import sodium from 'sodium-native';
import type { OrganiserKeyPair } from './key-file-format';
import { encodeSealedPayload, parseSealedPayload, type SealedStatementPayload } from './sealed-payload';

export type { OrganiserKeyPair } from './key-file-format';

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
export function sealStatement(payload: SealedStatementPayload, publicKey: Uint8Array): Uint8Array {
  if (publicKey.length !== sodium.crypto_box_PUBLICKEYBYTES) throw new Error('Not an organiser public key');
  const message = asBuffer(encodeSealedPayload(payload));
  const sealed = Buffer.alloc(message.length + sodium.crypto_box_SEALBYTES);
  sodium.crypto_box_seal(sealed, message, asBuffer(publicKey));
  return sealed;
}

/**
 * Decrypts a sealed statement with the organisers' key pair (offline, or in memory for one export)
 * and checks it is a payload this version knows (`SealedPayloadError` otherwise).
 */
export function openStatement(ciphertext: Uint8Array, keys: OrganiserKeyPair): SealedStatementPayload {
  if (ciphertext.length < sodium.crypto_box_SEALBYTES) throw new DecryptionError();
  const plain = Buffer.alloc(ciphertext.length - sodium.crypto_box_SEALBYTES);
  const ok = sodium.crypto_box_seal_open(plain, asBuffer(ciphertext), asBuffer(keys.publicKey), asBuffer(keys.privateKey));
  if (!ok) throw new DecryptionError();
  return parseSealedPayload(plain);
}

export function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
}
