import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { decryptKeyFile, encryptKeyFile, generateKeyPair, keyFileText, MIN_PASSPHRASE_LENGTH, parseKeyFile } from '@eci/statement-crypto';
import { fail, parseOptions, readSecret, run, usage } from './command-line';

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
      if (!out) return usage(USAGE, 'generate needs --out FILE');
      if (existsSync(out)) return fail(`${out} exists: refusing to overwrite a key file`);
      const passphrase = await readSecret('Passphrase for the new key file: ', passphraseFile);
      if (!passphraseFile && (await readSecret('Repeat the passphrase: ')) !== passphrase) return fail('The passphrases differ');
      if (passphrase.length < MIN_PASSPHRASE_LENGTH) return fail(`Choose a passphrase of at least ${MIN_PASSPHRASE_LENGTH} characters`);
      const keys = generateKeyPair();
      writeFileSync(out, keyFileText(encryptKeyFile(keys, passphrase)), { mode: 0o600, flag: 'wx' });
      process.stdout.write(`Private key written to ${out} (keep it offline, with its passphrase).\nPublic key: ${Buffer.from(keys.publicKey).toString('base64')}\n`);
      return 0;
    }
    case 'public-key': {
      if (!positional[0]) return usage(USAGE, 'public-key needs a key file');
      process.stdout.write(parseKeyFile(readFileSync(positional[0], 'utf8')).publicKey + '\n');
      return 0;
    }
    case 'check': {
      if (!positional[0]) return usage(USAGE, 'check needs a key file');
      const keys = decryptKeyFile(readFileSync(positional[0], 'utf8'), await readSecret('Passphrase: ', passphraseFile));
      process.stdout.write(`OK: the passphrase opens the key file (public key ${Buffer.from(keys.publicKey).toString('base64')}).\n`);
      return 0;
    }
    default:
      return usage(USAGE, command ? `unknown command ${command}` : undefined);
  }
}



run(main);
