import type { FastifyInstance } from 'fastify';

/** `/api` and everything under it (not `/apiary`). */
export const isApiUrl = (url: string): boolean => url === '/api' || url.startsWith('/api/') || url.startsWith('/api?');

/** The API documentation page (outside production only): Swagger UI's own scripts and inline styles. */
const DOCS_POLICY = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
/** Every other answer of the API is data, never a document to render or frame. */
const DATA_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/**
 * Headers of every answer under /api: nothing is cached unless the route says so (receipts, the
 * session's CSRF token, accounts and the audit trail are personal or authenticated; public
 * progress sets its own `public, max-age=5`), nothing is sniffed or framed, no referrer leaves,
 * and in production browsers keep to HTTPS.
 */
export function apiHeaders(fastify: FastifyInstance, options: { production: boolean }): void {
  fastify.addHook('onSend', (request, reply, payload, done) => {
    if (isApiUrl(request.url)) {
      if (!reply.hasHeader('cache-control')) void reply.header('cache-control', 'no-store');
      void reply.header('x-content-type-options', 'nosniff');
      void reply.header('referrer-policy', 'no-referrer');
      if (!reply.hasHeader('content-security-policy')) {
        const html = String(reply.getHeader('content-type') ?? '').startsWith('text/html');
        void reply.header('content-security-policy', html ? DOCS_POLICY : DATA_POLICY);
      }
      if (options.production) void reply.header('strict-transport-security', 'max-age=31536000');
    }
    done(null, payload);
  });
}
