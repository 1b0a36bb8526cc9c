import { RULES_VERSION, type NormalisedStatement } from '@eci/rules';

/**
 * What is sealed to the organisers' key for every statement: the one contract between the writer
 * (signing) and the readers (exports, offline tools). Changing a field means a new `version`, and
 * `parseSealedPayload` learning it, because statements sealed under the old one stay in the
 * database until the collection's data is destroyed.
 */
export interface SealedStatementPayload {
  readonly version: typeof SEALED_PAYLOAD_VERSION;
  readonly statementId: string;
  readonly initiative: { readonly registrationNumber: string; readonly slug: string };
  /** Day of signing in Brussels (YYYY-MM-DD), as on the receipt. */
  readonly signedOn: string;
  /** Version of the rules library that validated the statement. */
  readonly rulesVersion: string;
  readonly idFormatConfirmed: boolean;
  readonly statement: NormalisedStatement;
}

export const SEALED_PAYLOAD_VERSION = 1;

/** A statement the rules library accepted (`validateStatement(...)` when `ok`). */
export interface ValidatedStatement {
  readonly statement: NormalisedStatement;
  readonly idFormatConfirmed: boolean;
}

/** Why a decrypted payload is not a `SealedStatementPayload`; `field` is its path (`statement.city`). */
export type SealedPayloadProblem = 'not_json' | 'version' | 'missing' | 'unknown' | 'type';

export class SealedPayloadError extends Error {
  constructor(
    readonly problem: SealedPayloadProblem,
    readonly field: string | null,
  ) {
    super(`Not a sealed statement payload: ${problem}${field ? ` (${field})` : ''}`);
    this.name = 'SealedPayloadError';
  }
}

/** The payload for a statement the rules library accepted, under the rules version of this build. */
export function sealedPayloadOf(
  statementId: string,
  initiative: { readonly registrationNumber: string; readonly slug: string },
  signedOn: string,
  validated: ValidatedStatement,
): SealedStatementPayload {
  return {
    version: SEALED_PAYLOAD_VERSION,
    statementId,
    initiative: { registrationNumber: initiative.registrationNumber, slug: initiative.slug },
    signedOn,
    rulesVersion: RULES_VERSION,
    idFormatConfirmed: validated.idFormatConfirmed,
    statement: validated.statement,
  };
}

/** UTF-8 JSON: the plaintext of the sealed box. */
export function encodeSealedPayload(payload: SealedStatementPayload): Uint8Array {
  return new Uint8Array(Buffer.from(JSON.stringify(payload), 'utf8'));
}

type Shape = Readonly<Record<string, 'string' | 'boolean'>>;

const ENVELOPE: Shape = { statementId: 'string', signedOn: 'string', rulesVersion: 'string', idFormatConfirmed: 'boolean' };
const INITIATIVE: Shape = { registrationNumber: 'string', slug: 'string' };
const STATEMENT_BASE: Shape = { part: 'string', nationality: 'string', fullFirstNames: 'string', familyNames: 'string', signingDate: 'string' };
const STATEMENT: Readonly<Record<NormalisedStatement['part'], Shape>> = {
  A: { ...STATEMENT_BASE, dateOfBirth: 'string', street: 'string', streetNumber: 'string', postalCode: 'string', city: 'string', residenceCountry: 'string' },
  B: { ...STATEMENT_BASE, idDocumentType: 'string', idDocumentNumber: 'string' },
};

/**
 * The plaintext of a sealed box (or its JSON already parsed) → the payload, checked field by field:
 * an unknown version, a missing, unknown or wrongly typed field is a `SealedPayloadError` naming it,
 * never a statement with a hole in it. What the values mean (dates, countries, document types) is
 * the export's checks' business.
 */
export function parseSealedPayload(plaintext: Uint8Array | unknown): SealedStatementPayload {
  let value = plaintext;
  if (plaintext instanceof Uint8Array) {
    try {
      value = JSON.parse(Buffer.from(plaintext.buffer, plaintext.byteOffset, plaintext.length).toString('utf8'));
    } catch {
      throw new SealedPayloadError('not_json', null);
    }
  }
  const payload = record(value, null);
  if (!('version' in payload)) throw new SealedPayloadError('missing', 'version');
  if (payload.version !== SEALED_PAYLOAD_VERSION) throw new SealedPayloadError('version', 'version');
  checkFields(payload, { version: 'number', initiative: 'object', statement: 'object', ...ENVELOPE }, '');
  checkFields(record(payload.initiative, 'initiative'), INITIATIVE, 'initiative.');
  const statement = record(payload.statement, 'statement');
  if (statement.part !== 'A' && statement.part !== 'B') throw new SealedPayloadError(statement.part === undefined ? 'missing' : 'type', 'statement.part');
  checkFields(statement, STATEMENT[statement.part], 'statement.');
  return payload as unknown as SealedStatementPayload;
}

function record(value: unknown, field: string | null): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new SealedPayloadError('type', field);
  return value as Record<string, unknown>;
}

function checkFields(value: Record<string, unknown>, shape: Readonly<Record<string, string>>, prefix: string): void {
  for (const [field, type] of Object.entries(shape)) {
    if (!Object.prototype.hasOwnProperty.call(value, field) || value[field] === undefined) throw new SealedPayloadError('missing', prefix + field);
    if (typeof value[field] !== type) throw new SealedPayloadError('type', prefix + field);
  }
  for (const field of Object.keys(value)) if (!Object.prototype.hasOwnProperty.call(shape, field)) throw new SealedPayloadError('unknown', prefix + field);
}
