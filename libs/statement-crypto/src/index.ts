export { type OrganiserKeyPair, DecryptionError, generateKeyPair, sealStatement, openStatement } from './sealed-statement';
export {
  type SealedStatementPayload,
  type SealedPayloadProblem,
  type ValidatedStatement,
  SEALED_PAYLOAD_VERSION,
  SealedPayloadError,
  sealedPayloadOf,
  encodeSealedPayload,
  parseSealedPayload,
} from './sealed-payload';
export {
  type OrganiserKeyFile,
  type KdfCost,
  WrongPassphraseError,
  InvalidKeyFileError,
  KeyFileCostError,
  defaultKdfCost,
  maxKdfCost,
  interactiveKdfCost,
  encryptKeyFile,
  decryptKeyFile,
  decryptKeyFileAsync,
  parseKeyFile,
  keyFileText,
} from './key-file';
export { MIN_PASSPHRASE_LENGTH, PassphraseTooShortError } from './key-file-format';
export { type KeyPurpose, deriveInitiativeKey, identityHash } from './identity-hash';
export { EphemeralStreamKey } from './ephemeral-stream';
