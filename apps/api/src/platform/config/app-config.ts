import { resolve } from 'node:path';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { EnvironmentVariables } from './environment-variables';

/** The typed, grouped configuration every part of the API reads. Built once, at startup. */
export interface AppConfig {
  production: boolean;
  port: number;
  host: string;
  /** PostgreSQL connection string; `undefined` means: run the embedded database. */
  databaseUrl?: string;
  dataDir: string;
  /**
   * The server secret from which duplicate-detection and CAPTCHA keys are derived. It must live
   * outside the database. `undefined` with the embedded database: a 0600 file in `dataDir`.
   */
  secret?: string;
  webDir: string;
  /** Organiser credential for the organiser API until accounts exist; `undefined` = organiser API closed. */
  adminToken?: string;
  captcha: boolean;
  /** Signing requests per client IP and minute; 0 = no limit. */
  rateLimitPerMinute: number;
  demo: boolean;
  /** Reverse proxies whose X-Forwarded-For is believed (for the per-IP rate limit); `false` = none. */
  trustProxy: false | string;
  logLevel: string;
  /** A request's headers and body must arrive within this many seconds (slow senders are cut off). */
  requestTimeoutSeconds: number;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Validates the environment and returns the typed config, or throws a ConfigError that names
 * every bad setting (never echoing the value: some settings are secrets).
 */
export function loadConfig(env: NodeJS.ProcessEnv | Record<string, string | undefined>): AppConfig {
  const raw = plainToInstance(EnvironmentVariables, { ...env }, { enableImplicitConversion: false });
  const problems: string[] = [];
  for (const error of validateSync(raw, { whitelist: false, forbidUnknownValues: false })) {
    const constraints = Object.values(error.constraints ?? {});
    problems.push(`${error.property}: ${constraints.join('; ')}`);
  }
  const production = raw.NODE_ENV === 'production';
  if (production && raw.ECI_CAPTCHA === 'off') {
    problems.push('ECI_CAPTCHA: "off" is refused when NODE_ENV=production (bots would sign unchecked)');
  }
  if (production && raw.ECI_DEMO === 'on') {
    problems.push('ECI_DEMO: "on" is refused when NODE_ENV=production (the demo key pair and credentials are not for real data)');
  }
  for (const name of ['ECI_SECRET', 'ECI_ADMIN_TOKEN'] as const) {
    const value = raw[name];
    if (value && value.length >= 32 && !isStrongSecret(value)) {
      problems.push(`${name}: too easy to guess (spaces, control characters or too few distinct characters); use e.g. \`openssl rand -base64 32\``);
    }
  }
  if (raw.DATABASE_URL && !raw.ECI_SECRET) {
    problems.push('ECI_SECRET: required when DATABASE_URL is set (the server secret must live outside the database)');
  }
  if (problems.length > 0) throw new ConfigError(problems);

  return {
    production,
    port: raw.PORT === undefined ? 3000 : Number(raw.PORT),
    host: raw.HOST ?? '127.0.0.1',
    databaseUrl: raw.DATABASE_URL || undefined,
    dataDir: resolve(raw.ECI_DATA_DIR ?? './.data'),
    secret: raw.ECI_SECRET || undefined,
    webDir: resolve(raw.ECI_WEB_DIR ?? './dist/web'),
    adminToken: raw.ECI_ADMIN_TOKEN || undefined,
    captcha: (raw.ECI_CAPTCHA ?? 'on') === 'on',
    rateLimitPerMinute: raw.ECI_RATE_LIMIT_PER_MINUTE === undefined ? 30 : Number(raw.ECI_RATE_LIMIT_PER_MINUTE),
    demo: raw.ECI_DEMO === undefined ? !production : raw.ECI_DEMO === 'on',
    trustProxy: !raw.ECI_TRUST_PROXY || raw.ECI_TRUST_PROXY === 'off' ? false : raw.ECI_TRUST_PROXY === 'loopback' ? '127.0.0.1/8,::1/128' : raw.ECI_TRUST_PROXY,
    logLevel: raw.LOG_LEVEL ?? 'info',
    requestTimeoutSeconds: raw.ECI_REQUEST_TIMEOUT_SECONDS === undefined ? 30 : Number(raw.ECI_REQUEST_TIMEOUT_SECONDS),
  };
}

/** Bits a secret must carry at least, estimated from the frequency of its characters. */
const MIN_SECRET_BITS = 100;

/**
 * A secret fit to key HMACs and to act as a credential: no whitespace or control characters, and at
 * least MIN_SECRET_BITS estimated from its characters' frequencies (length × Shannon entropy per
 * character). A floor against evident mistakes (32 spaces, one character repeated, "abab…"), not a
 * proof of randomness: 32 random bytes in base64 carry about 215 bits by this estimate.
 */
export function isStrongSecret(value: string): boolean {
  if (/[\s\p{Cc}]/u.test(value)) return false;
  const counts = new Map<string, number>();
  for (const char of value) counts.set(char, (counts.get(char) ?? 0) + 1);
  const length = [...value].length;
  let bits = 0;
  for (const n of counts.values()) bits -= n * Math.log2(n / length);
  return bits >= MIN_SECRET_BITS;
}
