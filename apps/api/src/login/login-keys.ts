import { createHmac, hkdfSync } from 'node:crypto';

/** What an installation-wide key derived from the server secret is for. */
export type LoginKeyPurpose = 'login-throttle' | 'device-cookie';

/**
 * A key for the login machinery, derived with HKDF-SHA256 from the server secret (the same salt as
 * the per-initiative keys of `@eci/statement-crypto`; the info has no `:`, so it can never equal a
 * per-initiative key's `purpose:initiative`).
 */
export function deriveLoginKey(serverSecret: Uint8Array, purpose: LoginKeyPurpose): Buffer {
  if (serverSecret.length < 32) throw new Error('The server secret must have at least 32 bytes');
  return Buffer.from(hkdfSync('sha256', serverSecret, 'eci-collector/v1', `installation/${purpose}`, 32));
}

export function hmac(key: Buffer, ...parts: string[]): Buffer {
  const mac = createHmac('sha256', key);
  for (const part of parts) mac.update(Buffer.from(part, 'utf8')).update('\n');
  return mac.digest();
}
