import { STATUS_CODES } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { pickLanguage } from '../i18n/language';
import { DomainError, type ErrorItem } from '../errors/domain-error';
import type { Translate } from '../errors/error-response';

/**
 * What Node's HTTP parser refuses (a malformed request line or header, headers over the limit, a
 * request that does not arrive in time) never reaches Fastify: it surfaces as `clientError` on the
 * socket. It is answered here, in the house shape and the requester's language (read from the
 * bytes received, when the parser got that far), echoing nothing, and the connection is closed.
 */
export function clientErrorHandler(translate: () => Translate) {
  return (error: Error & { code?: string; rawPacket?: unknown }, socket: Socket): void => {
    if (error.code === 'ECONNRESET' || socket.destroyed) return;
    const [status, code] = parserRefusal(error.code);
    const lang = pickLanguage([], headerLanguages.get(socket) ?? acceptLanguageOf(Buffer.isBuffer(error.rawPacket) ? error.rawPacket : undefined));
    const item: ErrorItem = { field: null, code };
    const body = JSON.stringify({ errors: [{ field: null, code, message: translate()(item, lang) }] });
    if (socket.writable) {
      socket.write(
        `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n` +
          'Content-Type: application/json; charset=utf-8\r\n' +
          `Content-Language: ${lang}\r\n` +
          `Content-Length: ${Buffer.byteLength(body)}\r\n` +
          'Cache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\nConnection: close\r\n\r\n' +
          body,
      );
    }
    socket.destroy();
  };
}

/**
 * The Accept-Language of the request a connection is carrying, kept from the moment its headers
 * were read, so that a body that then does not arrive in time is refused in that language too.
 */
const headerLanguages = new WeakMap<Socket, string>();

export function rememberRequestLanguages(fastify: FastifyInstance): void {
  fastify.addHook('onRequest', (request, _reply, done) => {
    const header = request.headers['accept-language'];
    if (typeof header === 'string') headerLanguages.set(request.raw.socket, header);
    else headerLanguages.delete(request.raw.socket);
    done();
  });
}

function parserRefusal(code: string | undefined): [number, ErrorItem['code']] {
  switch (code) {
    case 'HPE_HEADER_OVERFLOW':
      return [431, 'headers_too_large'];
    case 'ERR_HTTP_REQUEST_TIMEOUT':
    case 'ERR_HTTP_HEADERS_TIMEOUT':
      return [408, 'request_timeout'];
    default:
      return [400, 'bad_request'];
  }
}

/** The Accept-Language header among the bytes the parser had read, if it is there and plain. */
function acceptLanguageOf(raw: Buffer | undefined): string | undefined {
  if (!raw) return undefined;
  const match = /\r\naccept-language:[ \t]*([A-Za-z0-9,;=. *-]{1,200})\r\n/i.exec(raw.toString('latin1'));
  return match?.[1];
}

/**
 * Fastify's router refusals (a URL that does not decode, a path parameter over the router's length
 * limit) as house errors: by default Fastify answers them with its own body, which quotes the URL.
 */
export function frameworkErrorHandler(send: (error: DomainError, request: FastifyRequest, reply: FastifyReply) => void) {
  return (error: Error & { code?: string }, request: FastifyRequest, reply: FastifyReply): void => {
    const refusal = error.code === 'FST_ERR_MAX_PARAM_LENGTH' ? new DomainError([{ field: null, code: 'uri_too_long' }]) : DomainError.of('bad_request');
    send(refusal, request, reply);
  };
}

/**
 * `Expect:` with anything but `100-continue` is refused by Node itself (417, empty body) unless the
 * server listens for it: answered here in the house shape instead.
 */
export function refuseUnknownExpectations(server: Server, translate: () => Translate): void {
  server.on('checkExpectation', (request: IncomingMessage, response: ServerResponse) => {
    const lang = pickLanguage([], request.headers['accept-language']);
    const item: ErrorItem = { field: null, code: 'expectation_failed' };
    const body = JSON.stringify({ errors: [{ field: null, code: item.code, message: translate()(item, lang) }] });
    response.writeHead(417, {
      'content-type': 'application/json; charset=utf-8',
      'content-language': lang,
      'content-length': Buffer.byteLength(body),
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      connection: 'close',
    });
    response.end(body);
  });
}
