import { sodiumNow } from './sodium';

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
  const { publicKey, privateKey } = sodiumNow().crypto_box_keypair();
  return { publicKey, privateKey };
}

/**
 * Encrypts a statement to the organisers' public key with a sealed box: an ephemeral sender key
 * is made for every statement and thrown away, so nothing the server keeps can decrypt it.
 */
export function sealStatement(payload: unknown, publicKey: Uint8Array): Uint8Array {
  const s = sodiumNow();
  if (publicKey.length !== s.crypto_box_PUBLICKEYBYTES) throw new Error('Not an organiser public key');
  return s.crypto_box_seal(s.from_string(JSON.stringify(payload)), publicKey);
}

/** Decrypts a sealed statement with the organisers' key pair (offline, or in memory for one export). */
export function openStatement<T = unknown>(ciphertext: Uint8Array, keys: OrganiserKeyPair): T {
  const s = sodiumNow();
  let plain: Uint8Array;
  try {
    plain = s.crypto_box_seal_open(ciphertext, keys.publicKey, keys.privateKey);
  } catch {
    throw new DecryptionError();
  }
  return JSON.parse(s.to_string(plain)) as T;
}
