import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * One temporary directory per jest run, shared by its workers (made by globalSetup, named in
 * RUN_DIR_ENV, removed by globalTeardown): what is made once a run and copied into each test
 * app's data dir lives there (setup/embedded-template.ts, setup/demo-certificate.ts).
 */
export const RUN_DIR_ENV = 'ECI_TEST_RUN_DIR';

export function makeRunDirectory(): string {
  process.env[RUN_DIR_ENV] ??= mkdtempSync(join(tmpdir(), 'eci-test-run-'));
  return process.env[RUN_DIR_ENV];
}

export function removeRunDirectory(): void {
  const dir = process.env[RUN_DIR_ENV];
  if (dir) rmSync(dir, { recursive: true, force: true });
  delete process.env[RUN_DIR_ENV];
}
