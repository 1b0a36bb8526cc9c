import { ConfigError } from './platform/config/app-config';
import { DataDirectoryLockedError } from './platform/database/embedded-postgres';
import { createApp } from './bootstrap';

async function main(): Promise<void> {
  const running = await createApp({ env: process.env });
  const { app, config, log, embedded, demo } = running;
  await app.listen({ port: config.port, host: config.host });
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}/`;
  log.info({ url, database: embedded ? 'embedded' : 'postgresql', dataDir: embedded ? config.dataDir : undefined }, 'listening');
  process.stdout.write(
    `\nECI signature collector is running: ${url}\n` +
      (embedded ? `Embedded database in ${config.dataDir} (set DATABASE_URL to use a PostgreSQL server)\n` : '') +
      `API documentation: ${url}api/docs\n` +
      (demo?.initiatives
        ? `Demo initiatives created (demonstrations: statements given there have no legal effect):\n` +
          `  ${url}en/demo       signing page of an initiative registered in 2022 (own online collection)\n` +
          `  ${url}en/demo-cocs  an initiative registered in 2025: online statements go to the Commission's COCS\n`
        : '') +
      (demo?.key
        ? `Demo organisers' private key (to decrypt statements): ${demo.key.keyFile}\n` +
          `  passphrase in ${demo.key.passphraseFile}\n` +
          (demo.certificate ? `Demo signing certificate for exports: ${demo.certificate.p12File} (passphrase in ${demo.certificate.passphraseFile})\n` : '')
        : '') +
      (demo?.accounts
        ? `Demo accounts (also in ${demo.accountsFile}):\n` +
          demo.accounts.map((a) => `  ${a.role}: ${a.email} / ${a.password}\n`).join('') +
          `Console: ${url}en/console (sign in with these accounts)\n`
        : '') +
      '\n',
  );
  const stop = (signal: string) => {
    log.info({ signal }, 'shutting down');
    running.close().then(
      () => process.exit(0),
      (error) => {
        log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof DataDirectoryLockedError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    process.stderr.write(`Startup failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  }
  process.exit(1);
});
