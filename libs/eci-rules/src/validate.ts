import { hasReachedAge } from './age';
import { ID_CHECKS } from './checksums';
import { findDocumentRule, getCountryRule, normaliseCountryCode, postcodeRuleFor } from './countries';
import { collectionState, type CollectionState } from './collection';
import { EARLIEST_BIRTH_DATE, FIELD_MAX_LENGTH, LENGTH_CHECKED_FIELDS } from './data/fields';
import { compareDates, formatIsoDate, parseIsoDate } from './dates';
import { countryNameKey, documentHintKey } from './messages';
import { normaliseCode, normaliseDocumentNumber, normalisePostcode, normaliseText, postcodeMatchForm } from './normalise';
import { matchesFully } from './patterns';
import {
  INPUT_FIELDS,
  PART_A_FIELDS,
  PART_B_FIELDS,
  type CalendarDate,
  type ConfirmationField,
  type CountryCode,
  type CountryRule,
  type DataField,
  type DocumentRule,
  type DocumentType,
  type ErrorCode,
  type ErrorReason,
  type StringField,
  type ValidationError,
} from './types';

/** What the server knows, not the signatory: the clock and the initiative's collection period. */
export interface ValidationContext {
  /** The day the statement is given, `YYYY-MM-DD` (the caller's clock; the library never reads one). */
  readonly signingDate: string;
  /** First and last day (inclusive) of the initiative's collection period, `YYYY-MM-DD`. */
  readonly collectionStart: string;
  readonly collectionEnd: string;
  /** The day the organisers closed the collection early, if they did (`null` or absent: not closed). */
  readonly closedEarlyOn?: string | null;
}

/** The refusal for each collection state but `collecting` (same codes as the API's). */
export const PERIOD_ERROR_CODES = {
  'not-started': 'collection_not_started',
  ended: 'collection_ended',
  'closed-early': 'collection_closed_early',
} as const satisfies Record<Exclude<CollectionState, 'collecting'>, ErrorCode>;

/**
 * The statement as submitted. `validateStatement` accepts `unknown` and checks every type
 * itself; this interface documents the expected shape.
 */
export interface StatementInput {
  readonly nationality?: string | null;
  readonly fullFirstNames?: string | null;
  readonly familyNames?: string | null;
  readonly dateOfBirth?: string | null;
  readonly street?: string | null;
  readonly streetNumber?: string | null;
  readonly postalCode?: string | null;
  readonly city?: string | null;
  /** ISO 3166-1 alpha-2 code of any country (EL accepted for Greece). */
  readonly residenceCountry?: string | null;
  readonly idDocumentType?: string | null;
  readonly idDocumentNumber?: string | null;
  /** The signatory confirms an ID number that fails the format or check-digit test. */
  readonly confirmIdFormat?: boolean | null;
  /** The signatory confirms a residence postcode that does not match its country's format. */
  readonly confirmPostcode?: boolean | null;
}

interface StatementBase {
  readonly nationality: CountryCode;
  readonly fullFirstNames: string;
  readonly familyNames: string;
  readonly signingDate: string;
}

export interface PartAStatement extends StatementBase {
  readonly part: 'A';
  readonly dateOfBirth: string;
  readonly street: string;
  readonly streetNumber: string;
  /** Empty when the residence country has no postcode format in the pack and none was given. */
  readonly postalCode: string;
  readonly city: string;
  /** ISO code (Greece = GR). */
  readonly residenceCountry: string;
}

export interface PartBStatement extends StatementBase {
  readonly part: 'B';
  readonly idDocumentType: DocumentType;
  /** Normalised: no separators, upper case where case-insensitive; SE always 12 digits. */
  readonly idDocumentNumber: string;
}

/** A statement that passed validation, in normalised form: what gets stored. */
export type NormalisedStatement = PartAStatement | PartBStatement;

export type ValidationResult =
  | {
      readonly ok: true;
      readonly statement: NormalisedStatement;
      /** An ID number format/check-digit error was overridden with `confirmIdFormat`. */
      readonly idFormatConfirmed: boolean;
      /** A postcode format error was overridden with `confirmPostcode`. */
      readonly postcodeConfirmed: boolean;
    }
  | { readonly ok: false; readonly errors: readonly ValidationError[] };

