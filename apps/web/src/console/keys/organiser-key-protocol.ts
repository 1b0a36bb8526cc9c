import type { KdfCost, OrganiserKeyFile } from '@eci/statement-crypto/browser';

/** What the page asks the key worker (organiser-key.worker.ts). */
export interface KeyWorkerRequest {
  passphrase: string;
  /** Argon2id cost; the command's (3 passes, 256 MiB) when absent. */
  cost?: KdfCost;
}

/** What the key worker answers: the key file and the public key, or why not. */
export type KeyWorkerAnswer =
  | { ok: true; keyFile: OrganiserKeyFile; publicKey: string }
  | { ok: false; problem: 'passphrase_too_short'; min: number }
  | { ok: false; problem: 'cost_too_high' }
  /** libsodium could not run (no WebAssembly, not enough memory for Argon2id, …). */
  | { ok: false; problem: 'failed'; detail: string };
