import type { KdfCost } from '@eci/statement-crypto/browser';
import { generateKeyFileInWorker, KeyGenerationError } from '../../../src/console/keys/organiser-key-client';

/*
 * A page with nothing but the console's key worker client, built by Vite like the app and served
 * by the real server (its page and asset headers), for organiser-key.e2e-spec.ts until the Keys
 * page exists. The test calls `window.keyWorkerPage`.
 */

async function generate(passphrase: string, cost?: KdfCost) {
  const started = performance.now();
  try {
    const made = await generateKeyFileInWorker(passphrase, cost);
    return { ...made, ms: Math.round(performance.now() - started) };
  } catch (error) {
    return { error: error instanceof KeyGenerationError ? error.answer : String(error) };
  }
}

/** Whether this page's own thread may compile WebAssembly (the smallest module: magic and version). */
async function compileInPage(): Promise<string> {
  try {
    await WebAssembly.instantiate(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]));
    return 'compiled';
  } catch (error) {
    return String(error);
  }
}

Object.assign(window, { keyWorkerPage: { generate, compileInPage } });
document.getElementById('ready')?.removeAttribute('hidden');