type Input = Readonly<Record<string, unknown>>;
/** A string field as read: missing (undefined/null), wrongly typed (already reported) or a string. */
type Raw = { readonly kind: 'absent' } | { readonly kind: 'invalid' } | { readonly kind: 'value'; readonly value: string };

const INPUT_FIELD_SET: ReadonlySet<string> = new Set(INPUT_FIELDS);
const CONFIRMATIONS: Readonly<Record<ConfirmationField, string>> = { confirmIdFormat: 'idDocumentNumber', confirmPostcode: 'postalCode' };
const DATA_FIELDS: readonly DataField[] = INPUT_FIELDS.filter(
  (field): field is DataField => field !== 'nationality' && !(field in CONFIRMATIONS),
);
const EARLIEST_BIRTH = parseIsoDate(EARLIEST_BIRTH_DATE) as CalendarDate;

function isRecord(value: unknown): value is Input {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function own(input: Input, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(input, key) ? input[key] : undefined;
}

function isEmptyValue(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && normaliseText(value) === '');
}

function typeError(field: string): ValidationError {
  return { field, code: 'format', params: { reason: 'type' } };
}

/** Collects errors while reading one statement. */
class Checker {
  readonly errors: ValidationError[] = [];

  constructor(private readonly input: Input) {}

  raw(field: StringField): Raw {
    const value = own(this.input, field);
    if (value === undefined || value === null) return { kind: 'absent' };
    if (typeof value !== 'string') {
      this.errors.push(typeError(field));
      return { kind: 'invalid' };
    }
    return { kind: 'value', value };
  }

  /** Normalised non-empty value; reports `required`/`too_long`. Undefined when unusable. */
  value(field: StringField, normalise: (value: string) => string): string | undefined {
    const raw = this.raw(field);
    if (raw.kind === 'invalid') return undefined;
    const value = raw.kind === 'value' ? normalise(raw.value) : '';
    if (value === '') {
      this.errors.push({ field, code: 'required' });
      return undefined;
    }
    const max = FIELD_MAX_LENGTH[field];
    if (LENGTH_CHECKED_FIELDS.has(field) && value.length > max) {
      this.errors.push({ field, code: 'too_long', params: { max } });
      return undefined;
    }
    return value;
  }

  text(field: StringField): string | undefined {
    return this.value(field, normaliseText);
  }

  nationality(): CountryRule | undefined {
    const code = this.value('nationality', normaliseCode);
    if (code === undefined) return undefined;
    const rule = getCountryRule(code);
    if (!rule) this.errors.push({ field: 'nationality', code: 'unknown_country' });
    return rule;
  }

  tooYoung(field: StringField, rule: CountryRule): void {
    this.errors.push({
      field,
      code: 'too_young',
      params: { minAge: rule.minAge, countryKey: countryNameKey(rule.code) as string },
    });
  }

  dateOfBirth(rule: CountryRule, signing: CalendarDate | undefined): string | undefined {
    const field = 'dateOfBirth';
    const text = this.value(field, normaliseCode);
    if (text === undefined) return undefined;
    const date = parseIsoDate(text);
    const reason = !date
      ? 'date'
      : compareDates(date, EARLIEST_BIRTH) < 0
        ? 'tooEarly'
        : signing && compareDates(date, signing) > 0
          ? 'future'
          : undefined;
    if (reason !== undefined || !date) {
      this.errors.push({ field, code: 'invalid_date', params: { reason: reason as ErrorReason } });
      return undefined;
    }
    if (signing && !hasReachedAge(date, rule.minAge, signing, rule.ageByYearOfBirth)) this.tooYoung(field, rule);
    return formatIsoDate(date);
  }

  residenceCountry(): string | undefined {
    const code = this.value('residenceCountry', normaliseCode);
    if (code === undefined) return undefined;
    const iso = normaliseCountryCode(code);
    if (!iso) this.errors.push({ field: 'residenceCountry', code: 'unknown_country' });
    return iso;
  }

  /**
   * Required only where the residence country has a postcode format in the pack; elsewhere it may
   * be absent (stored as ''). A postcode not matching the format is an overridable warning.
   */
  postalCode(residence: string | undefined): string | undefined {
    const rule = residence === undefined ? undefined : postcodeRuleFor(residence);
    const given = own(this.input, 'postalCode');
    if (!rule && (given === undefined || given === null || (typeof given === 'string' && normalisePostcode(given) === ''))) {
      return '';
    }
    const postcode = this.value('postalCode', normalisePostcode);
    if (postcode !== undefined && residence !== undefined && rule && !matchesFully(rule.pattern, postcodeMatchForm(postcode))) {
      this.errors.push({
        field: 'postalCode',
        code: 'format',
        params: { reason: 'pattern', countryKey: countryNameKey(residence) as string, format: rule.format },
        overridable: true,
      });
    }
    return postcode;
  }

