import sodium from 'sodium-native';

/**
 * Account passwords: Argon2id through libsodium's `crypto_pwhash_str` (salt and cost in the
 * string), at libsodium's interactive cost (2 passes, 64 MiB) — computed off the event loop.
 */
export function hashPassword(password: string): Promise<string> {
  const out = Buffer.alloc(sodium.crypto_pwhash_STRBYTES);
  return new Promise((resolve, reject) =>
    sodium.crypto_pwhash_str_async(out, Buffer.from(password, 'utf8'), sodium.crypto_pwhash_OPSLIMIT_INTERACTIVE, sodium.crypto_pwhash_MEMLIMIT_INTERACTIVE, (error) =>
      error ? reject(error) : resolve(out.toString('utf8').replace(/\0+$/, '')),
    ),
  );
}

export function verifyPassword(hash: string, password: string): Promise<boolean> {
  const str = Buffer.alloc(sodium.crypto_pwhash_STRBYTES);
  str.write(hash, 'utf8');
  return new Promise((resolve) =>
    sodium.crypto_pwhash_str_verify_async(str, Buffer.from(password, 'utf8'), (error, ok) => resolve(!error && Boolean(ok))),
  );
}

/** A hash to verify against when the account does not exist, so both paths take the same time. */
let decoy: Promise<string> | undefined;
export function decoyHash(): Promise<string> {
  decoy ??= hashPassword('not a password of anyone');
  return decoy;
}
