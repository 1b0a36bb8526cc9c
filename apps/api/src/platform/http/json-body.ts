import type { FastifyInstance } from 'fastify';
import { DomainError } from '../errors/domain-error';

/** The deepest nesting of arrays and objects a body may have; the deepest contract (a key file in an export request) has 2. */
export const MAX_JSON_DEPTH = 16;

export type JsonProblem = 'nesting_too_deep' | 'invalid_text';

/**
 * Text no field accepts anywhere: a NUL character (PostgreSQL cannot store it in text) or a lone
 * UTF-16 surrogate (not Unicode; it cannot be encoded as UTF-8, stored or compared).
 */
export function isAcceptableText(text: string): boolean {
  return !text.includes('\u0000') && text.isWellFormed();
}

/**
 * Walks a parsed JSON value, without recursion (a hostile body may nest thousands of levels):
 * `nesting_too_deep` past `maxDepth`, `invalid_text` for a key or string that is not acceptable text.
 */
export function inspectJson(value: unknown, maxDepth = MAX_JSON_DEPTH): JsonProblem | null {
  const pending: [unknown, number][] = [[value, 0]];
  while (pending.length > 0) {
    const [item, depth] = pending.pop() as [unknown, number];
    if (typeof item === 'string') {
      if (!isAcceptableText(item)) return 'invalid_text';
    } else if (typeof item === 'object' && item !== null) {
      if (depth >= maxDepth) return 'nesting_too_deep';
      if (Array.isArray(item)) {
        for (const element of item) pending.push([element, depth + 1]);
      } else {
        for (const [key, element] of Object.entries(item)) {
          if (!isAcceptableText(key)) return 'invalid_text';
          pending.push([element, depth + 1]);
        }
      }
    }
  }
  return null;
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * JSON bodies: strict UTF-8 (RFC 8259; another declared charset is refused), parsed by Fastify's
 * own safe parser (prototype-poisoning protection), then inspected, so that no handler, validator
 * or query ever sees a NUL, a lone surrogate or a deeply nested value. Every refusal names no part
 * of the body.
 */
export function registerJsonParser(fastify: FastifyInstance): void {
  const parse = fastify.getDefaultJsonParser('error', 'error');
  fastify.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, body, done) => {
    const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(String(request.headers['content-type'] ?? ''))?.[1];
    if (charset && !/^utf-?8$/i.test(charset)) return done(new DomainError([{ field: null, code: 'unsupported_media_type' }]), undefined);
    let text: string;
    try {
      text = utf8.decode(body as Buffer);
    } catch {
      return done(DomainError.of('invalid_text'), undefined);
    }
    parse(request, text, (error, value) => {
      if (error) return done(DomainError.of('malformed_json'), undefined);
      const problem = inspectJson(value);
      if (problem) return done(DomainError.of(problem), undefined);
      done(null, value);
    });
  });
}
