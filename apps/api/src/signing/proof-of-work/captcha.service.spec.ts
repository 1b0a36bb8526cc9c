import { randomBytes } from 'node:crypto';
import { solveChallenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/sha';
import { AdjustableClock } from '../../../test/fixtures/adjustable-clock';
import { SigningWorld } from '../../../test/fixtures/signing-world';
import { CHALLENGE_TTL_MS, CaptchaService } from './captcha.service';

const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64');
const decode = (payload: string) => JSON.parse(Buffer.from(payload, 'base64').toString('utf8')) as { challenge: { parameters: Record<string, unknown>; signature: string }; solution: Record<string, unknown> };

describe('CaptchaService', () => {
  let world: SigningWorld;
  let clock: AdjustableClock;
  let captcha: CaptchaService;

  beforeEach(() => {
    world = new SigningWorld();
    clock = world.clock;
    captcha = world.captcha;
  });

  describe('challenge()', () => {
    it('is an HMAC-signed SHA-256 challenge that expires ten minutes from now', async () => {
      const before = clock.now().getTime();
      const challenge = await captcha.challenge();

      expect(challenge).toEqual({
        parameters: expect.objectContaining({ algorithm: 'SHA-256', cost: 1, nonce: expect.any(String), salt: expect.any(String), keyPrefix: expect.any(String), keyLength: expect.any(Number), keySignature: expect.any(String), expiresAt: expect.any(Number) }),
        signature: expect.any(String),
      });
      const expiresAtMs = (challenge.parameters.expiresAt ?? 0) * 1000;
      expect(expiresAtMs).toBeGreaterThan(before + CHALLENGE_TTL_MS - 1000);
      expect(expiresAtMs).toBeLessThanOrEqual(clock.now().getTime() + CHALLENGE_TTL_MS);
    });

    it('follows the clock and differs each time', async () => {
      clock.advance(60 * 60 * 1000);
      const [a, b] = [await captcha.challenge(), await captcha.challenge()];

      expect((a.parameters.expiresAt ?? 0) * 1000).toBeGreaterThan(Date.now() + 60 * 60 * 1000);
      expect(a.signature).not.toBe(b.signature);
      expect(a.parameters.nonce).not.toBe(b.parameters.nonce);
    });
  });

  describe('check()', () => {
    it('is ok for a solved challenge, with its signature and expiry to spend it by', async () => {
      const payload = await world.solvedCaptcha();
      const { challenge } = decode(payload);

      expect(await captcha.check(payload)).toEqual({ verdict: 'ok', signature: challenge.signature, expiresAt: new Date(Number(challenge.parameters.expiresAt) * 1000) });
    });

    it('does not spend: the same solution checks ok again (it is spent with the statement it lets in)', async () => {
      const payload = await world.solvedCaptcha();

      expect((await captcha.check(payload)).verdict).toBe('ok');
      expect((await captcha.check(payload)).verdict).toBe('ok');
    });

    it('is missing for nothing sent', async () => {
      for (const payload of [undefined, null, '']) expect({ payload, ...(await captcha.check(payload)) }).toEqual({ payload, verdict: 'missing' });
    });

    it('is invalid for anything that is not a solved challenge', async () => {
      const payload = await world.solvedCaptcha();
      const { challenge, solution } = decode(payload);
      const junk = [
        42,
        { challenge, solution },
        'not base64 json',
        encode('a string'),
        encode({ challenge }),
        encode({ solution }),
        encode({ challenge: { signature: challenge.signature }, solution }),
        'A'.repeat(4097),
      ];

      for (const payload of junk) expect({ payload, ...(await captcha.check(payload)) }).toEqual({ payload, verdict: 'invalid' });
    });

    it('is invalid for a wrong solution or a tampered challenge', async () => {
      const { challenge, solution } = decode(await world.solvedCaptcha());
      const tampered = [
        { challenge, solution: { ...solution, derivedKey: String(solution.derivedKey).replace(/.$/, (c) => (c === '0' ? '1' : '0')) } },
        { challenge, solution: { ...solution, derivedKey: undefined } },
        { challenge: { ...challenge, parameters: { ...challenge.parameters, expiresAt: Number(challenge.parameters.expiresAt) + 3600 } }, solution },
        { challenge: { ...challenge, signature: challenge.signature.replace(/^./, (c) => (c === '0' ? '1' : '0')) }, solution },
        { challenge: { ...challenge, signature: '' }, solution },
        { challenge: { ...challenge, parameters: { ...challenge.parameters, expiresAt: undefined } }, solution },
      ];

      for (const [i, sent] of tampered.entries()) expect({ i, ...(await captcha.check(encode(sent))) }).toEqual({ i, verdict: 'invalid' });
    });

    it('is invalid for a challenge of another server secret', async () => {
      const other = new CaptchaService(new Uint8Array(randomBytes(32)), clock);
      const challenge = await other.challenge();
      const solution = await solveChallenge({ challenge, deriveKey });

      expect((await other.check(encode({ challenge, solution }))).verdict).toBe('ok');
      expect((await captcha.check(encode({ challenge, solution }))).verdict).toBe('invalid');
    });

    it('is invalid once the challenge has expired', async () => {
      const payload = await world.solvedCaptcha();

      clock.advance(CHALLENGE_TTL_MS - 5000);
      expect((await captcha.check(payload)).verdict).toBe('ok');
      clock.advance(5000);
      expect((await captcha.check(payload)).verdict).toBe('invalid');
    });
  });
});
