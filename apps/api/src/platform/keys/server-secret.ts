import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';

export const SERVER_SECRET_FILE = 'server-secret';

/**
 * The server secret: `ECI_SECRET`, or, for the embedded database only, a random 32-byte secret
 * kept in a 0600 file in the data directory (created on first start). It is never stored in the
 * database, so a database dump alone cannot test guessed identities against the duplicate hashes.
 */
export function loadServerSecret(secret: string | undefined, dataDir: string): Uint8Array {
  if (secret) return new Uint8Array(Buffer.from(secret, 'utf8'));
  const file = join(dataDir, SERVER_SECRET_FILE);
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    writeFileSync(file, randomBytes(32).toString('base64') + '\n', { mode: 0o600, flag: 'wx' });
  }
  if ((statSync(file).mode & 0o077) !== 0) chmodSync(file, 0o600);
  const value = readFileSync(file, 'utf8').trim();
  if (value.length < 32) throw new Error(`The server secret in ${file} is too short`);
  return new Uint8Array(Buffer.from(value, 'utf8'));
}
