import { InMemoryLoginThrottleRepository } from '../../test/fakes/login-throttle.fake';
import type { Clock } from '../platform/clock/clock';
import { clientKey, LoginThrottle } from './login-throttle';

const SECRET = new Uint8Array(32).fill(3);
const T0 = Date.UTC(2026, 0, 1);
const DAY = 24 * 60 * 60 * 1000;

function setUp() {
  let now = T0;
  const clock: Clock = { now: () => new Date(now) };
  const shared = new InMemoryLoginThrottleRepository();
  return { shared, throttle: new LoginThrottle(shared, SECRET, clock), otherProcess: new LoginThrottle(shared, SECRET, clock), setNow: (t: number) => (now = t) };
}

describe('LoginThrottle', () => {
  it('blocks an e-mail (any case) after five free failures, for a doubling delay', async () => {
    const { throttle } = setUp();
    for (let i = 0; i < 5; i++) await throttle.failed(throttle.untrusted(`192.0.2.${i}`, 'ada@example.org'), T0);
    const lane = throttle.untrusted('198.51.100.7', ' ADA@example.org ');
    expect(await throttle.sharedBlock(lane, T0)).toBe(0);
    await throttle.failed(lane, T0);
    expect(throttle.knownBlock(lane, T0)).toBe(1000);
    await throttle.failed(lane, T0 + 1000);
    expect(throttle.knownBlock(lane, T0 + 1000)).toBe(2000);
  });

  it('learns a block from the counts another process shared', async () => {
    const { throttle, otherProcess } = setUp();
    for (let i = 0; i < 6; i++) await otherProcess.failed(otherProcess.untrusted(`192.0.2.${i}`, 'ada@example.org'), T0);
    const lane = throttle.untrusted('198.51.100.7', 'ada@example.org');
    expect(throttle.knownBlock(lane, T0)).toBe(0);
    expect(await throttle.sharedBlock(lane, T0 + 400)).toBe(600);
    expect(throttle.knownBlock(lane, T0 + 400)).toBe(600);
  });

  it('blocks a client address after ten free failures whatever the e-mails, in memory only', async () => {
    const { shared, throttle } = setUp();
    for (let i = 0; i < 11; i++) await throttle.failed(throttle.untrusted('192.0.2.1', `user${i}@example.org`), T0);
    expect(throttle.knownBlock(throttle.untrusted('192.0.2.1', 'fresh@example.org'), T0)).toBe(1000);
    expect(throttle.knownBlock(throttle.untrusted('192.0.2.2', 'fresh@example.org'), T0)).toBe(0);
    expect(await shared.find(Buffer.alloc(32))).toBeUndefined();
  });

  it('counts an IPv6 client by its /64 and a mapped IPv4 address as IPv4', () => {
    expect(clientKey('2001:db8:1:2:a::1')).toBe('2001:db8:1:2::/64');
    expect(clientKey('2001:db8:1:2::ffff')).toBe('2001:db8:1:2::/64');
    expect(clientKey('::ffff:192.0.2.1')).toBe('192.0.2.1');
    expect(clientKey('192.0.2.1')).toBe('192.0.2.1');
  });

  it('counts a known device apart from its e-mail, and forgets its count when it succeeds', async () => {
    const { throttle } = setUp();
    const device = throttle.trusted('nonce');
    for (let i = 0; i < 11; i++) await throttle.failed(device, T0);
    expect(throttle.knownBlock(device, T0)).toBe(1000);
    expect(throttle.knownBlock(throttle.untrusted('192.0.2.1', 'ada@example.org'), T0)).toBe(0);
    await throttle.succeeded(device);
    expect(await throttle.sharedBlock(device, T0)).toBe(0);
  });

  it('keeps an e-mail\'s count when a login succeeds without a device', async () => {
    const { throttle } = setUp();
    const lane = throttle.untrusted('192.0.2.1', 'ada@example.org');
    for (let i = 0; i < 6; i++) await throttle.failed(lane, T0);
    await throttle.succeeded(lane);
    expect(await throttle.sharedBlock(lane, T0)).toBe(1000);
  });

  it('forgets counts a day after the last failure, here and in the shared table', async () => {
    const { shared, throttle, setNow } = setUp();
    const lane = throttle.untrusted('192.0.2.1', 'ada@example.org');
    for (let i = 0; i < 11; i++) await throttle.failed(lane, T0);
    setNow(T0 + DAY);
    await throttle.prune();
    expect(throttle.knownBlock(lane, T0 + DAY)).toBe(0);
    expect(await shared.find((lane as { account: Buffer }).account)).toEqual({ failures: 11, lastFailureAt: T0 });
    setNow(T0 + DAY + 1);
    await throttle.prune();
    expect(await shared.find((lane as { account: Buffer }).account)).toBeUndefined();
  });
});
