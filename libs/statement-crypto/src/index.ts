export { type OrganiserKeyPair, DecryptionError, generateKeyPair, sealStatement, openStatement } from './sealed-statement';
export {
  type OrganiserKeyFile,
  type KdfCost,
  WrongPassphraseError,
  InvalidKeyFileError,
  defaultKdfCost,
  interactiveKdfCost,
  encryptKeyFile,
  decryptKeyFile,
  parseKeyFile,
} from './key-file';
export { type KeyPurpose, deriveInitiativeKey, identityHash } from './identity-hash';
