/** Remembers which solved challenges were used, until they expire. */
export interface CaptchaSpentRepository {
  /** Records the challenge as spent; false when it already was. Forgets challenges expired before `now`. */
  spend(signature: string, expiresAt: Date, now: Date): Promise<boolean>;
}

export const CAPTCHA_SPENT_REPOSITORY = Symbol('CaptchaSpentRepository');
