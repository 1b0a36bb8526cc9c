interface Pending<I, O> {
  item: I;
  resolve: (value: O) => void;
  reject: (error: unknown) => void;
}

export interface BatcherOptions {
  /** Most items written in one batch. */
  maxBatch: number;
  /** Most batches being written at once (at most the connection pool's size). */
  maxInFlight: number;
}

/**
 * Group commit in the application: items submitted while earlier batches are being written wait
 * and go together in the next one, so a busy server writes many statements per round trip and per
 * commit, and an idle one writes each at once. Every submitter learns its own outcome only after
 * its batch is committed (or failed as a whole).
 */
export class InsertBatcher<I, O> {
  private queue: Pending<I, O>[] = [];
  private inFlight = 0;
  private scheduled = false;

  constructor(
    private readonly write: (items: I[]) => Promise<O[]>,
    private readonly options: BatcherOptions,
  ) {}

  submit(item: I): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      this.queue.push({ item, resolve, reject });
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.scheduled || this.inFlight >= this.options.maxInFlight || this.queue.length === 0) return;
    // Let the requests already read from the sockets in this turn of the event loop join the batch.
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.flush();
    });
  }

  private flush(): void {
    while (this.inFlight < this.options.maxInFlight && this.queue.length > 0) {
      const batch = this.queue.splice(0, this.options.maxBatch);
      this.inFlight++;
      this.write(batch.map((p) => p.item)).then(
        (results) => batch.forEach((p, i) => p.resolve(results[i])),
        (error: unknown) => batch.forEach((p) => p.reject(error)),
      ).finally(() => {
        this.inFlight--;
        this.schedule();
      });
      // Keep filling: with spare connections, a waiting queue is written right away, in slices.
      if (this.queue.length < this.options.maxBatch) break;
    }
  }
}
