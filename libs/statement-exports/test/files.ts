/* eslint-disable no-restricted-imports -- Test helpers: the specs read the files an export
   produced, and hand files to openssl, pdftoppm and pdfsig. The library itself does its I/O in
   src/io.ts only. */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync };

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
