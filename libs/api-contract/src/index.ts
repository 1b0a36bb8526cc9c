/**
 * @eci/api-contract: the shapes of the public API's answers, shared by the API (which produces
 * them) and the web app (which reads them). Types only: no framework, no ORM.
 */

export { API_ERROR_CODES, type ApiErrorCode } from './error-codes';
export { ERROR_STATUS, STATEMENT_ERROR_STATUS, statusOf } from './error-status';
export { COUNTRY_PATTERN, ORIGIN_PATTERN, SLUG_PATTERN, UUID_PATTERN } from './patterns';

/** One item of the house error shape `{"errors":[…]}`; `message` is in the requester's language. */
export interface ApiErrorItem {
  field: string | null;
  code: string;
  message: string;
  params?: Record<string, string | number>;
  overridable?: boolean;
}

export interface ApiErrorBody {
  errors: ApiErrorItem[];
  /** Correlation id of an unexpected server error (500), to find it in the logs. */
  errorId?: string;
}

export interface PublicOrganiser {
  role: 'representative' | 'substitute' | 'member';
  name: string;
  /** Member State of residence (ISO 3166-1 alpha-2). */
  residence: string;
  /** Public contact address (representative and substitute). */
  email?: string;
}

/** `GET /api/initiatives/{slug}`: the initiative as registered. */
export interface PublicInitiative {
  slug: string;
  registrationNumber: string;
  registrationDate: string;
  /** Keyed by language; `en` is always present. */
  title: Record<string, string>;
  subject: Record<string, string>;
  objectives: Record<string, string>;
  organisers: PublicOrganiser[];
  registerUrl: string;
  collectionStart: string;
  collectionEnd: string;
  thresholdTable: '750' | '751' | '705' | '720';
}

/** `POST /api/initiatives/{slug}/signatures` → 201, once the statement is committed. */
export interface SignedReceipt {
  receipt: string;
  signedOn: string;
}

/** `GET /api/receipts/{id}` → 200 while the statement exists. */
export interface ReceiptStatus {
  status: 'counted';
  initiative: string;
  signedOn: string;
}
