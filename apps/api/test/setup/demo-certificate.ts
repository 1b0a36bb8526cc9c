import { copyFileSync, existsSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ensureDemoCertificate } from '../../src/demo/demo-organiser-key';
import { RUN_DIR_ENV } from './run-directory';

/*
 * The demo's self-signed certificate (demo/demo-organiser-key.ts) costs about 1.3 s of CPU at every
 * first start (an RSA key, then signing and PKCS#12 in JavaScript), and test apps start about a
 * hundred times a run. The first test app of a run makes it into the run's directory; every fresh
 * data dir gets a copy, which the app's start finds and keeps, as a restarted server does. The
 * demo's organiser key pair, accounts and server secret stay each app's own; tests of a real first
 * start ask the harness for an empty data dir.
 */
export function copyDemoCertificate(dataDir: string): void {
  const runDir = process.env[RUN_DIR_ENV];
  if (!runDir) return; // no globalSetup (another runner): the app makes its own
  const shared = join(runDir, 'demo-certificate');
  if (!existsSync(shared)) {
    // Made aside, then renamed into place whole: two workers may race, one wins, both read a complete pair.
    const making = mkdtempSync(join(runDir, 'demo-certificate-'));
    ensureDemoCertificate(making);
    try {
      renameSync(making, shared);
    } catch {
      rmSync(making, { recursive: true, force: true });
    }
  }
  for (const file of readdirSync(shared)) copyFileSync(join(shared, file), join(dataDir, file));
}
