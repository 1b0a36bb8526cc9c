/* eslint-disable no-restricted-imports -- The one module of this library that touches the file
   system: exports of 100,000 statements must not be held in memory, so the PDF and XML are written
   to a private work directory (encrypted, see WorkFile), the PDF is signed in place, and everything
   is removed afterwards. Every other module stays free of I/O. */
import { createHash } from 'node:crypto';
import { close as closeFd, createReadStream, open as openFd, write as writeFd } from 'node:fs';
import { lstat, mkdtemp, open, readdir, readFile, readlink, rm, stat, type FileHandle } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join, sep } from 'node:path';
import { pipeline, Transform, Writable, type Readable } from 'node:stream';
import { EphemeralStreamKey } from '@eci/statement-crypto';
import { waitForDrain } from './streams';

/**
 * Work directories are named `eci-export-{host}-{pid}-{random}`, so that a later start can tell
 * the leftovers of a process that died (removed) from the workspace of a live one (kept), even
 * when several API processes share one temporary directory.
 */
export const WORKSPACE_PREFIX = 'eci-export-';

/** A private temporary directory for one export; `dispose` forgets its keys and removes it. */
export interface Workspace {
  readonly dir: string;
  /** A new file in the workspace, encrypted under a random key of its own held only in memory. */
  file(name: string): WorkFile;
  dispose(): Promise<void>;
}

export async function createWorkspace(parentDir: string): Promise<Workspace> {
  const dir = await mkdtemp(join(parentDir, `${WORKSPACE_PREFIX}${hostTag()}-${process.pid}-`));
  const files: WorkFile[] = [];
  return {
    dir,
    file(name: string) {
      const file = new WorkFile(join(dir, name));
      files.push(file);
      return file;
    },
    async dispose() {
      for (const file of files) file.forget();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

export interface WrittenFile {
  readonly bytes: number;
  readonly sha256: string;
}

/**
 * A temporary file whose bytes on disk are encrypted (XChaCha20, `EphemeralStreamKey`) under a
 * random key that lives only in this object, in memory: after a crash, what is left on disk is
 * noise to anyone, the restarted process included. A stream cipher with a seekable counter lets
 * a byte range be read, and bytes be overwritten in place (the PDF is signed in place), without
 * touching the rest; it works on the buffers in place, so memory stays as it was with clear files.
 * Every file has its own key. Overwriting in place reuses the key stream for those bytes: the
 * signature's placeholders (known filler) become the signature (public), which reveals nothing.
 * The goal is confidentiality at rest; someone who can write to the server's temporary directory
 * while the export runs is not kept out (they could read the process's memory just as well).
 */
export class WorkFile {
  private readonly key = new EphemeralStreamKey();

  constructor(readonly path: string) {}

  /** Creates the file (0600, never over an existing one) and writes it from its start. */
  createWriteStream(): Writable {
    return new EncryptingWriter(this.path, this.key);
  }

  /** Reads the clear bytes of `[start, end)` (the whole file by default) as a stream. */
  createReadStream(range?: { start: number; end: number }): Readable {
    const key = this.key;
    let position = range?.start ?? 0;
    const source = createReadStream(this.path, range ? { start: range.start, end: range.end - 1 } : {});
    const clear = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        try {
          key.xorAt(position, chunk); // a fresh buffer from the file: decrypted in place
        } catch (error) {
          callback(error as Error);
          return;
        }
        position += chunk.length;
        callback(null, chunk);
      },
    });
    pipeline(source, clear, () => undefined); // errors of either end reach the other
    return clear;
  }

  async size(): Promise<number> {
    return (await stat(this.path)).size;
  }

  /** Reads `length` clear bytes at `position` (fewer at the end of the file). */
  async readAt(position: number, length: number): Promise<Buffer> {
    const data = await withHandle(this.path, 'r', async (handle) => {
      const buffer = Buffer.alloc(length);
      const { bytesRead } = await handle.read(buffer, 0, length, position);
      return buffer.subarray(0, bytesRead);
    });
    this.key.xorAt(position, data);
    return data;
  }

  /** Overwrites bytes in place (the file keeps its length). */
  async writeAt(position: number, data: Uint8Array): Promise<void> {
    const encrypted = Buffer.alloc(data.length);
    this.key.xorAt(position, data, encrypted);
    await withHandle(this.path, 'r+', (handle) => writeFully(handle, encrypted, position));
  }

  /** SHA-256 of the clear bytes of `ranges` (`[start, end)`; the whole file by default), streamed. */
  async sha256(ranges?: readonly { start: number; end: number }[]): Promise<WrittenFile> {
    const hash = createHash('sha256');
    let bytes = 0;
    const parts = ranges ?? [{ start: 0, end: await this.size() }];
    for (const range of parts) {
      if (range.end <= range.start) continue;
      for await (const chunk of this.createReadStream(range)) {
        const data = chunk as Buffer;
        hash.update(data);
        bytes += data.length;
      }
    }
    return { bytes, sha256: hash.digest('hex') };
  }

  /** Zeroes the key: the file can no longer be read by anyone. */
  forget(): void {
    this.key.forget();
  }
}

