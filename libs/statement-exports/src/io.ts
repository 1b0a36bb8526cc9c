/* eslint-disable no-restricted-imports -- The one module of this library that touches the file
   system: exports of 100,000 statements must not be held in memory, so the PDF and XML are written
   to a private work directory, the PDF is signed in place, and everything is removed afterwards.
   Every other module stays free of I/O. */
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { mkdtemp, open, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { waitForDrain } from './streams';

/** A private temporary directory for one export; `dispose` removes it and everything in it. */
export interface Workspace {
  readonly dir: string;
  path(name: string): string;
  dispose(): Promise<void>;
}

export async function createWorkspace(workDir: string): Promise<Workspace> {
  const dir = await mkdtemp(join(workDir, 'eci-export-'));
  return {
    dir,
    path: (name: string) => join(dir, name),
    dispose: () => rm(dir, { recursive: true, force: true }),
  };
}

export interface WrittenFile {
  readonly bytes: number;
  readonly sha256: string;
}

/**
 * A file written as text chunks arrive: small chunks are gathered into blocks, each block is
 * hashed and written, and `write` waits for the disk when the stream's buffer is full.
 */
export class FileSink {
  private readonly stream: WriteStream;
  private readonly hash = createHash('sha256');
  private pending: string[] = [];
  private pendingLength = 0;
  private bytes = 0;
  private failure: Error | undefined;

  constructor(
    path: string,
    private readonly blockSize = 256 * 1024,
  ) {
    this.stream = createWriteStream(path);
    this.stream.on('error', (error) => {
      this.failure = error;
    });
  }

  async write(text: string): Promise<void> {
    this.pending.push(text);
    this.pendingLength += text.length;
    if (this.pendingLength >= this.blockSize) await this.flush();
  }

  async close(): Promise<WrittenFile> {
    await this.flush();
    await new Promise<void>((resolve, reject) => {
      this.stream.once('error', reject);
      this.stream.end(() => resolve());
    });
    this.throwIfFailed();
    return { bytes: this.bytes, sha256: this.hash.digest('hex') };
  }

  /** Closes the file after a failure elsewhere (its content no longer matters). */
  abort(): void {
    this.stream.destroy();
  }

  private async flush(): Promise<void> {
    this.throwIfFailed();
    if (this.pending.length === 0) return;
    const block = Buffer.from(this.pending.join(''), 'utf8');
    this.pending = [];
    this.pendingLength = 0;
    this.hash.update(block);
    this.bytes += block.length;
    if (!this.stream.write(block)) await waitForDrain(this.stream);
    this.throwIfFailed();
  }

  private throwIfFailed(): void {
    if (this.failure) throw this.failure;
  }
}

/** A plain write stream (for the PDF generator, which is itself a readable stream). */
export function openWriteStream(path: string): WriteStream {
  return createWriteStream(path);
}

export function openReadStream(path: string, range?: { start: number; end: number }): Readable {
  return createReadStream(path, range ? { start: range.start, end: range.end - 1 } : {});
}

export async function fileSize(path: string): Promise<number> {
  return (await stat(path)).size;
}

/** Reads `length` bytes at `position` (fewer at the end of the file). */
export async function readAt(path: string, position: number, length: number): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(length);
    const { bytesRead } = await handle.read(buffer, 0, length, position);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** Overwrites bytes in place (the file keeps its length). */
export async function writeAt(path: string, position: number, data: Uint8Array): Promise<void> {
  const handle = await open(path, 'r+');
  try {
    await handle.write(data, 0, data.length, position);
  } finally {
    await handle.close();
  }
}

/** SHA-256 of byte ranges `[start, end)` of a file, read as a stream (memory stays flat). */
export async function sha256OfFile(path: string, ranges?: readonly { start: number; end: number }[]): Promise<WrittenFile> {
  const hash = createHash('sha256');
  let bytes = 0;
  const parts = ranges ?? [{ start: 0, end: await fileSize(path) }];
  for (const range of parts) {
    if (range.end <= range.start) continue;
    for await (const chunk of openReadStream(path, range)) {
      const data = chunk as Buffer;
      hash.update(data);
      bytes += data.length;
    }
  }
  return { bytes, sha256: hash.digest('hex') };
}

/** A file shipped next to the compiled module (the XSD). */
export function readPackagedFile(directory: string, name: string): Promise<string> {
  return readFile(join(directory, name), 'utf8');
}
