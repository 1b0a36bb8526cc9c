import { verifyChain } from '@eci/audit-chain';
import { InMemoryAuditLogRepository } from '../../test/fakes/audit-log.fake';
import type { Clock } from '../platform/clock/clock';
import { FAILED_LOGIN_WINDOW_MS, FailedLoginsService } from './failed-logins.service';

/** A clock standing still at the start of a window (moved only by `advance`), so the cases know "now". */
function windowClock(): { clock: Clock & { advance(ms: number): void }; start: number } {
  const start = Math.ceil(Date.now() / FAILED_LOGIN_WINDOW_MS) * FAILED_LOGIN_WINDOW_MS;
  let now = start;
  return { clock: { now: () => new Date(now), advance: (ms) => (now += ms) }, start };
}

describe('FailedLoginsService', () => {
  it('counts failures per subject and window, and closes each ended window into one entry', async () => {
    const { clock, start } = windowClock();
    const log = new InMemoryAuditLogRepository();
    const service = new FailedLoginsService(log, clock);
    await service.count('00000000-0000-4000-8000-000000000001');
    await service.count('00000000-0000-4000-8000-000000000001');
    await service.count(null);
    expect(await service.close()).toEqual([]);
    clock.advance(FAILED_LOGIN_WINDOW_MS);
    const closed = await service.close();
    const window = { from: new Date(start).toISOString(), to: new Date(start + FAILED_LOGIN_WINDOW_MS).toISOString() };
    expect(closed.map((e) => [e.actor, e.action, e.at, e.details])).toEqual([
      ['anonymous', 'login_failed', clock.now().toISOString(), { account: '00000000-0000-4000-8000-000000000001', failures: 2, ...window, initiatives: [] }],
      ['anonymous', 'login_failed', clock.now().toISOString(), { unknownEmails: true, failures: 1, ...window }],
    ]);
    expect(await service.close()).toEqual([]);
    expect(verifyChain(await log.list(0, 10)).valid).toBe(true);
  });

  it('closes due windows at most once per window boundary', async () => {
    const { clock } = windowClock();
    const log = new InMemoryAuditLogRepository();
    const service = new FailedLoginsService(log, clock);
    await service.closeDue();
    await service.count(null);
    clock.advance(FAILED_LOGIN_WINDOW_MS - 1);
    await service.closeDue();
    clock.advance(1);
    await service.closeDue();
    expect(await log.list(0, 10)).toHaveLength(1);
  });

  it('skips the close until the next boundary once it has closed in this window', async () => {
    const { clock } = windowClock();
    const log = new InMemoryAuditLogRepository();
    const service = new FailedLoginsService(log, clock);
    clock.advance(FAILED_LOGIN_WINDOW_MS);
    await service.closeDue();
    // A window of the past counted late is due, but this process already closed in this window.
    await log.countFailedLogin(null, new Date(0), new Date(FAILED_LOGIN_WINDOW_MS));
    await service.closeDue();
    expect(await log.list(0, 10)).toEqual([]);
    clock.advance(FAILED_LOGIN_WINDOW_MS);
    await service.closeDue();
    expect(await log.list(0, 10)).toHaveLength(1);
  });

  it('never fails when closing fails: the window stays for the next sweep', async () => {
    const { clock } = windowClock();
    const log = new InMemoryAuditLogRepository();
    const failing = Object.assign(Object.create(log) as InMemoryAuditLogRepository, { closeFailedLoginWindows: () => Promise.reject(new Error('database down')) });
    const service = new FailedLoginsService(failing, clock);
    await service.count(null);
    clock.advance(FAILED_LOGIN_WINDOW_MS);
    await expect(service.closeDue()).resolves.toBeUndefined();
    expect(await new FailedLoginsService(log, clock).close()).toHaveLength(1);
  });
});
