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
 * The error every part of the API raises: data (codes, fields, parameters), neither text nor an
 * HTTP status. The error filter answers with the status of its first item's code
 * (`statusOf` of @eci/api-contract) and the house shape `{"errors":[{field, code, message, ...}]}`
 * with messages in the requester's language.
 */
export class DomainError extends Error {
  constructor(
    readonly items: ErrorItem[],
    /** Sent as `Retry-After`: when trying again may succeed (a busy or unavailable service, a throttle). */
    readonly retryAfterSeconds?: number,
  ) {
    super(items.map((i) => `${i.field ?? '-'}: ${i.code}`).join(', '));
    this.name = 'DomainError';
  }

  /** One problem. */
  static of(code: ErrorItemCode, field: string | null = null, params?: ErrorItem['params']): DomainError {
    return new DomainError([{ field, code, ...(params ? { params } : {}) }]);
  }
}
