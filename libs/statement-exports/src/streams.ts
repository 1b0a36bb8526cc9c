import { once } from 'node:events';
import type { Writable } from 'node:stream';

/**
 * Resolves when a writable stream that refused a write (`write()` returned false) has drained.
 * Rejects if the stream fails or closes first, so a broken disk never leaves an export hanging.
 */
export async function waitForDrain(stream: Writable): Promise<void> {
  if (!stream.writableNeedDrain) return;
  if (stream.destroyed) throw stream.errored ?? new Error('The stream was destroyed before it drained');
  const controller = new AbortController();
  try {
    await Promise.race([
      once(stream, 'drain', { signal: controller.signal }),
      once(stream, 'close', { signal: controller.signal }).then(() => {
        throw new Error('The stream closed before it drained');
      }),
    ]);
  } finally {
    controller.abort();
  }
}

/** Lets the event loop run I/O callbacks (an in-memory async iterable never does). */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
