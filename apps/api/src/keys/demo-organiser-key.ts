import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { decryptKeyFile, encryptKeyFile, generateKeyPair, interactiveKdfCost } from '@eci/statement-crypto';

export interface DemoKeyFiles {
  keyFile: string;
  passphraseFile: string;
  publicKey: Uint8Array;
}

/**
 * The demo initiative's organiser key pair, made on first start: the private key in a
 * passphrase-protected key file, the passphrase beside it (0600). Real initiatives make their key
 * pair offline with `npm run keys -- generate` and give the server only the public key.
 */
export async function ensureDemoOrganiserKey(dataDir: string): Promise<DemoKeyFiles> {
  const keyFile = join(dataDir, 'demo-organiser-key.json');
  const passphraseFile = join(dataDir, 'demo-organiser-key.passphrase');
  if (existsSync(keyFile) && existsSync(passphraseFile)) {
    const keys = decryptKeyFile(readFileSync(keyFile, 'utf8'), readFileSync(passphraseFile, 'utf8').trim());
    return { keyFile, passphraseFile, publicKey: keys.publicKey };
  }
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const keys = generateKeyPair();
  const passphrase = randomBytes(18).toString('base64url');
  writeFileSync(passphraseFile, passphrase + '\n', { mode: 0o600 });
  writeFileSync(keyFile, JSON.stringify(encryptKeyFile(keys, passphrase, interactiveKdfCost()), null, 2) + '\n', { mode: 0o600 });
  return { keyFile, passphraseFile, publicKey: keys.publicKey };
}
