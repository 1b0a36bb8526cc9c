import type { PartBStatement } from '@eci/rules';
import sodium from 'sodium-native';
import { defaultBrowserKdfCost, generateOrganiserKeyFile, openOrganiserKeyFile } from './browser';
import {
  InvalidKeyFileError,
  KeyFileCostError,
  MIN_PASSPHRASE_LENGTH,
  PassphraseTooShortError,
  WrongPassphraseError,
  decryptKeyFile,
  decryptKeyFileAsync,
  defaultKdfCost,
  encryptKeyFile,
  generateKeyPair,
  interactiveKdfCost,
  keyFileText,
  openStatement,
  sealStatement,
  sealedPayloadOf,
} from './index';
import { INTERACTIVE_KDF_COST, KEY_FILE_BYTES, MODERATE_KDF_COST, parseKeyFile } from './key-file-format';

/*
 * The key file made in the browser (libsodium.js, browser-key-file.ts) and the one `npm run keys`
 * makes (sodium-native, key-file.ts: `keyFileText(encryptKeyFile(generateKeyPair(), passphrase))`)
 * are one format: each side opens the other's, and a statement sealed to the browser's public key
 * opens with the key pair the command's code takes out of the browser's file.
 */

const passphrase = 'correct horse battery staple';
const statement: PartBStatement = {
  part: 'B',
  nationality: 'PL',
  fullFirstNames: 'Zoë Ágnes',
  familyNames: 'Łukasiewicz',
  signingDate: '2026-09-15',
  idDocumentType: 'national.id.number',
  idDocumentNumber: '44051401458',
};
const payload = sealedPayloadOf('0b6c1f3e-5d4a-4f7e-9a51-2c3d4e5f6a7b', { registrationNumber: 'ECI(2026)000007', slug: 'clean-rivers' }, '2026-09-15', {
  statement,
  idFormatConfirmed: true,
});
const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

describe('organiser key file made in the browser', () => {
  it('opens with the command’s code, and a statement sealed to its public key opens with the key pair inside', async () => {
    const { keyFile, publicKey } = await generateOrganiserKeyFile(passphrase, interactiveKdfCost());
    expect(keyFile.publicKey).toBe(publicKey);

    // What the console downloads is the text the command writes; the command reads it back.
    const keys = decryptKeyFile(keyFileText(keyFile), passphrase);
    expect(b64(keys.publicKey)).toBe(publicKey);
    expect(keys.privateKey).toHaveLength(KEY_FILE_BYTES.privateKey);
    expect(keyFileText(keyFile)).not.toContain(b64(keys.privateKey));
    expect(b64((await decryptKeyFileAsync(keyFile, passphrase)).privateKey)).toBe(b64(keys.privateKey));

    // The server seals with the public key the console sends; an export opens with the file.
    const sealed = sealStatement(payload, Buffer.from(publicKey, 'base64'));
    expect(openStatement(sealed, keys)).toEqual(payload);
  });

  it('has the command’s fields in the command’s order, encodings and lengths', async () => {
    const { keyFile } = await generateOrganiserKeyFile(passphrase, interactiveKdfCost());
    const commandFile = encryptKeyFile(generateKeyPair(), passphrase, interactiveKdfCost());
    expect(Object.keys(keyFile)).toEqual(Object.keys(commandFile));
    expect({ ...keyFile, salt: '', nonce: '', publicKey: '', encryptedPrivateKey: '' }).toEqual({ ...commandFile, salt: '', nonce: '', publicKey: '', encryptedPrivateKey: '' });
    for (const field of ['salt', 'nonce', 'publicKey', 'encryptedPrivateKey'] as const) {
      expect([field, keyFile[field].length, Buffer.from(keyFile[field], 'base64').toString('base64')]).toEqual([field, commandFile[field].length, keyFile[field]]);
    }
    expect(parseKeyFile(keyFileText(keyFile))).toEqual(keyFile);
    expect(keyFileText(keyFile)).toMatch(/^\{\n {2}"format": "eci-organiser-key",\n[\s\S]*\n\}\n$/);
  });

  it('uses the command’s Argon2id cost by default, and the result opens with the command’s code', async () => {
    expect(defaultBrowserKdfCost()).toEqual(defaultKdfCost());
    const { keyFile, publicKey } = await generateOrganiserKeyFile(passphrase);
    expect({ opslimit: keyFile.opslimit, memlimit: keyFile.memlimit }).toEqual(defaultKdfCost());
    expect(b64((await decryptKeyFileAsync(keyFile, passphrase)).publicKey)).toBe(publicKey);
  });

  it('is refused by the command’s code with a wrong passphrase', async () => {
    const { keyFile } = await generateOrganiserKeyFile(passphrase, interactiveKdfCost());
    expect(() => decryptKeyFile(keyFile, 'correct horse battery stapler')).toThrow(WrongPassphraseError);
  });

  it('is not made with a passphrase shorter than the command allows, nor above the allowed cost', async () => {
    await expect(generateOrganiserKeyFile('x'.repeat(MIN_PASSPHRASE_LENGTH - 1), interactiveKdfCost())).rejects.toThrow(PassphraseTooShortError);
    const above = { opslimit: defaultKdfCost().opslimit + 1, memlimit: defaultKdfCost().memlimit };
    await expect(generateOrganiserKeyFile(passphrase, above)).rejects.toThrow(KeyFileCostError);
  });
});

