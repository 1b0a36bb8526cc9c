import { mkdtempSync, mkdirSync, openSync, closeSync, writeSync, readFileSync, unlinkSync, chmodSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

/** Connections the API opens to the embedded database (see docs/embedded-database.md: more is unsafe). */
export const EMBEDDED_POOL_SIZE = 1;

export class DataDirectoryLockedError extends Error {
  constructor(dir: string, pid: number) {
    super(
      `ECI_DATA_DIR ${dir} is in use by another process (pid ${pid}). ` +
        'The embedded database cannot be shared: stop that process or choose another ECI_DATA_DIR.',
    );
    this.name = 'DataDirectoryLockedError';
  }
}

/**
 * PostgreSQL in the API process (PGlite), reached through a Unix socket in a 0700 directory so
 * that the ordinary `pg` driver, TypeORM and the same migrations serve it and a real server alike.
 * The socket server has no authentication: the directory permissions are the access control.
 */
export class EmbeddedPostgres {
  private constructor(
    private readonly db: PGlite,
    private readonly server: PGLiteSocketServer,
    private readonly socketDir: string,
    private readonly lockFile: string,
  ) {}

  static async start(dataDir: string): Promise<EmbeddedPostgres> {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    const lockFile = join(dataDir, 'embedded-postgres.lock');
    acquireLock(lockFile, dataDir);
    try {
      // Unix socket paths are limited to ~107 bytes; a deep data dir gets a private temp dir instead.
      let socketDir = join(dataDir, 'run');
      if (join(socketDir, '.s.PGSQL.5432').length > 100) socketDir = mkdtempSync(join(tmpdir(), 'eci-pg-'));
      mkdirSync(socketDir, { recursive: true, mode: 0o700 });
      chmodSync(socketDir, 0o700);
      const socketPath = join(socketDir, '.s.PGSQL.5432');
      if (existsSync(socketPath)) unlinkSync(socketPath); // left over by a killed process (we hold the lock)
      const db = await PGlite.create(join(dataDir, 'pgdata'));
      const server = new PGLiteSocketServer({ db, path: socketPath, maxConnections: EMBEDDED_POOL_SIZE + 1 });
      await server.start();
      return new EmbeddedPostgres(db, server, socketDir, lockFile);
    } catch (error) {
      releaseLock(lockFile);
      throw error;
    }
  }

  /** A connection string for `pg`: host is the socket directory, as libpq expects. */
  get url(): string {
    return `postgresql://postgres@localhost/postgres?host=${encodeURIComponent(this.socketDir)}`;
  }

  get socketDirectory(): string {
    return this.socketDir;
  }

  private stopped = false;

  /** Stop serving, then close the database files, then release the data directory. Idempotent. */
  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    try {
      await this.server.stop();
    } finally {
      try {
        await this.db.close();
      } finally {
        releaseLock(this.lockFile);
      }
    }
  }
}

function acquireLock(lockFile: string, dataDir: string): void {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockFile, 'wx', 0o600);
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number(readFileSync(lockFile, 'utf8').trim());
      if (Number.isInteger(holder) && holder > 0 && holder !== process.pid && isAlive(holder)) {
        throw new DataDirectoryLockedError(dataDir, holder);
      }
      if (holder === process.pid) throw new DataDirectoryLockedError(dataDir, holder);
      unlinkSync(lockFile); // stale: its process is gone
    }
  }
  throw new Error(`Could not take the lock ${lockFile}`);
}

function releaseLock(lockFile: string): void {
  try {
    if (readFileSync(lockFile, 'utf8').trim() === String(process.pid)) unlinkSync(lockFile);
  } catch {
    /* already gone */
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
