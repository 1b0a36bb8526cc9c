/**
 * How failed logins slow down further attempts: the first `free` failures cost nothing; after
 * that, each failure blocks further attempts for a delay that doubles with every failure, from
 * `baseMs` up to `capMs`. A count is forgotten `forgetMs` after its last failure. Attempts while
 * blocked are refused without looking at the password, and do not count.
 */
export interface ThrottlePolicy {
  free: number;
  baseMs: number;
  capMs: number;
  forgetMs: number;
}

const DAY = 24 * 60 * 60 * 1000;

/** Per client address (in memory only): generous, a household or office shares one address. */
export const CLIENT_POLICY: ThrottlePolicy = { free: 10, baseMs: 1000, capMs: 60 * 60 * 1000, forgetMs: DAY };
/** Per e-mail, for attempts without a valid device cookie of that e-mail (shared by all processes). */
export const ACCOUNT_POLICY: ThrottlePolicy = { free: 5, baseMs: 1000, capMs: 15 * 60 * 1000, forgetMs: DAY };
/** Per device cookie (shared by all processes): a stolen cookie gets no more guesses than a stranger. */
export const DEVICE_POLICY: ThrottlePolicy = { free: 10, baseMs: 1000, capMs: 15 * 60 * 1000, forgetMs: DAY };

/** The count of failures so far and when the last one happened (epoch ms). */
export interface FailureCount {
  failures: number;
  lastFailureAt: number;
}

/** The delay that `failures` failures impose after the last one. */
export function delayAfter(policy: ThrottlePolicy, failures: number): number {
  if (failures <= policy.free) return 0;
  return Math.min(policy.capMs, policy.baseMs * 2 ** Math.min(failures - policy.free - 1, 40));
}

/** Until when (epoch ms) attempts are blocked; at or before `now` means not blocked. */
export function blockedUntil(policy: ThrottlePolicy, count: FailureCount | undefined, now: number): number {
  if (!count || count.lastFailureAt + policy.forgetMs <= now) return 0;
  return count.lastFailureAt + delayAfter(policy, count.failures);
}

/** The count after one more failure at `now` (a forgotten count starts again). */
export function afterFailure(policy: ThrottlePolicy, count: FailureCount | undefined, now: number): FailureCount {
  const current = count && count.lastFailureAt + policy.forgetMs > now ? count.failures : 0;
  return { failures: current + 1, lastFailureAt: now };
}
