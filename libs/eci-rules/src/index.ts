/**
 * @eci/rules: the European Citizens' Initiative statement-of-support rules as data, with
 * normalisation, check digits, age, validation, identity key and i18n message keys.
 * Pure and framework-free: runs unchanged in Node and in the browser.
 */
export { RULES_VERSION } from './version';

export {
  MEMBER_STATES,
  DOCUMENT_TYPES,
  INPUT_FIELDS,
  PART_A_FIELDS,
  PART_B_FIELDS,
  ERROR_CODES,
} from './types';
export type {
  AnnexPart,
  CalendarDate,
  CheckId,
  CountryCode,
  CountryRule,
  DataField,
  DocumentRule,
  DocumentType,
  ErrorCode,
  ErrorReason,
  EuCode,
  InputField,
  NoteId,
  PostcodeRule,
  RuleFlag,
  StringField,
  ValidationError,
} from './types';

export { COUNTRY_RULES } from './data/countries';
export { SOURCES, type SourceTag } from './data/sources';
export { LANGUAGES, isLanguage, textIn, type Language } from './data/languages';
export { OFFICIAL_LANGUAGES, officialLanguages } from './data/official-languages';
export { FIELD_MAX_LENGTH, EARLIEST_BIRTH_DATE } from './data/fields';

export {
  getCountryRule,
  normaliseCountryCode,
  isMemberState,
  toEuCode,
  findDocumentRule,
  postcodeRuleFor,
} from './countries';
export {
  normaliseText,
  normaliseDocumentNumber,
  normalisePostcode,
} from './normalise';
export { anchoredSource } from './patterns';
export { ageOn } from './age';
export { brusselsDay, addMonths, addDays } from './calendar';
export {
  COLLECTION_MONTHS,
  RETENTION_MONTHS,
  KICK_OFF_MONTHS,
  collectionWindow,
  isCollecting,
  retentionDeadline,
  latestKickOff,
  kickOffProblem,
  collectionState,
  validStatementDays,
  type CollectionWindow,
  type CollectionPeriod,
  type CollectionState,
} from './collection';
export {
  CHANNEL_RULES,
  COLLECTION_CHANNELS,
  lawfulChannels,
  isLawfulChannel,
  onlineChannelFor,
  type ChannelRule,
  type CollectionChannel,
} from './channels';
export { formFor, type CountryForm, type FormDocument, type FormField } from './form';
export {
  THRESHOLD_TABLES,
  THRESHOLD_SWITCH_DATE,
  MIN_TOTAL_SIGNATORIES,
  MIN_MEMBER_STATES_AT_THRESHOLD,
  thresholdTableFor,
  thresholdFor,
  type ThresholdTable,
  type ThresholdTableId,
} from './thresholds';
export {
  PERIOD_ERROR_CODES,
  periodParams,
  validateStatement,
  type NormalisedStatement,
  type PartAStatement,
  type PartBStatement,
  type StatementInput,
  type ValidationContext,
  type ValidationResult,
} from './validate';
export { notesFor } from './notes';
export { DATE_PARTS, isoDateFromParts, wrongDateParts, type DatePart, type DateParts } from './date-parts';
export { identityKey, foldName, IDENTITY_KEY_VERSION } from './identity-key';
export {
  ERROR_MESSAGE_VARIANTS,
  errorMessageKey,
  errorMessageKeyFor,
  fieldLabelKey,
  fieldHintKey,
  documentLabelKey,
  documentHintKey,
  documentKeySegment,
  countryNameKey,
  languageNameKey,
  noteKey,
  translateError,
  localFormat,
  FORMAT_LETTER_KEYS,
  messageKeys,
  type Translate,
} from './messages';
export {
  checkTranslation,
  flattenCatalogue,
  hasTranslatableWords,
  isAllowlisted,
  placeholders,
  type CatalogueProblem,
  type IdenticalAllowlist,
} from './i18n-catalogue';
