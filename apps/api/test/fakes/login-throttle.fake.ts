import type { LoginThrottleRepository } from '../../src/login/login-throttle.repository';
import type { FailureCount } from '../../src/login/throttle-policy';

/** Shared failed-login counts in memory, with the table's rules (32-byte keys, a count per key). */
export class InMemoryLoginThrottleRepository implements LoginThrottleRepository {
  private readonly counts = new Map<string, FailureCount>();

  async find(key: Buffer): Promise<FailureCount | undefined> {
    const count = this.counts.get(hex(key));
    return count ? { ...count } : undefined;
  }

  async addFailure(key: Buffer, now: Date, forgetBefore: Date): Promise<FailureCount> {
    const k = hex(key);
    const current = this.counts.get(k);
    const next: FailureCount = current
      ? { failures: current.lastFailureAt <= forgetBefore.getTime() ? 1 : current.failures + 1, lastFailureAt: Math.max(current.lastFailureAt, now.getTime()) }
      : { failures: 1, lastFailureAt: now.getTime() };
    this.counts.set(k, next);
    return { ...next };
  }

  async reset(key: Buffer): Promise<void> {
    this.counts.delete(hex(key));
  }

  async prune(before: Date): Promise<void> {
    for (const [k, count] of this.counts) if (count.lastFailureAt < before.getTime()) this.counts.delete(k);
  }
}

function hex(key: Buffer): string {
  if (key.length !== 32) throw new Error('a throttle key has 32 bytes (check constraint)');
  return key.toString('hex');
}
