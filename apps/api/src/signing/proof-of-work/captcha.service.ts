import { Inject, Injectable } from '@nestjs/common';
import type { CaptchaChallenge } from '@eci/api-contract';
import { createChallenge, randomInt, verifySolution, type Challenge, type Solution } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/sha';
import { CLOCK, type Clock } from '../../platform/clock/clock';
import { SERVER_SECRET } from '../../platform/keys/keys.tokens';

/** How long a challenge may be solved and used. */
export const CHALLENGE_TTL_MS = 10 * 60 * 1000;
/** The solver searches up to this many SHA-256 candidates: about a second on a phone, invisible on a laptop. */
const MAX_COUNTER = 60_000;

export type CaptchaVerdict = 'ok' | 'missing' | 'invalid';

/**
 * ALTCHA proof of work, self-hosted: challenges are HMAC-signed with a key derived from the server
 * secret (so any API process can verify them), expire, and are good once: a challenge is spent in
 * the transaction that stores the statement it let in (`sign_statements`), and remembered until it
 * expires. No personal data is involved: no IP address, no cookie, no third party.
 */
@Injectable()
export class CaptchaService {
  private readonly hmacSecret: string;
  private readonly hmacKeySecret: string;

  constructor(
    @Inject(SERVER_SECRET) serverSecret: Uint8Array,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
    const base = Buffer.from(serverSecret).toString('base64');
    this.hmacSecret = `altcha-signature:${base}`;
    this.hmacKeySecret = `altcha-key:${base}`;
  }

  async challenge(): Promise<CaptchaChallenge> {
    return createChallenge({
      algorithm: 'SHA-256',
      cost: 1,
      counter: randomInt(MAX_COUNTER / 10, MAX_COUNTER),
      deriveKey,
      expiresAt: new Date(this.clock.now().getTime() + CHALLENGE_TTL_MS),
      hmacSignatureSecret: this.hmacSecret,
      hmacKeySignatureSecret: this.hmacKeySecret,
    });
  }

  /** Checks a solved challenge (the widget's base64 payload) without spending it. */
  async check(payload: unknown): Promise<{ verdict: CaptchaVerdict; signature?: string; expiresAt?: Date }> {
    if (!captchaSent(payload)) return { verdict: 'missing' };
    const decoded = decodePayload(payload);
    if (!decoded) return { verdict: 'invalid' };
    const { challenge, solution } = decoded;
    const expiresAt = challenge.parameters.expiresAt;
    if (typeof expiresAt !== 'number' || expiresAt * 1000 <= this.clock.now().getTime() || !challenge.signature) return { verdict: 'invalid' };
    try {
      const result = await verifySolution({
        challenge,
        solution,
        deriveKey,
        hmacSignatureSecret: this.hmacSecret,
        hmacKeySignatureSecret: this.hmacKeySecret,
      });
      if (!result.verified) return { verdict: 'invalid' };
    } catch {
      return { verdict: 'invalid' };
    }
    return { verdict: 'ok', signature: challenge.signature, expiresAt: new Date(expiresAt * 1000) };
  }
}

/** Whether anything was sent as the CAPTCHA (anything but nothing, null or an empty string). */
export function captchaSent(payload: unknown): boolean {
  return payload !== undefined && payload !== null && payload !== '';
}

function decodePayload(payload: unknown): { challenge: Challenge; solution: Solution } | null {
  if (typeof payload !== 'string' || payload.length > 4096) return null;
  try {
    const parsed = JSON.parse(Buffer.from(payload, 'base64').toString('utf8')) as { challenge?: Challenge; solution?: Solution };
    if (!parsed || typeof parsed !== 'object' || !parsed.challenge?.parameters || !parsed.solution) return null;
    return { challenge: parsed.challenge, solution: parsed.solution };
  } catch {
    return null;
  }
}