/**
 * Encrypts as it writes, through one reused buffer (the caller's chunks are left untouched);
 * `finish` is emitted once every byte is in the file and the file is closed. Plain `fs` calls on
 * the descriptor, as `fs.WriteStream` makes them: the PDF arrives in many small chunks.
 */
class EncryptingWriter extends Writable {
  private fd: number | undefined;
  private position = 0;
  private scratch = Buffer.alloc(64 * 1024);

  constructor(
    private readonly path: string,
    private readonly key: EphemeralStreamKey,
  ) {
    super();
  }

  override _construct(callback: (error?: Error | null) => void): void {
    openFd(this.path, 'wx', 0o600, (error, fd) => {
      if (error) return callback(error);
      this.fd = fd;
      callback();
    });
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    this.append([chunk], callback);
  }

  override _writev(chunks: { chunk: Buffer }[], callback: (error?: Error | null) => void): void {
    this.append(
      chunks.map((c) => c.chunk),
      callback,
    );
  }

  override _final(callback: (error?: Error | null) => void): void {
    this.closeFd((error) => callback(error));
  }

  override _destroy(error: Error | null, callback: (error?: Error | null) => void): void {
    this.closeFd(() => callback(error));
  }

  private closeFd(callback: (error?: Error | null) => void): void {
    const fd = this.fd;
    this.fd = undefined;
    if (fd === undefined) callback();
    else closeFd(fd, (error) => callback(error));
  }

  /** Encrypts the chunks one after the other into the scratch buffer and writes it. */
  private append(chunks: Buffer[], callback: (error?: Error | null) => void): void {
    const length = chunks.reduce((sum, chunk) => sum + chunk.length, 0);
    if (this.scratch.length < length) this.scratch = Buffer.alloc(length);
    const out = this.scratch;
    try {
      let at = 0;
      for (const chunk of chunks) {
        this.key.xorAt(this.position + at, chunk, out.subarray(at, at + chunk.length));
        at += chunk.length;
      }
    } catch (error) {
      callback(error as Error);
      return;
    }
    const fd = this.fd as number;
    const start = this.position;
    this.position += length;
    // The next write waits for this callback, so the scratch buffer is free again by then.
    const writeFrom = (done: number): void => {
      if (done === length) return callback();
      writeFd(fd, out, done, length - done, start + done, (error, written) => (error ? callback(error) : writeFrom(done + written)));
    };
    writeFrom(0);
  }
}

async function writeFully(handle: FileHandle, data: Uint8Array, position: number): Promise<void> {
  for (let done = 0; done < data.length; ) {
    const { bytesWritten } = await handle.write(data, done, data.length - done, position + done);
    done += bytesWritten;
  }
}

async function withHandle<T>(path: string, flags: string, use: (handle: FileHandle) => Promise<T>): Promise<T> {
  const handle = await open(path, flags);
  try {
    return await use(handle);
  } finally {
    await handle.close();
  }
}

/**
 * A file written as text chunks arrive: small chunks are gathered into blocks, each block is
 * hashed and written, and `write` waits for the disk when the stream's buffer is full.
 */
export class FileSink {
  private readonly stream: Writable;
  private readonly hash = createHash('sha256');
  private pending: string[] = [];
  private pendingLength = 0;
  private bytes = 0;
  private failure: Error | undefined;

