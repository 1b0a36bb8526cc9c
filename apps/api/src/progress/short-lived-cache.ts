/**
 * A per-process cache of values recomputed from PostgreSQL at most every `ttlMs`. Concurrent
 * readers of an expired entry share one recomputation (no stampede on the database), and a failed
 * recomputation is not cached. Every API process converges on the database within `ttlMs`.
 */
export class ShortLivedCache<T> {
  private readonly entries = new Map<string, { value: T; until: number }>();
  private readonly pending = new Map<string, Promise<T>>();

  constructor(
    private readonly ttlMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  get(key: string, compute: () => Promise<T>): Promise<T> {
    const entry = this.entries.get(key);
    if (entry && entry.until > this.now()) return Promise.resolve(entry.value);
    let running = this.pending.get(key);
    if (!running) {
      running = compute()
        .then((value) => {
          this.entries.set(key, { value, until: this.now() + this.ttlMs });
          return value;
        })
        .finally(() => this.pending.delete(key));
      this.pending.set(key, running);
    }
    return running;
  }
}
