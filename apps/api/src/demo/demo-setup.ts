import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from 'pino';
import { AccountsService } from '../accounts/accounts.service';
import type { AppConfig } from '../platform/config/app-config';
import { InitiativesService } from '../initiatives/initiatives.service';
import { ensureDemoCertificate, ensureDemoOrganiserKey, type DemoCertificateFiles, type DemoKeyFiles } from './demo-organiser-key';

export interface DemoCredentials {
  email: string;
  password: string;
  /** The account's role, held on the demo initiative. */
  role: 'organiser' | 'auditor';
  initiative: string;
}

/** The slug of the demo initiative (`demoInitiative`). */
const DEMO_SLUG = 'demo';

async function demoExists(initiatives: InitiativesService): Promise<boolean> {
  return initiatives.getBySlug(DEMO_SLUG).then(
    () => true,
    () => false,
  );
}

/** What a first start of the demo made, to print once. */
export interface DemoSetup {
  key?: DemoKeyFiles;
  certificate?: DemoCertificateFiles;
  accounts?: DemoCredentials[];
  accountsFile?: string;
}

/**
 * First start with `ECI_DEMO=on`: the demo initiative with its organisers' key pair (when the
 * database holds no initiative), and one organiser and one auditor account with random passwords
 * and their roles on the demo initiative (when the database holds no account), written to a 0600
 * file in the data directory. Demo only: refused in production by the configuration.
 */
export async function createDemoIfEmpty(initiatives: InitiativesService, accounts: AccountsService, config: AppConfig, log: Logger): Promise<DemoSetup> {
  const setup: DemoSetup = {};
  if (await initiatives.isEmpty()) {
    setup.key = await ensureDemoOrganiserKey(config.dataDir);
    setup.certificate = ensureDemoCertificate(config.dataDir);
    const demo = await initiatives.createDemo(setup.key.publicKey);
    log.info({ slug: demo.slug, keyFile: setup.key.keyFile, passphraseFile: setup.key.passphraseFile }, 'created the demo initiative and its organiser key pair');
  }
  if ((await accounts.isEmpty()) && (await demoExists(initiatives))) {
    const initiative = DEMO_SLUG;
    setup.accounts = [
      { email: 'organiser@demo.invalid', password: randomBytes(12).toString('base64url'), role: 'organiser', initiative },
      { email: 'auditor@demo.invalid', password: randomBytes(12).toString('base64url'), role: 'auditor', initiative },
    ];
    for (const a of setup.accounts) await accounts.create('system', a.initiative, a.email, a.role, a.password);
    setup.accountsFile = join(config.dataDir, 'demo-accounts.json');
    writeFileSync(setup.accountsFile, JSON.stringify(setup.accounts, null, 2) + '\n', { mode: 0o600 });
    log.info({ accountsFile: setup.accountsFile }, 'created the demo organiser and auditor accounts');
  }
  return setup;
}
