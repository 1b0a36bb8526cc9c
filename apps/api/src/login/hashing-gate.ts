/** Thrown when a lane of the gate is full: refuse the attempt rather than queue it further. */
export class HashingBusy extends Error {
  constructor() {
    super('Too many password verifications waiting');
    this.name = 'HashingBusy';
  }
}

export type HashingLane = 'trusted' | 'untrusted';

export interface HashingLimits {
  /** Verifications running at once, per lane. */
  running: number;
  /** Attempts waiting, per lane; beyond that `run` throws `HashingBusy` at once. */
  waiting: number;
  /**
   * While attempts wait in a lane, a finished verification holds its slot this many times as long
   * as it took before the next one starts: under a flood the lane then verifies at most
   * 1 / (1 + rest) of the time. 0 (the default) for no rest.
   */
  rest?: Partial<Record<HashingLane, number>>;
}

interface Lane {
  running: number;
  waiting: (() => void)[];
}

/**
 * Bounds the Argon2id verifications (64 MiB each, on libuv's threadpool) of login attempts, so that
 * a login flood can take neither the threadpool from file and crypto work nor the CPU from the
 * event loop and signing. Two lanes: attempts with a valid device cookie ("trusted") and all
 * others; a flood of strangers fills only the untrusted lane, so owners on a known device keep
 * theirs. Single attempts never wait.
 */
export class HashingGate {
  private readonly lanes: Record<HashingLane, Lane> = { trusted: { running: 0, waiting: [] }, untrusted: { running: 0, waiting: [] } };

  constructor(private readonly limits: HashingLimits = { running: 1, waiting: 4 }) {}

  async run<T>(lane: HashingLane, work: () => Promise<T>): Promise<T> {
    const l = this.lanes[lane];
    if (l.running >= this.limits.running) {
      if (l.waiting.length >= this.limits.waiting) throw new HashingBusy();
      await new Promise<void>((resolve) => l.waiting.push(resolve));
    } else {
      l.running++;
    }
    const started = performance.now();
    try {
      return await work();
    } finally {
      const rest = l.waiting.length > 0 ? (performance.now() - started) * (this.limits.rest?.[lane] ?? 0) : 0;
      if (rest > 0) setTimeout(() => release(l), rest);
      else release(l);
    }
  }

  /** Verifications running (or resting) and waiting, per lane (for tests and diagnostics). */
  load(): Record<HashingLane, { running: number; waiting: number }> {
    return {
      trusted: { running: this.lanes.trusted.running, waiting: this.lanes.trusted.waiting.length },
      untrusted: { running: this.lanes.untrusted.running, waiting: this.lanes.untrusted.waiting.length },
    };
  }
}

/** The slot passes straight to the next in line (running stays the same), or is freed. */
function release(lane: Lane): void {
  const next = lane.waiting.shift();
  if (next) next();
  else lane.running--;
}
