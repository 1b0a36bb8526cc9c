import { isIPv6 } from 'node:net';
import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { CLOCK, type Clock } from '../platform/clock/clock';
import { SERVER_SECRET } from '../platform/keys/keys.tokens';
import { deriveLoginKey, hmac } from './login-keys';
import { LOGIN_THROTTLE_REPOSITORY, type LoginThrottleRepository } from './login-throttle.repository';
import { ACCOUNT_POLICY, afterFailure, blockedUntil, CLIENT_POLICY, DEVICE_POLICY, type FailureCount } from './throttle-policy';

/**
 * Who a login attempt is counted against. With a valid device cookie for the e-mail: that device
 * only. Otherwise: the client address (in memory) and the e-mail, whether or not an account has it.
 */
export type LoginLane = { trusted: true; device: Buffer } | { trusted: false; client: string; account: Buffer };

/** Entries kept in memory at most (client addresses, blocks learnt from the shared counts). */
const MEMORY_LIMIT = 100_000;
const SWEEP_MS = 60 * 1000;

/**
 * Throttling of failed logins that a stranger cannot turn against an account's owner (see
 * `throttle-policy.ts` for the delays, `device-cookie.ts` for trusted devices). Client addresses
 * are counted in this process's memory only and never written anywhere. Counts per e-mail and per
 * device are shared by all API processes in `login_throttle`, under an HMAC of the e-mail or the
 * device cookie's nonce, so the table holds no e-mail, and the answer is the same whether an account
 * has the e-mail or not. A block learnt from the shared counts is remembered here until it ends, so
 * a flood against a blocked account is refused without a query.
 */
@Injectable()
export class LoginThrottle implements OnModuleInit, OnModuleDestroy {
  private readonly log = new Logger('LoginThrottle');
  private readonly key: Buffer;
  private readonly clients = new Map<string, FailureCount>();
  /** Hex key → end of its block (epoch ms). */
  private readonly blocks = new Map<string, number>();
  private sweep?: NodeJS.Timeout;

  constructor(
    @Inject(LOGIN_THROTTLE_REPOSITORY) private readonly shared: LoginThrottleRepository,
    @Inject(SERVER_SECRET) serverSecret: Uint8Array,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
    this.key = deriveLoginKey(serverSecret, 'login-throttle');
  }

  onModuleInit(): void {
    this.sweep = setInterval(() => {
      this.prune().catch((error: unknown) => this.log.warn(`pruning login counts: ${(error as Error).message}`));
    }, SWEEP_MS);
    this.sweep.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.sweep);
  }

  untrusted(client: string, email: string): LoginLane {
    return { trusted: false, client: clientKey(client), account: hmac(this.key, 'account', email.trim().toLowerCase()) };
  }

  trusted(deviceNonce: string): LoginLane {
    return { trusted: true, device: hmac(this.key, 'device', deviceNonce) };
  }

  /** Milliseconds the lane is still blocked for, from what this process knows (no query). */
  knownBlock(lane: LoginLane, now: number): number {
    const until = lane.trusted
      ? (this.blocks.get(lane.device.toString('hex')) ?? 0)
      : Math.max(blockedUntil(CLIENT_POLICY, this.clients.get(lane.client), now), this.blocks.get(lane.account.toString('hex')) ?? 0);
    return Math.max(0, until - now);
  }

  /** Milliseconds the lane is still blocked for, with the counts shared by all processes. */
  async sharedBlock(lane: LoginLane, now: number): Promise<number> {
    const [key, policy] = lane.trusted ? [lane.device, DEVICE_POLICY] : [lane.account, ACCOUNT_POLICY];
    this.remember(key, blockedUntil(policy, await this.shared.find(key), now), now);
    return this.knownBlock(lane, now);
  }

  async failed(lane: LoginLane, now: number): Promise<void> {
    const [key, policy] = lane.trusted ? [lane.device, DEVICE_POLICY] : [lane.account, ACCOUNT_POLICY];
    if (!lane.trusted) {
      const count = afterFailure(CLIENT_POLICY, this.clients.get(lane.client), now);
      this.clients.delete(lane.client); // re-inserted last: the map stays ordered by last failure
      this.clients.set(lane.client, count);
      trim(this.clients);
    }
    const count = await this.shared.addFailure(key, new Date(now), new Date(now - policy.forgetMs));
    this.remember(key, blockedUntil(policy, count, now), now);
  }

  /** A successful login from a known device clears that device's count; an account's count stays. */
  async succeeded(lane: LoginLane): Promise<void> {
    if (!lane.trusted) return;
    this.blocks.delete(lane.device.toString('hex'));
    await this.shared.reset(lane.device);
  }

  /** Forgets counts and blocks that have run out, here and in the shared table. */
  async prune(): Promise<void> {
    const now = this.clock.now().getTime();
    for (const [client, count] of this.clients) if (count.lastFailureAt + CLIENT_POLICY.forgetMs <= now) this.clients.delete(client);
    for (const [key, until] of this.blocks) if (until <= now) this.blocks.delete(key);
    await this.shared.prune(new Date(now - Math.max(ACCOUNT_POLICY.forgetMs, DEVICE_POLICY.forgetMs)));
  }

  private remember(key: Buffer, until: number, now: number): void {
    const hex = key.toString('hex');
    if (until > now) {
      this.blocks.delete(hex);
      this.blocks.set(hex, until);
      trim(this.blocks);
    } else {
      this.blocks.delete(hex);
    }
  }
}

/** Drops the oldest entries beyond the memory limit. */
function trim<V>(map: Map<string, V>): void {
  for (const key of map.keys()) {
    if (map.size <= MEMORY_LIMIT) return;
    map.delete(key);
  }
}

/**
 * The unit a client is counted by: an IPv4 address, or the /64 network of an IPv6 address (one
 * subscriber usually holds a whole /64, and could otherwise take a fresh address per attempt).
 */
export function clientKey(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1];
  if (!isIPv6(address)) return address;
  const [head, tail = ''] = address.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = address.includes('::') ? [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right] : left;
  return `${groups.slice(0, 4).map((g) => parseInt(g, 16).toString(16)).join(':')}::/64`;
}
