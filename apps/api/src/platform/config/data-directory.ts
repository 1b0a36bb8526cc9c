import { chmodSync, lstatSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The data directory holds the embedded database, the server secret and the demo's key files: only
 * the server's own user may enter it. Created 0700; an existing one (made by hand, restored from a
 * backup, unpacked with another umask) is brought back to 0700, and everything in it to 0700
 * (directories) or 0600 (files). Symbolic links are left alone (their mode means nothing).
 * Returns how many entries were tightened.
 */
export function secureDataDirectory(dir: string): number {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  let tightened = 0;
  const pending = [dir];
  while (pending.length > 0) {
    const current = pending.pop() as string;
    if (tighten(current, 0o700)) tightened++;
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) pending.push(path);
      else if (entry.isFile() && tighten(path, 0o600)) tightened++;
    }
  }
  return tightened;
}

function tighten(path: string, mode: number): boolean {
  const current = lstatSync(path).mode & 0o777;
  if ((current & 0o077) === 0) return false;
  chmodSync(path, current & mode);
  return true;
}
