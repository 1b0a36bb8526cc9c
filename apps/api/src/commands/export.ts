import { createWriteStream, readFileSync } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { apiPath } from '@eci/api-contract';
import { ExportsService } from '../exports/exports.service';
import { DomainError } from '../platform/errors/domain-error';
import { openApiSession, type ApiSession } from './api-session';
import { openOfflineApp } from './offline-app';
import { fail, parseOptions, readSecret, run, usage } from './command-line';

const USAGE = `Certified export of one member state's statements (ZIP: signed PDF, XML, signed manifest).

Offline, on your machine, from a database (a restored dump, or the data directory of a stopped
embedded server) — the organisers' key never reaches a server:
  npm run export -- --country PL --key organiser-key.json --certificate organisers.p12 \\
                    (--database-url URL | --data-dir DIR) [--initiative demo] [--language fr] [--out statements-PL.zip]
Through a running server, as an auditor:
  npm run export -- --country PL --key organiser-key.json --certificate organisers.p12 \\
                    --api http://127.0.0.1:3000 --email auditor@example.org [--initiative demo] [--language fr] [--out FILE]

--language: the PDF's language, one of the member state's official EU languages (BE nl/fr/de,
IE ga/en, LU fr/de, MT mt/en, FI fi/sv); default its first.

Passphrases are asked on the terminal (or --passphrase-file / --certificate-passphrase-file,
--password-file for the account).
`;

export async function exportCommand(argv: string[]): Promise<number> {
  const { options } = parseOptions(argv);
  const str = (name: string) => (typeof options[name] === 'string' ? (options[name] as string) : undefined);
  const country = str('country');
  const keyPath = str('key');
  const certificatePath = str('certificate');
  if (!country || !keyPath || !certificatePath) return usage(USAGE, '--country, --key and --certificate are required');
  const initiative = str('initiative') ?? 'demo';
  const language = str('language');
  const out = str('out') ?? `statements-${country.toUpperCase()}.zip`;
  const keyFile = JSON.parse(readFileSync(keyPath, 'utf8')) as Record<string, unknown>;
  const certificate = readFileSync(certificatePath);
  const passphrase = await readSecret('Passphrase of the organisers’ key file: ', str('passphrase-file'));
  const certificatePassphrase = await readSecret('Passphrase of the certificate: ', str('certificate-passphrase-file'));

  if (str('api')) {
    const api = (str('api') as string).replace(/\/$/, '');
    const email = str('email');
    if (!email) return usage(USAGE, '--email is required with --api');
    const password = await readSecret(`Password of ${email}: `, str('password-file'));
    let session: ApiSession;
    try {
      session = await openApiSession(api, email, password);
    } catch (error) {
      return fail((error as Error).message);
    }
    const res = await fetch(`${api}${apiPath('exportCountry', { slug: initiative, country })}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...session.headers },
      body: JSON.stringify({ keyFile, passphrase, certificate: certificate.toString('base64'), certificatePassphrase, language }),
    });
    if (!res.ok || !res.body) return fail(`Export refused (${res.status}): ${await res.text()}`);
    await pipeline(res.body as unknown as NodeJS.ReadableStream, createWriteStream(out, { mode: 0o600 }));
    process.stdout.write(`Written ${out} (SHA-256 ${res.headers.get('x-content-sha256')})\n`);
    return 0;
  }

  const running = await openOfflineApp({ databaseUrl: str('database-url'), dataDir: str('data-dir') });
  try {
    const finished = await running.app.get(ExportsService).exportCountry('command', initiative, country, {
      keyFile,
      passphrase,
      certificate: new Uint8Array(certificate),
      certificatePassphrase,
    }, { language });
    // The ZIP waited encrypted in a temporary directory; it is in clear only in the chosen file.
    try {
      await pipeline(finished.open(), createWriteStream(out, { mode: 0o600 }));
    } finally {
      await finished.discard(); // before the process exits
    }
    process.stdout.write(`Written ${out} (${finished.bytes} bytes, SHA-256 ${finished.sha256})\n`);
    return 0;
  } catch (error) {
    if (error instanceof DomainError) return fail(`Export refused: ${error.items.map((i) => `${i.field ?? '-'}: ${i.code}`).join(', ')}`);
    throw error;
  } finally {
    await running.close();
  }
}



if (require.main === module) run(exportCommand);
