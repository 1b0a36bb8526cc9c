import { COUNTRY_PATTERN, SLUG_PATTERN, UUID_PATTERN } from '@eci/api-contract';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { DomainError, type ErrorItemCode } from '../errors/domain-error';

/**
 * The API's path parameters, by name, with the format the database enforces and the code of the
 * 404 a value of another format gets: what cannot exist is not looked up. Checked before any
 * guard, validator or query, so no parameter reaches SQL or a log in a form it cannot have.
 */
export const ROUTE_PARAMS: Readonly<Record<string, { pattern: RegExp; code: ErrorItemCode }>> = {
  slug: { pattern: SLUG_PATTERN, code: 'initiative_not_found' },
  partner: { pattern: SLUG_PATTERN, code: 'partner_not_found' },
  country: { pattern: COUNTRY_PATTERN, code: 'unknown_country' },
  receipt: { pattern: UUID_PATTERN, code: 'receipt_not_found' },
  id: { pattern: UUID_PATTERN, code: 'account_not_found' },
};

/** The first path parameter of a request whose value cannot exist, as the error to answer. */
export function routeParamError(params: unknown): DomainError | null {
  if (typeof params !== 'object' || params === null) return null;
  for (const [name, value] of Object.entries(params)) {
    const rule = ROUTE_PARAMS[name];
    if (rule && (typeof value !== 'string' || !rule.pattern.test(value))) return DomainError.of(rule.code, name);
  }
  return null;
}

export function checkRouteParams(fastify: FastifyInstance, reject: (error: DomainError, request: FastifyRequest, reply: FastifyReply) => void): void {
  fastify.addHook('onRequest', (request, reply, done) => {
    const error = routeParamError(request.params);
    if (error) {
      reject(error, request, reply);
      return;
    }
    done();
  });
}
