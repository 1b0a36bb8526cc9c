import { createHash } from 'node:crypto';
import { Transform, type Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ZipFile } from 'yazl';

/** One ZIP entry: a file streamed from disk (opened only when yazl reaches it) or bytes in memory. */
export type ZipEntry =
  | { readonly name: string; readonly open: () => Readable; readonly size: number; readonly compress: boolean }
  | { readonly name: string; readonly data: Buffer; readonly compress: boolean };

export interface WrittenZip {
  readonly bytes: number;
  readonly sha256: string;
}

/**
 * Streams a ZIP of `entries` into `output` (yazl: entries are read one after the other and
 * deflated on the fly, so memory stays flat). Timestamps are `mtime` so that the same export
 * gives the same archive. Resolves when `output` has taken every byte.
 */
export async function writeZip(entries: readonly ZipEntry[], output: Writable, mtime: Date): Promise<WrittenZip> {
  const zip = new ZipFile();
  for (const entry of entries) {
    const options = { mtime, compress: entry.compress, mode: 0o100644 };
    if ('data' in entry) {
      zip.addBuffer(entry.data, entry.name, options);
    } else {
      zip.addReadStreamLazy(entry.name, { ...options, size: entry.size }, (callback) => callback(null, entry.open()));
    }
  }
  zip.end();
  const hash = createHash('sha256');
  let bytes = 0;
  const measure = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      hash.update(chunk);
      bytes += chunk.length;
      callback(null, chunk);
    },
  });
  await pipeline(zip.outputStream as unknown as Readable, measure, output);
  return { bytes, sha256: hash.digest('hex') };
}
