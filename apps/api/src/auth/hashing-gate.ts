/** Thrown when a lane of the gate is full: refuse the attempt rather than queue it further. */
export class HashingBusy extends Error {
  constructor() {
    super('Too many password verifications waiting');
    this.name = 'HashingBusy';
  }
}

export type HashingLane = 'trusted' | 'untrusted';

interface Lane {
  running: number;
  waiting: (() => void)[];
}

/**
 * Bounds how many Argon2id verifications (64 MiB each, on libuv's threadpool) run at once, so a
 * login flood can neither take the threadpool from file and crypto work nor the CPU from the event
 * loop. Two lanes: attempts with a valid device cookie ("trusted") and all others, each running at
 * most `running` at a time with at most `waiting` queued behind; beyond that `run` throws
 * `HashingBusy` at once. A flood of strangers fills only the untrusted lane, so owners on a known
 * device keep their own.
 */
export class HashingGate {
  private readonly lanes: Record<HashingLane, Lane> = { trusted: { running: 0, waiting: [] }, untrusted: { running: 0, waiting: [] } };

  constructor(private readonly limits: { running: number; waiting: number } = { running: 1, waiting: 4 }) {}

  async run<T>(lane: HashingLane, work: () => Promise<T>): Promise<T> {
    const l = this.lanes[lane];
    if (l.running >= this.limits.running) {
      if (l.waiting.length >= this.limits.waiting) throw new HashingBusy();
      await new Promise<void>((resolve) => l.waiting.push(resolve));
    } else {
      l.running++;
    }
    try {
      return await work();
    } finally {
      const next = l.waiting.shift();
      // The slot passes straight to the next in line (running stays the same), or is freed.
      if (next) next();
      else l.running--;
    }
  }

  /** Verifications running and waiting, per lane (for tests and diagnostics). */
  load(): Record<HashingLane, { running: number; waiting: number }> {
    return {
      trusted: { running: this.lanes.trusted.running, waiting: this.lanes.trusted.waiting.length },
      untrusted: { running: this.lanes.untrusted.running, waiting: this.lanes.untrusted.waiting.length },
    };
  }
}
