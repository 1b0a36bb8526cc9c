import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from 'pino';
import { AccountsService } from '../accounts/accounts.service';
import type { AppConfig } from '../platform/config/app-config';
import { DEMO_SLUGS } from '../initiatives/demo-initiative';
import { InitiativesService } from '../initiatives/initiatives.service';
import { ensureDemoCertificate, ensureDemoOrganiserKey, type DemoCertificateFiles, type DemoKeyFiles } from './demo-organiser-key';

export interface DemoCredentials {
  email: string;
  password: string;
  /** The account's role, held on each demo initiative. */
  role: 'organiser' | 'auditor';
  initiatives: string[];
}

async function demoExists(initiatives: InitiativesService, slug: string): Promise<boolean> {
  return initiatives.getBySlug(slug).then(
    () => true,
    () => false,
  );
}

/** What a first start of the demo made, to print once. */
export interface DemoSetup {
  /** The slugs of the demo initiatives created (`demo` on this signing page, `demo-cocs` through the COCS). */
  initiatives?: string[];
  key?: DemoKeyFiles;
  certificate?: DemoCertificateFiles;
  accounts?: DemoCredentials[];
  accountsFile?: string;
}

/**
 * First start with `ECI_DEMO=on`: the two demo initiatives (`demo`, collecting on this signing
 * page; `demo-cocs`, collecting online on the Commission's COCS) with their organisers' key pair
 * (when the database holds no initiative), and one organiser and one auditor account with random
 * passwords and their roles on both demo initiatives (when the database holds no account), written
 * to a 0600 file in the data directory. Demo only: refused in production by the configuration.
 */
export async function createDemoIfEmpty(initiatives: InitiativesService, accounts: AccountsService, config: AppConfig, log: Logger): Promise<DemoSetup> {
  const setup: DemoSetup = {};
  if (await initiatives.isEmpty()) {
    setup.key = await ensureDemoOrganiserKey(config.dataDir);
    setup.certificate = ensureDemoCertificate(config.dataDir);
    const demos = await initiatives.createDemo(setup.key.publicKey);
    setup.initiatives = demos.map((d) => d.slug);
    log.info({ slugs: setup.initiatives, keyFile: setup.key.keyFile, passphraseFile: setup.key.passphraseFile }, 'created the demo initiatives and their organiser key pair');
  }
  const slugs: string[] = [];
  for (const slug of Object.values(DEMO_SLUGS)) if (await demoExists(initiatives, slug)) slugs.push(slug);
  if ((await accounts.isEmpty()) && slugs.length > 0) {
    setup.accounts = (['organiser', 'auditor'] as const).map((role) => ({ email: `${role}@demo.invalid`, password: randomBytes(12).toString('base64url'), role, initiatives: slugs }));
    for (const a of setup.accounts) {
      const [first, ...others] = a.initiatives;
      await accounts.create('system', first, a.email, a.role, a.password);
      // Without a password: the role on the other initiative, granted to the account just made.
      for (const slug of others) await accounts.create('system', slug, a.email, a.role, undefined);
    }
    setup.accountsFile = join(config.dataDir, 'demo-accounts.json');
    writeFileSync(setup.accountsFile, JSON.stringify(setup.accounts, null, 2) + '\n', { mode: 0o600 });
    log.info({ accountsFile: setup.accountsFile }, 'created the demo organiser and auditor accounts');
  }
  return setup;
}
