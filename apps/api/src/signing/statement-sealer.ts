import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import Piscina from 'piscina';
import { sealStatement, type SealedStatementPayload } from '@eci/statement-crypto';
import { workerModule } from '../platform/workers/worker-module';
import type { SealingJob } from './statement-sealer.worker';

interface Waiting {
  readonly job: SealingJob;
  resolve(sealed: Uint8Array): void;
  reject(error: unknown): void;
}

/**
 * Seals statements to the organisers' key off the event loop. A sealed box costs two X25519
 * scalar multiplications (~70 µs), the largest piece of work on the signing path; one worker
 * thread (`statement-sealer.worker.ts`, run by piscina) does them, in batches of whatever arrived
 * in one turn of the event loop, while the main thread goes on serving requests. Batches wait in
 * piscina's queue while the worker is busy. Once the module is destroyed (shutdown), whatever is
 * still asked for is sealed on the calling thread.
 */
@Injectable()
export class StatementSealer implements OnModuleDestroy {
  private readonly pool: Piscina<readonly SealingJob[], Uint8Array[]>;
  private closed = false;
  private queue: Waiting[] = [];
  private scheduled = false;

  constructor() {
    const worker = workerModule(__filename, 'statement-sealer.worker');
    this.pool = new Piscina({ filename: worker.filename, execArgv: worker.execArgv, minThreads: 1, maxThreads: 1 });
  }

  seal(payload: SealedStatementPayload, publicKey: Uint8Array): Promise<Uint8Array> {
    if (this.closed) return Promise.resolve(sealStatement(payload, publicKey));
    return new Promise<Uint8Array>((resolve, reject) => {
      this.queue.push({ job: { payload, publicKey }, resolve, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => void this.flush());
      }
    });
  }

  private async flush(): Promise<void> {
    this.scheduled = false;
    const batch = this.queue;
    this.queue = [];
    if (batch.length === 0) return;
    if (this.closed) {
      for (const waiting of batch) settle(waiting, () => sealStatement(waiting.job.payload, waiting.job.publicKey));
      return;
    }
    try {
      const sealed = await this.pool.run(batch.map((waiting) => waiting.job));
      batch.forEach((waiting, i) => waiting.resolve(sealed[i]));
    } catch (error) {
      for (const waiting of batch) waiting.reject(error);
    }
  }

  async onModuleDestroy(): Promise<void> {
    this.closed = true;
    // Batches already handed to the worker are finished first.
    await this.pool.close();
  }
}

function settle(waiting: Waiting, seal: () => Uint8Array): void {
  try {
    waiting.resolve(seal());
  } catch (error) {
    waiting.reject(error);
  }
}
