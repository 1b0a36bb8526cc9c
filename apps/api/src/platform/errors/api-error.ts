import type { ApiErrorCode } from '@eci/api-contract';
import type { ErrorCode as RuleErrorCode } from '@eci/rules';

/** Every code an error item may carry: the API's own and the rules library's (one closed list each). */
export type ErrorItemCode = ApiErrorCode | RuleErrorCode;

/** One problem in a request. `code` is stable and machine-readable; the message is rendered per language. */
export interface ErrorItem {
  field: string | null;
  code: ErrorItemCode;
  params?: Record<string, string | number>;
  overridable?: boolean;
}

/**
 * The error services throw: data, not text. The HTTP layer turns it into the house shape
 * `{"errors":[{field, code, message, ...}]}` with messages in the requester's language.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly items: ErrorItem[],
    /** Sent as `Retry-After`: when trying again may succeed (a busy or unavailable service, a throttle). */
    readonly retryAfterSeconds?: number,
  ) {
    super(items.map((i) => `${i.field ?? '-'}: ${i.code}`).join(', '));
    this.name = 'ApiError';
  }

  static notFound(code: ErrorItemCode = 'not_found', field: string | null = null): ApiError {
    return new ApiError(404, [{ field, code }]);
  }

  static badRequest(code: ErrorItemCode, field: string | null = null, params?: ErrorItem['params']): ApiError {
    return new ApiError(400, [{ field, code, ...(params ? { params } : {}) }]);
  }

  static conflict(code: ErrorItemCode, field: string | null = null): ApiError {
    return new ApiError(409, [{ field, code }]);
  }

  static unprocessable(items: ErrorItem[]): ApiError {
    return new ApiError(422, items);
  }
}
