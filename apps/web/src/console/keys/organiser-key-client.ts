import { keyFileText, type GeneratedKeyFile, type KdfCost, type OrganiserKeyFile } from '@eci/statement-crypto/browser';
import type { KeyWorkerAnswer, KeyWorkerRequest } from './organiser-key-protocol';

/** Why the key worker made no key file (`problem`), for the page to say in the user's language. */
export class KeyGenerationError extends Error {
  constructor(readonly answer: Exclude<KeyWorkerAnswer, { ok: true }> | { ok: false; problem: 'worker_failed'; detail: string }) {
    super(`No key file was made: ${answer.problem}`);
    this.name = 'KeyGenerationError';
  }
}

/**
 * Makes the organisers' key pair and its passphrase-protected key file in a Web Worker
 * (organiser-key.worker.ts; libsodium.js and its WebAssembly load there, and only when this is
 * called), so the page stays responsive for the seconds Argon2id takes. Resolves with the key file to
 * download and the public key to send (`PUT /api/initiatives/:slug/public-key`); the private key
 * never reaches the page. The worker is ended when it has answered.
 */
export function generateKeyFileInWorker(passphrase: string, cost?: KdfCost): Promise<GeneratedKeyFile> {
  const worker = new Worker(new URL('./organiser-key.worker.ts', import.meta.url), { type: 'module', name: 'organiser-key' });
  return new Promise<GeneratedKeyFile>((resolve, reject) => {
    worker.onmessage = ({ data }: MessageEvent<KeyWorkerAnswer>) => {
      if (data.ok) resolve({ keyFile: data.keyFile, publicKey: data.publicKey });
      else reject(new KeyGenerationError(data));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      reject(new KeyGenerationError({ ok: false, problem: 'worker_failed', detail: event.message }));
    };
    const request: KeyWorkerRequest = cost ? { passphrase, cost } : { passphrase };
    worker.postMessage(request);
  }).finally(() => worker.terminate());
}

/** The key file as `npm run keys` writes it, ready for a download link (`URL.createObjectURL`). */
export function keyFileBlob(keyFile: OrganiserKeyFile): Blob {
  return new Blob([keyFileText(keyFile)], { type: 'application/json' });
}
