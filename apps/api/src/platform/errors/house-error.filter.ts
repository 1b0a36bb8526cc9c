import { ArgumentsHost, Catch, ExceptionFilter } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import { pickLanguage } from '../i18n/language';
import { toErrorResponse, type Translate } from './error-response';

/** Every error Nest sees leaves in the house shape, in the requester's language. */
@Catch()
export class HouseErrorFilter implements ExceptionFilter {
  constructor(
    private readonly translate: Translate,
    private readonly log: Logger,
  ) {}

  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    sendError(error, http.getRequest<FastifyRequest>(), http.getResponse<FastifyReply>(), this.translate, this.log);
  }
}

export function requestLanguage(request: FastifyRequest): string {
  const body = request.body as { lang?: unknown } | undefined;
  const query = request.query as { lang?: unknown } | undefined;
  const explicit = [body?.lang, query?.lang].map((v) => (typeof v === 'string' ? v : undefined));
  return pickLanguage(explicit, request.headers['accept-language']);
}

export function sendError(error: unknown, request: FastifyRequest, reply: FastifyReply, translate: Translate, log: Logger): void {
  const lang = requestLanguage(request);
  const { status, body, headers } = toErrorResponse(error, lang, translate, log);
  void reply.status(status).headers(headers).header('content-type', 'application/json; charset=utf-8').header('content-language', lang).send(body);
}
