/**
 * @eci/api-contract: the shapes of the public API's answers, shared by the API (which produces
 * them) and the web app (which reads them): the answer and request shapes, the route patterns and
 * the identifier formats, with small pure helpers. No framework, no ORM.
 */

export { API_ERROR_CODES, type ApiErrorCode } from './error-codes';
export { ERROR_STATUS, STATEMENT_ERROR_STATUS, statusOf } from './error-status';
export { COUNTRY_PATTERN, ORIGIN_PATTERN, SLUG_MAX_LENGTH, SLUG_PATTERN, UUID_PATTERN } from './patterns';
export {
  initiativeProblems,
  isRealDay,
  organiserCount,
  organiserProblems,
  textLength,
  textProblems,
  MIN_ORGANISERS,
  REGISTRATION_NUMBER_PATTERN,
  REQUIRED_TEXTS,
  TEXT_LIMITS,
  type CheckedInitiative,
  type CheckedOrganiser,
  type InitiativeProblem,
  type InitiativeTextField,
  type OrganiserRole,
} from './initiative-checks';
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
  consolePath,
  CONSOLE_SEGMENT,
  RESERVED_SLUGS,
  type PagePath,
  type PageRoute,
} from './pages';
export {
  ACCOUNT_ROLES,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  type AccountRole,
  type CreateAccountRequest,
  type InitiativeAccount,
  type LoginAnswer,
  type ResetPasswordRequest,
  type SignedInAccount,
} from './accounts';
export { AUDIT_ACTIONS, AUDIT_ACTOR_PATTERN, type AuditAction, type AuditQuery, type AuditTrailEntry, type AuditVerdict } from './audit';
export { EXPORT_ID_HEADER, EXPORT_STAGES, type ExportProgress, type ExportRequest, type ExportStage } from './exports';
export type { CreatedPartner, CreatePartnerRequest, PartnerToken, PublicPartner, UpdatePartnerOriginsRequest } from './partners';
export type { CountryProgress, PartnerContribution, PartnerProgress, PublicProgress } from './progress';
export {
  CAPTCHA_MAX_LENGTH,
  CERTIFICATION_FIELD,
  ENVELOPE_FIELDS,
  type CaptchaChallenge,
  type ReceiptStatus,
  type SignedReceipt,
  type SigningForm,
  type SignStatementRequest,
  type StatementCertification,
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
  /** Keyed by language, at least one (show with the rules library's `textIn`). */
  title: Record<string, string>;
  subject: Record<string, string>;
  objectives: Record<string, string>;
  /** The optional annex registered with the initiative. */
  annex: Record<string, string> | null;
  /** The partial-registration notice, where the Commission registered the initiative in part. */
  partialRegistration: Record<string, string> | null;
  organisers: PublicOrganiser[];
  registerUrl: string;
  website: string | null;
  /** First day of collection (the kick-off), inclusive. */
  collectionStart: string;
  /** Last day of collection, inclusive. */
  collectionEnd: string;
  /** The day the organisers closed collection early, if they did. */
  closedEarlyOn: string | null;
  thresholdTable: '750' | '751' | '705' | '720';
  /** The channels the law allows this initiative (rules library `lawfulChannels`) and the one it collects online through. */
  channels: { lawful: ('own-online' | 'cocs' | 'paper')[]; online: OnlineChannel };
  /** The initiative's signing page on the Commission's central online collection system, when it collects online there. */
  cocsUrl: string | null;
  /** A demonstration initiative: statements given there have no legal effect. */
  demo: boolean;
  /** Where the collection stands today in Brussels (rules library `collectionState`), by the server's clock. */
  collectionState: CollectionState;
}

/**
 * `GET /api/initiatives`, `POST /api/initiatives`, `PATCH /api/initiatives/{slug}` and
 * `POST /api/initiatives/{slug}/close`: an initiative as its organisers see it, with its public key.
 */
export interface ManagedInitiative extends PublicInitiative {
  /** The organisers' public key (base64), `null` while not set. */
  publicKey: string | null;
}
/** Where an initiative's collection period stands on a day: the rules library's `CollectionState`. */
export type CollectionState = 'not-started' | 'collecting' | 'ended' | 'closed-early';

/** The channel an initiative collects online statements through (rules library `onlineChannelFor`). */
export type OnlineChannel = 'own-online' | 'cocs' | null;
