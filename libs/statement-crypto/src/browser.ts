/**
 * The browser's entry into statement-crypto (`@eci/statement-crypto/browser`): the key file made
 * and opened with libsodium.js, and the format shared with the command. Never the package's main
 * entry, which needs sodium-native.
 */
export { type GeneratedKeyFile, defaultBrowserKdfCost, generateOrganiserKeyFile, openOrganiserKeyFile } from './browser-key-file';
export {
  type OrganiserKeyFile,
  type OrganiserKeyPair,
  type KdfCost,
  MIN_PASSPHRASE_LENGTH,
  MODERATE_KDF_COST,
  INTERACTIVE_KDF_COST,
  WrongPassphraseError,
  InvalidKeyFileError,
  KeyFileCostError,
  PassphraseTooShortError,
  keyFileText,
  parseKeyFile,
} from './key-file-format';
