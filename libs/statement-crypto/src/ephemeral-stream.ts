import sodium from 'sodium-native';

// Present in sodium-native 5 (libsodium's XChaCha20 stream functions), missing from its types.
declare module 'sodium-native' {
  export const crypto_stream_xchacha20_KEYBYTES: number;
  export const crypto_stream_xchacha20_NONCEBYTES: number;
  export function crypto_stream_xchacha20_xor(c: Uint8Array, m: Uint8Array, n: Uint8Array, k: Uint8Array): void;
  export function crypto_stream_xchacha20_xor_ic(c: Uint8Array, m: Uint8Array, n: Uint8Array, ic: number, k: Uint8Array): void;
}

const BLOCK = 64;
/** libsodium's block counter is 32 bits here: 2^32 blocks of 64 bytes per key. */
const MAX_BYTES = 2 ** 32 * BLOCK;

/**
 * A throwaway key for one temporary file: XChaCha20 under a random key and nonce made here and
 * kept only in memory (the key in libsodium's guarded memory, locked out of swap). XOR with the
 * key stream at any byte offset encrypts and decrypts alike, so a file can be read from the
 * middle and patched in place. For temporary files that must be noise to anyone once the process
 * is gone; it does not authenticate (the file's owner is the process that holds the key).
 */
export class EphemeralStreamKey {
  private key: Buffer | undefined = sodium.sodium_malloc(sodium.crypto_stream_xchacha20_KEYBYTES);
  private readonly nonce = Buffer.alloc(sodium.crypto_stream_xchacha20_NONCEBYTES);
  /** The key stream of a partial block, for data that does not start on a block boundary. */
  private readonly partial = Buffer.alloc(BLOCK);

  constructor() {
    sodium.randombytes_buf(this.key as Buffer);
    sodium.randombytes_buf(this.nonce);
  }

  /**
   * XORs `input` with the key stream from byte `position` of the file into `output` (same length;
   * may be `input` itself, for in-place work without allocating).
   */
  xorAt(position: number, input: Uint8Array, output: Uint8Array = input): void {
    const key = this.key;
    if (!key) throw new Error('This key was forgotten');
    if (output.length !== input.length) throw new Error('output and input differ in length');
    if (!Number.isSafeInteger(position) || position < 0 || position + input.length > MAX_BYTES) throw new RangeError('Position out of range');
    let done = 0;
    const offset = position % BLOCK;
    if (offset > 0 && input.length > 0) {
      // The first, partial block: the key stream of the whole block, then the bytes wanted.
      const take = Math.min(BLOCK - offset, input.length);
      this.partial.fill(0);
      sodium.crypto_stream_xchacha20_xor_ic(this.partial, this.partial, this.nonce, Math.floor(position / BLOCK), key);
      for (let i = 0; i < take; i++) output[i] = input[i] ^ this.partial[offset + i];
      this.partial.fill(0);
      done = take;
    }
    if (done < input.length) {
      sodium.crypto_stream_xchacha20_xor_ic(output.subarray(done), input.subarray(done), this.nonce, (position + done) / BLOCK, key);
    }
  }

  /** Zeroes the key: whatever it encrypted can no longer be read by anyone. */
  forget(): void {
    if (this.key) sodium.sodium_memzero(this.key);
    this.key = undefined;
  }
}
