import { randomBytes, timingSafeEqual } from 'node:crypto';
import { hmac } from './login-keys';

export const DEVICE_COOKIE = 'eci_device';
/** Sent to the login route only. */
export const DEVICE_COOKIE_PATH = '/api/auth/login';
export const DEVICE_COOKIE_MAX_AGE_S = 180 * 24 * 60 * 60;

/**
 * Device cookies (OWASP, "Slow Down Online Guessing Attacks with Device Cookies"): after a
 * successful login the browser receives `<nonce>.<mac>`, the MAC binding a random nonce to the
 * account's e-mail under a key derived from the server secret. Login attempts that present a valid
 * one for the e-mail they try are counted per device, not against the account, so a stranger
 * hammering an account does not stop its owner signing in from a device used before. Nothing is
 * stored on the server.
 */
export class DeviceCookies {
  constructor(private readonly key: Buffer) {}

  issue(email: string): string {
    const nonce = randomBytes(16).toString('base64url');
    return `${nonce}.${this.mac(email, nonce).toString('base64url')}`;
  }

  /** The cookie's nonce when it was issued for this e-mail (any case), else `null`. */
  verify(cookie: string | undefined, email: string): string | null {
    const match = cookie ? /^([A-Za-z0-9_-]{22})\.([A-Za-z0-9_-]{43})$/.exec(cookie) : null;
    if (!match) return null;
    const given = Buffer.from(match[2], 'base64url');
    return timingSafeEqual(given, this.mac(email, match[1])) ? match[1] : null;
  }

  private mac(email: string, nonce: string): Buffer {
    return hmac(this.key, 'device-cookie/v1', email.trim().toLowerCase(), nonce);
  }
}
