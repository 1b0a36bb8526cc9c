import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { decryptKeyFile, encryptKeyFile, generateKeyPair, parseKeyFile } from '@eci/statement-crypto';
import { parseOptions, readSecret } from './prompt';

const USAGE = `Organisers' key pair for sealing statements of support.

  npm run keys -- generate --out organiser-key.json [--passphrase-file FILE]
      Makes a key pair offline. The private key is written encrypted with your passphrase
      (Argon2id + XSalsa20-Poly1305); the public key is printed: give only that to the server.
  npm run keys -- public-key organiser-key.json
      Prints the public key of a key file.
  npm run keys -- check organiser-key.json [--passphrase-file FILE]
      Checks that the passphrase opens the key file.
`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const { positional, options } = parseOptions(rest);
  const passphraseFile = typeof options['passphrase-file'] === 'string' ? options['passphrase-file'] : undefined;
  switch (command) {
    case 'generate': {
      const out = typeof options.out === 'string' ? options.out : positional[0];
      if (!out) return usage('generate needs --out FILE');
      if (existsSync(out)) return fail(`${out} exists: refusing to overwrite a key file`);
      const passphrase = await readSecret('Passphrase for the new key file: ', passphraseFile);
      if (!passphraseFile && (await readSecret('Repeat the passphrase: ')) !== passphrase) return fail('The passphrases differ');
      if (passphrase.length < 12) return fail('Choose a passphrase of at least 12 characters');
      const keys = generateKeyPair();
      writeFileSync(out, JSON.stringify(encryptKeyFile(keys, passphrase), null, 2) + '\n', { mode: 0o600, flag: 'wx' });
      process.stdout.write(`Private key written to ${out} (keep it offline, with its passphrase).\nPublic key: ${Buffer.from(keys.publicKey).toString('base64')}\n`);
      return 0;
    }
    case 'public-key': {
      if (!positional[0]) return usage('public-key needs a key file');
      process.stdout.write(parseKeyFile(readFileSync(positional[0], 'utf8')).publicKey + '\n');
      return 0;
    }
    case 'check': {
      if (!positional[0]) return usage('check needs a key file');
      const keys = decryptKeyFile(readFileSync(positional[0], 'utf8'), await readSecret('Passphrase: ', passphraseFile));
      process.stdout.write(`OK: the passphrase opens the key file (public key ${Buffer.from(keys.publicKey).toString('base64')}).\n`);
      return 0;
    }
    default:
      return usage(command ? `unknown command ${command}` : undefined);
  }
}

function usage(problem?: string): number {
  if (problem) process.stderr.write(`${problem}\n\n`);
  process.stderr.write(USAGE);
  return 2;
}

function fail(message: string): number {
  process.stderr.write(`${message}\n`);
  return 1;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
