import { generateOrganiserKeyFile, KeyFileCostError, PassphraseTooShortError, type KdfCost } from '@eci/statement-crypto/browser';
import type { KeyWorkerAnswer, KeyWorkerRequest } from './organiser-key-protocol';

/*
 * The console's key worker: Argon2id at the command's cost (3 passes over 256 MiB) holds its
 * thread for seconds, so it runs here, never on the page's thread. The server sends this script
 * (and only it) with a policy that lets it compile libsodium's WebAssembly (keyWorkerHeaders in
 * apps/api/src/pages/security-headers.ts). The private key never leaves this worker unencrypted:
 * only the key file and the public key are posted back.
 */

interface WorkerScope {
  onmessage: ((event: MessageEvent<KeyWorkerRequest>) => void) | null;
  postMessage(answer: KeyWorkerAnswer): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = ({ data }) => {
  void answer(data.passphrase, data.cost).then((reply) => scope.postMessage(reply));
};

async function answer(passphrase: string, cost: KdfCost | undefined): Promise<KeyWorkerAnswer> {
  try {
    const { keyFile, publicKey } = await generateOrganiserKeyFile(passphrase, cost);
    return { ok: true, keyFile, publicKey };
  } catch (error) {
    if (error instanceof PassphraseTooShortError) return { ok: false, problem: 'passphrase_too_short', min: error.min };
    if (error instanceof KeyFileCostError) return { ok: false, problem: 'cost_too_high' };
    return { ok: false, problem: 'failed', detail: error instanceof Error ? error.message : String(error) };
  }
}