  constructor(
    file: WorkFile,
    private readonly blockSize = 256 * 1024,
  ) {
    this.stream = file.createWriteStream();
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

/** A file shipped next to the compiled module (the XSD). */
export function readPackagedFile(directory: string, name: string): Promise<string> {
  return readFile(join(directory, name), 'utf8');
}

/** The host name as it appears in workspace names (letters, digits, dots; no dashes). */
function hostTag(): string {
  return (
    hostname()
      .toLowerCase()
      .replace(/[^a-z0-9.]/g, '_')
      .slice(0, 64) || 'host'
  );
}

const CURRENT_NAME = /^(?<host>[a-z0-9._]{1,64})-(?<pid>[1-9][0-9]{0,9})-[A-Za-z0-9]{6}$/;
/** `mkdtemp('eci-export-')` of the versions that wrote the PDF and XML in clear. */
const LEGACY_NAME = /^[A-Za-z0-9]{6}$/;
/** Without /proc, a legacy workspace changed this recently may still be in use. */
const LEGACY_QUIET_MS = 10 * 60 * 1000;

/**
 * Removes the workspaces that interrupted exports left in `parentDir` (a crash, `kill -9`, a
 * power cut): those named for this host and a process that no longer runs, and those of earlier
 * versions (which hold clear PDF and XML) unless a running process still has a file open in them.
 * Workspaces of live processes, of other hosts sharing the directory, and anything not owned by
 * this user are left alone. Returns how many were removed.
 */
export async function removeWorkspaceLeftovers(parentDir: string): Promise<number> {
  let names: string[];
  try {
    names = (await readdir(parentDir)).filter((name) => name.startsWith(WORKSPACE_PREFIX));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 0;
    throw error;
  }
  let inUse: Set<string> | undefined;
  let removed = 0;
  for (const name of names) {
    const path = join(parentDir, name);
    const rest = name.slice(WORKSPACE_PREFIX.length);
    const current = CURRENT_NAME.exec(rest);
    if (current) {
      const pid = Number(current.groups?.pid);
      if (current.groups?.host !== hostTag() || pid === process.pid || processIsAlive(pid)) continue;
    } else if (LEGACY_NAME.test(rest)) {
      inUse ??= await directoriesWithOpenFiles();
      if (inUse ? [...inUse].some((dir) => dir === path || dir.startsWith(path + sep)) : await changedSince(path, Date.now() - LEGACY_QUIET_MS)) continue;
    } else {
      continue;
    }
    const info = await lstat(path).catch(() => undefined);
    if (!info?.isDirectory() || (typeof process.getuid === 'function' && info.uid !== process.getuid())) continue;
    await rm(path, { recursive: true, force: true });
    removed += 1;
  }
  return removed;
}

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * The directories in which some process (that this user may inspect) has a file open or its
 * working directory, from /proc; `undefined` where there is no /proc.
 */
async function directoriesWithOpenFiles(): Promise<Set<string> | undefined> {
  let pids: string[];
  try {
    pids = (await readdir('/proc')).filter((entry) => /^[0-9]+$/.test(entry));
  } catch {
    return undefined;
  }
  const dirs = new Set<string>();
  const add = (target: string) => {
    const cut = target.lastIndexOf(sep);
    if (target.startsWith(sep)) dirs.add(target);
    if (cut > 0) dirs.add(target.slice(0, cut));
  };
  for (const pid of pids) {
    const fds = await readdir(`/proc/${pid}/fd`).catch(() => [] as string[]);
    for (const fd of fds) add(await readlink(`/proc/${pid}/fd/${fd}`).catch(() => ''));
    add(await readlink(`/proc/${pid}/cwd`).catch(() => ''));
  }
  return dirs;
}

/** Whether anything under `path` (itself included) was modified after `since` (ms). */
async function changedSince(path: string, since: number): Promise<boolean> {
  const info = await lstat(path).catch(() => undefined);
  if (!info) return false;
  if (info.mtimeMs > since) return true;
  if (!info.isDirectory()) return false;
  for (const entry of await readdir(path).catch(() => [] as string[])) {
    if (await changedSince(join(path, entry), since)) return true;
  }
  return false;
}
