import { ACCOUNT_POLICY, afterFailure, blockedUntil, delayAfter, type ThrottlePolicy } from './throttle-policy';

const policy: ThrottlePolicy = { free: 3, baseMs: 1000, capMs: 10_000, forgetMs: 60_000 };

describe('login throttling policy', () => {
  it('lets the free failures pass, then doubles the delay with every failure up to the cap', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 100].map((n) => delayAfter(policy, n))).toEqual([0, 0, 0, 1000, 2000, 4000, 8000, 10_000, 10_000]);
    expect(delayAfter(ACCOUNT_POLICY, 1e9)).toBe(ACCOUNT_POLICY.capMs);
  });

  it('blocks from the last failure for its delay, and forgets the count a while after it', () => {
    const count = { failures: 5, lastFailureAt: 100_000 };
    expect(blockedUntil(policy, count, 100_500)).toBe(102_000);
    expect(blockedUntil(policy, count, 160_000)).toBe(0);
    expect(blockedUntil(policy, undefined, 0)).toBe(0);
  });

  it('counts on from an unforgotten count and starts again from a forgotten one', () => {
    expect(afterFailure(policy, { failures: 5, lastFailureAt: 100_000 }, 159_999)).toEqual({ failures: 6, lastFailureAt: 159_999 });
    expect(afterFailure(policy, { failures: 5, lastFailureAt: 100_000 }, 160_000)).toEqual({ failures: 1, lastFailureAt: 160_000 });
    expect(afterFailure(policy, undefined, 7)).toEqual({ failures: 1, lastFailureAt: 7 });
  });
});