  document(rule: CountryRule): DocumentRule | undefined {
    const type = this.value('idDocumentType', normaliseCode);
    if (type === undefined) return undefined;
    const doc = findDocumentRule(rule.code, type);
    if (!doc) {
      this.errors.push({
        field: 'idDocumentType',
        code: 'unknown_document',
        params: { countryKey: countryNameKey(rule.code) as string },
      });
    }
    return doc;
  }

  /** Normalised (canonical) document number; format/checksum problems are overridable. */
  documentNumber(
    rule: CountryRule,
    doc: DocumentRule | undefined,
    signing: CalendarDate | undefined,
    confirmed: boolean,
  ): string | undefined {
    const field = 'idDocumentNumber';
    const number = this.value(field, (value) => normaliseDocumentNumber(value, doc?.caseInsensitive ?? true));
    if (number === undefined || !doc) return number;
    const params = { documentType: doc.type, hintKey: documentHintKey(rule.code, doc.type) };
    if (!matchesFully(doc.pattern, number)) {
      this.errors.push({ field, code: 'format', params: { reason: 'pattern', ...params }, overridable: true });
      return number;
    }
    if (!doc.check) return number;
    const analysis = ID_CHECKS[doc.check](number, signing);
    const birthDate = analysis.birthDate;
    // An encoded birth date before 1900 cannot belong to a living signatory, one after the signing
    // day not to anybody: both are treated like an impossible date (this catches changed century
    // digits of a 12-digit personnummer, and a 10-digit one whose YYMMDD lies later in the signing
    // year — the signatory is not "too young", the number is wrong).
    const implausible =
      birthDate !== undefined &&
      (compareDates(birthDate, EARLIEST_BIRTH) < 0 || (signing !== undefined && compareDates(birthDate, signing) > 0));
    if (analysis.impossibleDate || implausible) {
      this.errors.push({ field, code: 'format', params: { reason: 'date', ...params }, overridable: true });
    }
    if (!analysis.checksumValid) this.errors.push({ field, code: 'checksum', params, overridable: true });
    // Part B: the birth date encoded in the number decides; nothing more is asked. A number whose
    // check digit fails probably has a typing error, possibly in the date: the checksum error is
    // reported alone, and an age is derived from the number only once the signatory confirms it.
    const trusted = analysis.checksumValid || confirmed;
    if (birthDate && !implausible && trusted && signing && !hasReachedAge(birthDate, rule.minAge, signing, rule.ageByYearOfBirth)) {
      this.tooYoung(field, rule);
    }
    return analysis.canonical;
  }
}

function readContext(context: unknown, errors: ValidationError[]): CalendarDate | undefined {
  const record: Input = isRecord(context) ? context : {};
  const [signing, start, end] = (['signingDate', 'collectionStart', 'collectionEnd'] as const).map((name) => {
    const value = own(record, name);
    const date = typeof value === 'string' ? parseIsoDate(value) : undefined;
    if (!date) errors.push({ field: null, code: 'invalid_date', params: { context: name } });
    return date;
  });
  const closedValue = own(record, 'closedEarlyOn');
  const closed = closedValue === undefined || closedValue === null ? null : typeof closedValue === 'string' ? parseIsoDate(closedValue) : undefined;
  if (closed === undefined) errors.push({ field: null, code: 'invalid_date', params: { context: 'closedEarlyOn' } });
  if (signing && start && end && closed !== undefined) {
    const period = { start: formatIsoDate(start), end: formatIsoDate(end), closedEarlyOn: closed ? formatIsoDate(closed) : null };
    const state = collectionState(formatIsoDate(signing), period);
    if (state !== 'collecting') errors.push({ field: null, code: PERIOD_ERROR_CODES[state], params: periodParams(period) });
  }
  return signing;
}

/** What a period refusal tells: the first and last day, and the early closure day if any. */
export function periodParams(period: { start: string; end: string; closedEarlyOn: string | null }): Record<string, string> {
  return { start: period.start, end: period.end, ...(period.closedEarlyOn ? { closedEarlyOn: period.closedEarlyOn } : {}) };
}

