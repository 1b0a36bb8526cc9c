import { Worker } from 'node:worker_threads';
import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { sealStatement } from '@eci/statement-crypto';

/**
 * Seals statements to the organisers' key off the event loop. A sealed box costs two X25519
 * scalar multiplications (~70 µs), the largest piece of work on the signing path; a worker thread
 * does them, in batches of whatever arrived in one turn of the event loop, while the main thread
 * goes on serving requests. The output is libsodium's `crypto_box_seal`, byte for byte the same
 * construction as `sealStatement` (which is also the fallback if the worker is unavailable).
 */
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const sodium = require('sodium-native');
parentPort.on('message', (jobs) => {
  const results = [];
  const transfer = [];
  for (const job of jobs) {
    const message = Buffer.from(job.message.buffer, job.message.byteOffset, job.message.byteLength);
    const publicKey = Buffer.from(job.publicKey.buffer, job.publicKey.byteOffset, job.publicKey.byteLength);
    const sealed = new Uint8Array(message.length + sodium.crypto_box_SEALBYTES);
    sodium.crypto_box_seal(Buffer.from(sealed.buffer), message, publicKey);
    results.push({ id: job.id, sealed });
    transfer.push(sealed.buffer);
  }
  parentPort.postMessage(results, transfer);
});
`;

interface Job {
  id: number;
  message: Uint8Array;
  publicKey: Uint8Array;
}

@Injectable()
export class StatementSealer implements OnModuleDestroy {
  private worker: Worker | undefined;
  private nextId = 0;
  private readonly waiting = new Map<number, { resolve: (sealed: Uint8Array) => void; reject: (error: unknown) => void }>();
  private queue: Job[] = [];
  private scheduled = false;

  constructor() {
    try {
      const worker = new Worker(WORKER_SOURCE, { eval: true });
      worker.unref();
      worker.on('message', (results: { id: number; sealed: Uint8Array }[]) => {
        for (const { id, sealed } of results) {
          this.waiting.get(id)?.resolve(sealed);
          this.waiting.delete(id);
        }
      });
      worker.on('error', (error) => this.failAll(error));
      worker.on('exit', () => {
        this.worker = undefined;
        this.failAll(new Error('the sealing worker stopped'));
      });
      this.worker = worker;
    } catch {
      this.worker = undefined;
    }
  }

  seal(payload: unknown, publicKey: Uint8Array): Promise<Uint8Array> {
    if (!this.worker) return Promise.resolve(sealStatement(payload, publicKey));
    const id = this.nextId++;
    const message = new Uint8Array(Buffer.from(JSON.stringify(payload), 'utf8'));
    return new Promise<Uint8Array>((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.queue.push({ id, message, publicKey });
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  private flush(): void {
    this.scheduled = false;
    const jobs = this.queue;
    this.queue = [];
    if (jobs.length === 0) return;
    if (!this.worker) {
      this.failAll(new Error('the sealing worker is not running'));
      return;
    }
    this.worker.postMessage(jobs, jobs.map((j) => j.message.buffer as ArrayBuffer));
  }

  private failAll(error: unknown): void {
    for (const pending of this.waiting.values()) pending.reject(error);
    this.waiting.clear();
  }

  async onModuleDestroy(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    await worker?.terminate();
  }
}
