import sodium from 'libsodium-wrappers-sumo';

let loaded: Promise<typeof sodium> | undefined;

/** libsodium, once its WebAssembly is ready. Every function of this library awaits it once at startup. */
export function loadSodium(): Promise<typeof sodium> {
  loaded ??= sodium.ready.then(() => sodium);
  return loaded;
}

/** The ready libsodium; throws if `loadSodium()` has not resolved yet. */
export function sodiumNow(): typeof sodium {
  if (!sodium.crypto_box_seal) throw new Error('libsodium is not ready: await loadSodium() first');
  return sodium;
}
