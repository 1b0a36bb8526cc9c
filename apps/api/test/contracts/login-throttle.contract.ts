import type { LoginThrottleRepository } from '../../src/login/login-throttle.repository';
import { at, bytes32 } from './people-seed';

/** What every `LoginThrottleRepository` does (the fake and the TypeORM one run these same cases). */
export function describeLoginThrottleContract(makeSubject: () => Promise<LoginThrottleRepository>): void {
  let repo: LoginThrottleRepository;
  const a = bytes32('a');
  const b = bytes32('b');

  beforeEach(async () => {
    repo = await makeSubject();
  });

  it('knows no count for a key never counted', async () => {
    expect(await repo.find(a)).toBeUndefined();
  });

  it('counts failures per key, remembering the last one', async () => {
    expect(await repo.addFailure(a, at(0), at(-1440))).toEqual({ failures: 1, lastFailureAt: at(0).getTime() });
    expect(await repo.addFailure(a, at(1), at(-1439))).toEqual({ failures: 2, lastFailureAt: at(1).getTime() });
    await repo.addFailure(b, at(2), at(-1438));
    expect(await repo.find(a)).toEqual({ failures: 2, lastFailureAt: at(1).getTime() });
    expect(await repo.find(b)).toEqual({ failures: 1, lastFailureAt: at(2).getTime() });
  });

  it('starts again when the last failure is at or before forgetBefore, and only then', async () => {
    await repo.addFailure(a, at(0), at(-100));
    await repo.addFailure(a, at(1), at(-100));
    expect(await repo.addFailure(a, at(5), at(1))).toEqual({ failures: 1, lastFailureAt: at(5).getTime() });
    expect(await repo.addFailure(a, at(6), at(4))).toEqual({ failures: 2, lastFailureAt: at(6).getTime() });
  });

  it('keeps the latest failure when a process reports an older one late', async () => {
    await repo.addFailure(a, at(10), at(-100));
    expect(await repo.addFailure(a, at(3), at(-100))).toEqual({ failures: 2, lastFailureAt: at(10).getTime() });
  });

  it('resets one key only, and resetting an unknown key changes nothing', async () => {
    await repo.addFailure(a, at(0), at(-100));
    await repo.addFailure(b, at(0), at(-100));
    await repo.reset(a);
    await repo.reset(bytes32('c'));
    expect(await repo.find(a)).toBeUndefined();
    expect(await repo.find(b)).toEqual({ failures: 1, lastFailureAt: at(0).getTime() });
  });

  it('prunes counts whose last failure is strictly before the instant', async () => {
    await repo.addFailure(a, at(0), at(-100));
    await repo.addFailure(b, at(1), at(-100));
    await repo.prune(at(1));
    expect(await repo.find(a)).toBeUndefined();
    expect(await repo.find(b)).toEqual({ failures: 1, lastFailureAt: at(1).getTime() });
  });

  it('refuses a key that is not 32 bytes', async () => {
    await expect(repo.addFailure(Buffer.alloc(16, 1), at(0), at(-100))).rejects.toThrow();
  });
}