describe('organiser key file made by the command, opened in the browser', () => {
  it('gives the key pair the command put in it', async () => {
    const keys = generateKeyPair();
    const text = keyFileText(encryptKeyFile(keys, passphrase, interactiveKdfCost()));
    const opened = await openOrganiserKeyFile(text, passphrase);
    expect([b64(opened.publicKey), b64(opened.privateKey)]).toEqual([b64(keys.publicKey), b64(keys.privateKey)]);
    expect(openStatement(sealStatement(payload, keys.publicKey), opened)).toEqual(payload);
  });

  it('refuses a wrong passphrase with WrongPassphraseError', async () => {
    const file = encryptKeyFile(generateKeyPair(), passphrase, interactiveKdfCost());
    await expect(openOrganiserKeyFile(file, 'Correct horse battery staple')).rejects.toThrow(WrongPassphraseError);
  });

  it('refuses what is not a key file, a private key that does not match its public key, and a cost above the command’s', async () => {
    await expect(openOrganiserKeyFile('not json', passphrase)).rejects.toThrow(InvalidKeyFileError);
    const file = encryptKeyFile(generateKeyPair(), passphrase, interactiveKdfCost());
    const other = encryptKeyFile(generateKeyPair(), passphrase, interactiveKdfCost());
    await expect(openOrganiserKeyFile({ ...file, publicKey: other.publicKey }, passphrase)).rejects.toThrow(InvalidKeyFileError);
    await expect(openOrganiserKeyFile({ ...file, nonce: file.salt }, passphrase)).rejects.toThrow(InvalidKeyFileError);
    await expect(openOrganiserKeyFile({ ...file, memlimit: 2 ** 30 }, passphrase)).rejects.toThrow(KeyFileCostError);
  });
});

describe('the format’s constants', () => {
  it('are libsodium’s', () => {
    expect(MODERATE_KDF_COST).toEqual({ opslimit: sodium.crypto_pwhash_OPSLIMIT_MODERATE, memlimit: sodium.crypto_pwhash_MEMLIMIT_MODERATE });
    expect(INTERACTIVE_KDF_COST).toEqual(interactiveKdfCost());
    expect(KEY_FILE_BYTES).toEqual({
      salt: sodium.crypto_pwhash_SALTBYTES,
      nonce: sodium.crypto_secretbox_NONCEBYTES,
      publicKey: sodium.crypto_box_PUBLICKEYBYTES,
      privateKey: sodium.crypto_box_SECRETKEYBYTES,
      mac: sodium.crypto_secretbox_MACBYTES,
      key: sodium.crypto_secretbox_KEYBYTES,
    });
    expect([sodium.crypto_pwhash_OPSLIMIT_MIN, sodium.crypto_pwhash_MEMLIMIT_MIN]).toEqual([1, 8192]);
  });
});