function fieldOrder(error: ValidationError): number {
  if (error.field === null) return -1;
  const index = INPUT_FIELDS.indexOf(error.field as (typeof INPUT_FIELDS)[number]);
  return index === -1 ? INPUT_FIELDS.length : index;
}

function validate(input: unknown, context: unknown): ValidationResult {
  const contextErrors: ValidationError[] = [];
  const signing = readContext(context, contextErrors);
  if (!isRecord(input)) {
    return { ok: false, errors: [...contextErrors, { field: null, code: 'format', params: { reason: 'type' } }] };
  }
  const check = new Checker(input);
  check.errors.push(...contextErrors);

  const rule = check.nationality();
  const fullFirstNames = check.text('fullFirstNames');
  const familyNames = check.text('familyNames');
  const confirmed = new Set<string>();
  for (const [name, field] of Object.entries(CONFIRMATIONS)) {
    const value = own(input, name);
    if (value !== undefined && value !== null && typeof value !== 'boolean') check.errors.push(typeError(name));
    if (value === true) confirmed.add(field);
  }

  let statement: NormalisedStatement | undefined;
  if (!rule) {
    // Unknown nationality, so unknown part: still report wrongly typed values.
    for (const field of DATA_FIELDS) if (field !== 'fullFirstNames' && field !== 'familyNames') check.raw(field);
  } else {
    const allowed: ReadonlySet<DataField> = new Set<DataField>(rule.part === 'A' ? PART_A_FIELDS : PART_B_FIELDS);
    for (const field of DATA_FIELDS) {
      if (!allowed.has(field) && !isEmptyValue(own(input, field))) check.errors.push({ field, code: 'not_allowed' });
    }
    const base = fullFirstNames !== undefined && familyNames !== undefined && signing
      ? { nationality: rule.code, fullFirstNames, familyNames, signingDate: formatIsoDate(signing) }
      : undefined;
    if (rule.part === 'A') {
      const dateOfBirth = check.dateOfBirth(rule, signing);
      const street = check.text('street');
      const streetNumber = check.text('streetNumber');
      const residenceCountry = check.residenceCountry();
      const postalCode = check.postalCode(residenceCountry);
      const city = check.text('city');
      if (base && dateOfBirth && street && streetNumber && postalCode !== undefined && city && residenceCountry) {
        statement = { ...base, part: 'A', dateOfBirth, street, streetNumber, postalCode, city, residenceCountry };
      }
    } else {
      const doc = check.document(rule);
      const idDocumentNumber = check.documentNumber(rule, doc, signing, confirmed.has('idDocumentNumber'));
      if (base && doc && idDocumentNumber) {
        statement = { ...base, part: 'B', idDocumentType: doc.type, idDocumentNumber };
      }
    }
  }

  // Data minimisation (Art. 9(3)): nothing beyond the Annex III fields may be submitted.
  for (const key of Object.keys(input)) {
    if (!INPUT_FIELD_SET.has(key) && !isEmptyValue(input[key])) check.errors.push({ field: key, code: 'not_allowed' });
  }

  const blocking = check.errors.filter((error) => !(error.overridable && error.field !== null && confirmed.has(error.field)));
  if (blocking.length > 0 || !statement) {
    return { ok: false, errors: blocking.slice().sort((a, b) => fieldOrder(a) - fieldOrder(b)) };
  }
  const overridden = (field: string) => check.errors.some((error) => error.field === field);
  return { ok: true, statement, idFormatConfirmed: overridden('idDocumentNumber'), postcodeConfirmed: overridden('postalCode') };
}

/**
 * Validates and normalises one statement of support. Never throws: every problem found is
 * returned (not just the first one). Format and checksum errors on the ID number are
 * `overridable`: with `confirmIdFormat: true` they no longer block, and the accepted
 * statement is flagged `idFormatConfirmed` for the verifying authority. Likewise a residence
 * postcode not matching its country's format, with `confirmPostcode` → `postcodeConfirmed`.
 */
export function validateStatement(input: unknown, context: ValidationContext): ValidationResult {
  try {
    return validate(input, context);
  } catch {
    // Only reachable with hostile objects (throwing getters, proxies).
    return { ok: false, errors: [{ field: null, code: 'format', params: { reason: 'type' } }] };
  }
}
