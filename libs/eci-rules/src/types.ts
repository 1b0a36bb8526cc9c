/**
 * Shared types of the rule pack. Everything here is plain data: the library is
 * pure and runs unchanged in Node and in the browser.
 */

/** ISO 3166-1 alpha-2 codes of the 27 Member States, in EU protocol order. */
export const MEMBER_STATES = [
  'BE', 'BG', 'CZ', 'DK', 'DE', 'EE', 'IE', 'GR', 'ES', 'FR', 'HR', 'IT', 'CY', 'LV',
  'LT', 'LU', 'HU', 'MT', 'NL', 'AT', 'PL', 'PT', 'RO', 'SI', 'SK', 'FI', 'SE',
] as const;

/** A Member State, as an ISO 3166-1 alpha-2 code (Greece is `GR`). */
export type CountryCode = (typeof MEMBER_STATES)[number];

/** The code used in EU documents (identical to ISO except Greece = `EL`). */
export type EuCode = Exclude<CountryCode, 'GR'> | 'EL';

/** Annex III of Regulation (EU) 2019/788: Part A (address + date of birth) or Part B (ID number). */
export type AnnexPart = 'A' | 'B';

/** Document keys of the Commission Online Collection Software. */
export const DOCUMENT_TYPES = [
  'passport', 'id.card', 'national.id.number', 'personal.number', 'personal.id', 'citizens.card',
] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

/** Identifiers of the check-digit algorithms in `checksums/`. */
export type CheckId =
  | 'bePersonalNumber'
  | 'egn'
  | 'isikukood'
  | 'asmensKodas'
  | 'dni'
  | 'oib'
  | 'pesel'
  | 'cartaoCidadao'
  | 'cnp'
  | 'emso'
  | 'personnummer';

/** Notes shown to signatories under conditions described in the data (message key `notes.<id>`). */
export type NoteId = 'germansAbroad';

/** Open discrepancies between sources, kept visible in the data. */
export type RuleFlag =
  | 'ageChangeDateUnverified'
  | 'ageByYearOfBirthUnverified'
  | 'dateOfBirthDisputed'
  | 'documentListDisputed';

/** The data fields of a statement of support (Annex III), without nationality. */
export const PART_A_FIELDS = [
  'fullFirstNames', 'familyNames', 'street', 'streetNumber', 'postalCode', 'city', 'residenceCountry', 'dateOfBirth',
] as const;
export const PART_B_FIELDS = ['fullFirstNames', 'familyNames', 'idDocumentType', 'idDocumentNumber'] as const;

/** Every input field a statement may carry, in display order. */
export const INPUT_FIELDS = [
  'nationality',
  'fullFirstNames',
  'familyNames',
  'dateOfBirth',
  'street',
  'streetNumber',
  'postalCode',
  'city',
  'residenceCountry',
  'idDocumentType',
  'idDocumentNumber',
  'confirmIdFormat',
  'confirmPostcode',
] as const;
export type InputField = (typeof INPUT_FIELDS)[number];
/** The signatory's confirmations of values that fail an advisory format check (booleans). */
export type ConfirmationField = 'confirmIdFormat' | 'confirmPostcode';
/** Fields that carry a string value. */
export type StringField = Exclude<InputField, ConfirmationField>;
/** Fields that belong to Part A or Part B. */
export type DataField = (typeof PART_A_FIELDS)[number] | (typeof PART_B_FIELDS)[number];

/** A date as year, month (1-12) and day (1-31); always a real calendar date once parsed. */
export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** One accepted identity document or personal number of a Part B Member State. */
export interface DocumentRule {
  readonly type: DocumentType;
  /** The national name(s) of the document, as listed by the Commission [S10]. */
  readonly nationalName: string;
  /**
   * Body of the full-match pattern, applied to the NORMALISED value (separators removed,
   * letters upper-cased). Never anchored here: see `patterns.ts`, which compiles `^(?:…)$`.
   */
  readonly pattern: string;
  /** Whether letter case is irrelevant (value is stored in upper case). */
  readonly caseInsensitive: boolean;
  /** Human format hint in the typed form (English source of `documents.<CC>.<type>.hint`). */
  readonly formatHint: string;
  /** Check-digit algorithm, where a public one exists. */
  readonly check?: CheckId;
}

/** A residence postcode rule (applies to the residence country of a Part A signatory). */
export interface PostcodeRule {
  /** Pattern body over the postcode with spaces and hyphens removed, upper-cased. */
  readonly pattern: string;
  /** Language-neutral format shown to the signatory (N = digit, L = letter). */
  readonly format: string;
}

/** Everything the rule pack knows about one Member State. */
export interface CountryRule {
  readonly code: CountryCode;
  readonly euCode: EuCode;
  /** English short name (same text as `countries.<CC>` in i18n/en.json). */
  readonly name: string;
  readonly part: AnnexPart;
  readonly minAge: number;
  /**
   * The minimum age is counted by year of birth: everyone born in a year is treated as born on
   * 1 January of it (so a Greek reaches 17 for this purpose on 1 January of the year of the 17th
   * birthday). Absent = counted from the exact birthday.
   */
  readonly ageByYearOfBirth?: true;
  /**
   * Seats in the European Parliament: 2014-2019 term (751, of which the UK held 73: used by the
   * ×750 rule and the ×751 table), 2019-2024 term (705) and 2024-2029 term (720).
   */
  readonly meps: { readonly 751: number; readonly 705: number; readonly 720: number };
  /** Accepted documents (Part B); empty for Part A. Signatories provide one of them. */
  readonly documents: readonly DocumentRule[];
  /** Postcode format when this country is the residence country; absent = no fixed format. */
  readonly residencePostcode?: PostcodeRule;
  /** Note for nationals of this state who live in another country. */
  readonly noteWhenResidingAbroad?: NoteId;
  readonly flags: readonly RuleFlag[];
  /** Where each fact comes from ([Sx] tags as in docs/rules.md and eci-rules.md). */
  readonly source: string;
  readonly notes: string;
}

/** The closed list of validation error codes. */
export const ERROR_CODES = [
  'required',
  'not_allowed',
  'too_long',
  'format',
  'checksum',
  'invalid_date',
  'too_young',
  'unknown_country',
  'unknown_document',
  'collection_not_started',
  'collection_ended',
  'collection_closed_early',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/**
 * Sub-cases carried in `params.reason`:
 * - format: 'type' (not a string/boolean), 'pattern' (does not match), 'date' (the ID number encodes an impossible date)
 * - invalid_date: 'date' (not a real YYYY-MM-DD date), 'future', 'tooEarly' (before 1900)
 */
export type ErrorReason = 'type' | 'pattern' | 'date' | 'future' | 'tooEarly';

/** One problem found in a statement. `field` is null for problems of the whole statement/context. */
export interface ValidationError {
  readonly field: string | null;
  readonly code: ErrorCode;
  readonly params?: Readonly<Record<string, string | number>>;
  /**
   * Only format/checksum errors on idDocumentNumber (confirmed with `confirmIdFormat`) and format
   * errors on postalCode (confirmed with `confirmPostcode`): the signatory may confirm the value.
   */
  readonly overridable?: true;
}
