/**
 * @eci/api-contract: the shapes of the public API's answers, shared by the API (which produces
 * them) and the web app (which reads them): the answer and request shapes, the route patterns and
 * the identifier formats, with small pure helpers. No framework, no ORM.
 */

export { API_ERROR_CODES, type ApiErrorCode } from './error-codes';
export { ERROR_STATUS, STATEMENT_ERROR_STATUS, statusOf } from './error-status';
export { COUNTRY_PATTERN, ORIGIN_PATTERN, SLUG_MAX_LENGTH, SLUG_PATTERN, UUID_PATTERN } from './patterns';
export { API_PREFIX, API_ROUTES, apiPath, type ApiRoute, type RouteParams } from './api-routes';
export {
  classifyPagePath,
  pagePath,
  partnerFrom,
  partnerPagePath,
  partnerQuery,
  progressPath,
  receiptPath,
  signPath,
  widgetPath,
  type PagePath,
  type PageRoute,
} from './pages';
export type { CreatedPartner, CreatePartnerRequest, PartnerToken, PublicPartner, UpdatePartnerOriginsRequest } from './partners';
export type { CountryProgress, PartnerContribution, PartnerProgress, PublicProgress } from './progress';
export {
  CAPTCHA_MAX_LENGTH,
  ENVELOPE_FIELDS,
  type CaptchaChallenge,
  type ReceiptStatus,
  type SignedReceipt,
  type SigningForm,
  type SignStatementRequest,
  type StatementEnvelope,
} from './signing';

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
