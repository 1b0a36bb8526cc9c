import type { FailureCount } from './throttle-policy';

/** Failed-login counts shared by every API process, under keyed hashes (never an e-mail or address). */
export interface LoginThrottleRepository {
  find(key: Buffer): Promise<FailureCount | undefined>;
  /** Adds a failure at `now`; a count whose last failure is at or before `forgetBefore` starts again. */
  addFailure(key: Buffer, now: Date, forgetBefore: Date): Promise<FailureCount>;
  reset(key: Buffer): Promise<void>;
  /** Removes counts whose last failure is before `before`. */
  prune(before: Date): Promise<void>;
}

export const LOGIN_THROTTLE_REPOSITORY = Symbol('LoginThrottleRepository');
