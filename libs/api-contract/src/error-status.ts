import type { ApiErrorCode } from './error-codes';

/**
 * The HTTP status of every error code: the one place where a refusal becomes a status. Services
 * raise errors by code (a domain error), and the API's error filter answers with this status; the
 * rules library's statement codes (required, format, checksum, …) are all `STATEMENT_ERROR_STATUS`.
 * An error carrying several items answers with the status of its first.
 */
export const ERROR_STATUS: Readonly<Record<ApiErrorCode, number>> = {
  bad_request: 400,
  malformed_json: 400,
  nesting_too_deep: 400,
  invalid_text: 400,
  unknown_field: 422,
  payload_too_large: 413,
  headers_too_large: 431,
  uri_too_long: 414,
  unsupported_media_type: 415,
  method_not_allowed: 405,
  not_acceptable: 406,
  request_timeout: 408,
  expectation_failed: 417,
  unprocessable: 422,
  not_found: 404,
  initiative_not_found: 404,
  receipt_not_found: 404,
  partner_not_found: 404,
  account_not_found: 404,
  conflict: 409,
  already_signed: 409,
  partner_exists: 409,
  account_exists: 409,
  cannot_disable_self: 409,
  account_on_other_initiative: 409,
  key_in_use: 409,
  initiative_not_ready: 503,
  initiative_exists: 409,
  statements_exist: 409,
  close_not_started: 409,
  close_ended: 409,
  collection_already_closed: 409,
  slug_reserved: 422,
  registration_year: 422,
  date_in_future: 422,
  kick_off_before_registration: 422,
  kick_off_too_late: 422,
  unknown_language: 422,
  organisers_representative: 422,
  organisers_substitute: 422,
  organisers_too_few: 422,
  online_through_cocs: 409,
  captcha: 422,
  rate_limited: 429,
  unauthorized: 401,
  forbidden: 403,
  csrf: 403,
  invalid_credentials: 401,
  login_throttled: 429,
  wrong_passphrase: 422,
  wrong_key: 422,
  key_file_cost: 422,
  certificate: 422,
  export_busy: 429,
  database_down: 503,
  outcome_unknown: 503,
  service_unavailable: 503,
  internal_error: 500,
};

/** A statement code of the rules library: the statement as given cannot be accepted. */
export const STATEMENT_ERROR_STATUS = 422;

/** Rules-library codes that are not about the statement's content. */
const RULE_CODE_STATUS: Readonly<Record<string, number>> = {
  // The initiative's period refuses it, however correct the statement.
  collection_not_started: 409,
  collection_ended: 409,
  collection_closed_early: 409,
};

/**
 * The one rules-library code that also names a path parameter: `unknown_country` on the route's
 * `country` (`/forms/{country}`, `/exports/{country}`) addresses no Member State, so 404; in a
 * statement (`nationality`, `residenceCountry`) it is a statement error like any other.
 */
const PATH_COUNTRY = { code: 'unknown_country', field: 'country' } as const;

/** The status of an error item, decided by its code alone except for `PATH_COUNTRY`. */
export function statusOf(item: { code: string; field: string | null }): number {
  const api = (ERROR_STATUS as Record<string, number | undefined>)[item.code];
  if (api !== undefined) return api;
  if (item.code === PATH_COUNTRY.code && item.field === PATH_COUNTRY.field) return 404;
  return RULE_CODE_STATUS[item.code] ?? STATEMENT_ERROR_STATUS;
}
