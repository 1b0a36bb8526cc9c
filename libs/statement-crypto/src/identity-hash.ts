import { createHmac, hkdfSync } from 'node:crypto';

/** What a per-initiative key derived from the server secret is for. Each purpose gets its own key. */
export type KeyPurpose = 'identity-hash' | 'captcha';

/**
 * A per-initiative key derived with HKDF-SHA256 from the server secret (which lives outside the
 * database), so that the database alone cannot test a guessed identity against the hashes, and
 * hashes of one initiative say nothing about another.
 */
export function deriveInitiativeKey(serverSecret: Uint8Array, initiativeId: string, purpose: KeyPurpose): Uint8Array {
  if (serverSecret.length < 32) throw new Error('The server secret must have at least 32 bytes');
  return new Uint8Array(hkdfSync('sha256', serverSecret, 'eci-collector/v1', `${purpose}:${initiativeId}`, 32));
}

/** HMAC-SHA256 of the canonical identity key: the duplicate-detection value stored in clear. */
export function identityHash(initiativeKey: Uint8Array, identityKey: string): Uint8Array {
  return new Uint8Array(createHmac('sha256', initiativeKey).update(identityKey, 'utf8').digest());
}
