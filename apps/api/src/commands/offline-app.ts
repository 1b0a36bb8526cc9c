import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import { createApp, type RunningApp } from '../bootstrap';

/**
 * The API's services without HTTP, straight on a database — for commands run by organisers and
 * auditors on their own machine (a restored dump, or the embedded data directory of a stopped
 * server). No demo data is created; logs are discarded.
 */
export async function openOfflineApp(options: { databaseUrl?: string; dataDir?: string }): Promise<RunningApp> {
  if (!options.databaseUrl && !options.dataDir) throw new Error('Give --database-url URL, or --data-dir DIR (the embedded database of a stopped server)');
  const quiet = new Writable({ write: (_chunk, _encoding, callback) => callback() });
  return createApp({
    env: {
      NODE_ENV: 'production',
      ...(options.databaseUrl ? { DATABASE_URL: options.databaseUrl } : { ECI_DATA_DIR: options.dataDir }),
      // Exports and audit checks need no server secret (it only keys duplicate detection).
      ECI_SECRET: process.env.ECI_SECRET ?? randomBytes(32).toString('base64'),
      ECI_DEMO: 'off',
      LOG_LEVEL: 'warn',
    },
    logDestination: quiet,
  });
}
