/* eslint-disable no-restricted-imports -- Test helpers: the specs read the files an export
   produced (and the encrypted work files an export leaves while it runs), and hand files to
   openssl, pdftoppm and pdfsig. The library itself does its I/O in
   src/io.ts only. */
import { execFileSync, spawnSync } from 'node:child_process';
import { accessSync, closeSync, constants, existsSync, lstatSync, mkdirSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, isAbsolute, join } from 'node:path';

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

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Fails the calling test when `command` (a name looked up on PATH, or an absolute path) is not
 * installed, naming the Debian package that provides it. Call it first thing in the test body:
 * a missing tool is a broken machine, never a reason to skip (.ci/run installs them all).
 */
export function requireTool(command: string, debianPackage: string = command): void {
  const found = isAbsolute(command) ? isExecutable(command) : (process.env.PATH ?? '').split(delimiter).some((dir) => dir !== '' && isExecutable(join(dir, command)));
  if (!found) throw new Error(`${command} is missing: apt-get install ${debianPackage}`);
}

export const OPENSSL = 'openssl';
export const PDFTOPPM = 'pdftoppm';
export const PDFSIG = 'pdfsig';

/** Runs a tool; returns its exit status and output (never throws on a non-zero status). */
export function runTool(tool: string, args: readonly string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(tool, args, { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function runToolOrThrow(tool: string, args: readonly string[]): string {
  return execFileSync(tool, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}
