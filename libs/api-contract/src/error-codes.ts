/**
 * Every error code the API answers with, besides the rules library's statement codes
 * (`ERROR_CODES` of @eci/rules: required, format, checksum, …). One list: the API's error type
 * accepts only these, the web app reads them, and a test requires a message for each in all 24
 * languages (`errors.<code>` in i18n/*.json).
 */
export const API_ERROR_CODES = [
  // The request itself: its syntax, size and shape.
  'bad_request',
  'malformed_json',
  'nesting_too_deep',
  'invalid_text',
  'unknown_field',
  'payload_too_large',
  'headers_too_large',
  'uri_too_long',
  'unsupported_media_type',
  'method_not_allowed',
  'not_acceptable',
  'request_timeout',
  'expectation_failed',
  'unprocessable',
  // What was asked for does not exist.
  'not_found',
  'initiative_not_found',
  'receipt_not_found',
  'partner_not_found',
  'account_not_found',
  // The state of the data refuses it.
  'conflict',
  'already_signed',
  'partner_exists',
  'account_exists',
  'cannot_disable_self',
  'account_on_other_initiative',
  'key_in_use',
  'initiative_not_ready',
  'initiative_exists',
  'statements_exist',
  'close_not_started',
  'close_ended',
  'collection_already_closed',
  // An initiative's registration data (setting up an initiative).
  'slug_reserved',
  'registration_year',
  'date_in_future',
  'kick_off_before_registration',
  'kick_off_too_late',
  'unknown_language',
  'organisers_representative',
  'organisers_substitute',
  'organisers_too_few',
  // Online statements of this initiative are given on the Commission's central online collection system.
  'online_through_cocs',
  // Who is asking, and how often.
  'captcha',
  'rate_limited',
  'unauthorized',
  'forbidden',
  'csrf',
  'invalid_credentials',
  'login_throttled',
  // Exports.
  'wrong_passphrase',
  'wrong_key',
  'key_file_cost',
  'certificate',
  'export_busy',
  // The server and its database.
  'database_down',
  'outcome_unknown',
  'service_unavailable',
  'internal_error',
] as const;

export type ApiErrorCode = (typeof API_ERROR_CODES)[number];
