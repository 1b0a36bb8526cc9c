/* eslint-disable no-restricted-imports -- Test helpers: the specs read the files an export
   produced (and the encrypted work files an export leaves while it runs), and hand files to
   openssl, pdftoppm and pdfsig. The library itself does its I/O in
   src/io.ts only. */
import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, existsSync, lstatSync, mkdirSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export { closeSync, existsSync, lstatSync, mkdirSync, openSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync };

/** Every regular file under `dir`, recursively. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path) : entry.isFile() ? [path] : [];
  });
}

/** A fresh temporary directory; remove it with `removeDir`. */
export function makeTempDir(prefix = 'eci-exports-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

export function hasTool(path: string): boolean {
  return existsSync(path);
}

export const OPENSSL = '/usr/bin/openssl';
export const PDFTOPPM = '/usr/bin/pdftoppm';
export const PDFSIG = '/usr/bin/pdfsig';

/** Runs a tool; returns its exit status and output (never throws on a non-zero status). */
export function runTool(tool: string, args: readonly string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(tool, args, { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function runToolOrThrow(tool: string, args: readonly string[]): string {
  return execFileSync(tool, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}
