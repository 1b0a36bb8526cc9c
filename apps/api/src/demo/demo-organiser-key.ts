import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { decryptKeyFile, encryptKeyFile, generateKeyPair, interactiveKdfCost } from '@eci/statement-crypto';
import { makeSelfSignedCertificate } from '@eci/statement-exports';

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

export interface DemoCertificateFiles {
  p12File: string;
  passphraseFile: string;
}

/**
 * A self-signed organisers' certificate (PKCS#12) for signing the demo's export PDFs and
 * manifests. Real campaigns use a certificate of their own (ideally a qualified one).
 */
export function ensureDemoCertificate(dataDir: string): DemoCertificateFiles {
  const p12File = join(dataDir, 'demo-certificate.p12');
  const passphraseFile = join(dataDir, 'demo-certificate.passphrase');
  if (existsSync(p12File) && existsSync(passphraseFile)) return { p12File, passphraseFile };
  const passphrase = randomBytes(18).toString('base64url');
  const certificate = makeSelfSignedCertificate({ commonName: 'Demo organisers (self-signed)', organisation: 'ECI signature collector demo', passphrase, keyBits: 2048 });
  writeFileSync(p12File, certificate.p12, { mode: 0o600 });
  writeFileSync(passphraseFile, certificate.passphrase + '\n', { mode: 0o600 });
  return { p12File, passphraseFile };
}
