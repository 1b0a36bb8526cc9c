import { randomUUID } from 'node:crypto';
import { HttpException } from '@nestjs/common';
import { statusOf, type ApiErrorBody } from '@eci/api-contract';
import type { Logger } from 'pino';
import { DomainError, type ErrorItem, type ErrorItemCode } from './domain-error';
import { isDatabaseUnavailable } from '../database/database-errors';

/** What a client is told to wait before trying again while the database is unreachable. */
export const DATABASE_RETRY_AFTER_SECONDS = 15;

/** The house error body (its wire shape is shared with the web app). */
export type ErrorBody = ApiErrorBody;

export type Translate = (item: ErrorItem, lang: string) => string;

const STATUS_CODES: Record<number, ErrorItemCode> = {
  400: 'bad_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  406: 'not_acceptable',
  408: 'request_timeout',
  409: 'conflict',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  422: 'unprocessable',
  429: 'rate_limited',
  503: 'service_unavailable',
};

/** Fastify's own error codes, raised before a route handler runs. */
const FASTIFY_CODES: Record<string, ErrorItemCode> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'malformed_json',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'malformed_json',
  FST_ERR_CTP_BODY_TOO_LARGE: 'payload_too_large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported_media_type',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'bad_request',
};

/**
 * Maps anything thrown while serving a request to a status and the house error body.
 * Unknown errors become a bare 500 with a correlation id; their detail goes to the log only.
 */
export function toErrorResponse(error: unknown, lang: string, translate: Translate, log: Logger): { status: number; body: ErrorBody; headers: Record<string, string> } {
  let status: number;
  let items: ErrorItem[];
  const headers: Record<string, string> = {};
  if (error instanceof DomainError) {
    status = statusOf(error.items[0] ?? { field: null, code: 'internal_error' });
    items = error.items;
    if (error.retryAfterSeconds !== undefined) headers['retry-after'] = String(error.retryAfterSeconds);
  } else if (isDatabaseUnavailable(error)) {
    // Any route whose database is unreachable: said as such, without claiming what was or was not saved.
    status = 503;
    items = [{ field: null, code: 'service_unavailable' }];
    headers['retry-after'] = String(DATABASE_RETRY_AFTER_SECONDS);
    log.warn({ err: error }, 'database unavailable');
  } else if (error instanceof HttpException) {
    status = error.getStatus();
    items = [{ field: null, code: STATUS_CODES[status] ?? (status >= 500 ? 'internal_error' : 'bad_request') }];
  } else if (isHttpLikeError(error)) {
    status = error.statusCode;
    const code = (error.code ? FASTIFY_CODES[error.code] : undefined) ?? (error instanceof SyntaxError ? 'malformed_json' : STATUS_CODES[status]);
    items = [{ field: null, code: code ?? 'bad_request' }];
  } else {
    status = 500;
    items = [{ field: null, code: 'internal_error' }];
  }

  if (status >= 500 && status !== 503 && !(error instanceof DomainError)) {
    const errorId = randomUUID();
    log.error({ errorId, err: error }, 'request failed');
    return { status, body: { errors: render(items, lang, translate), errorId }, headers };
  }
  return { status, body: { errors: render(items, lang, translate) }, headers };
}

function render(items: ErrorItem[], lang: string, translate: Translate): ErrorBody['errors'] {
  return items.map((item) => ({
    field: item.field,
    code: item.code,
    message: translate(item, lang),
    ...(item.params ? { params: item.params } : {}),
    ...(item.overridable ? { overridable: true } : {}),
  }));
}

function isHttpLikeError(error: unknown): error is { statusCode: number; code?: string } {
  return (
    typeof error === 'object' &&
    error !== null &&
    typeof (error as { statusCode?: unknown }).statusCode === 'number' &&
    (error as { statusCode: number }).statusCode >= 400 &&
    (error as { statusCode: number }).statusCode < 600
  );
}
