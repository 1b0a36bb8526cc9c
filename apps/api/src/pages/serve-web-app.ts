import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { classifyPagePath, signPath } from '@eci/api-contract';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { i18n } from 'i18next';
import type { Logger } from 'pino';
import { DomainError } from '../platform/errors/domain-error';
import type { Translate } from '../platform/errors/error-response';
import { sendError } from '../platform/errors/house-error.filter';
import { I18N } from '../platform/i18n/i18n.module';
import { pickLanguage } from '../platform/i18n/language';
import { DEFAULT_INITIATIVE_REPOSITORY, type DefaultInitiativeRepository } from './default-initiative.repository';
import { splitUrl } from './page-routes';
import { renderPage } from './page-template';
import { PARTNER_ORIGINS_REPOSITORY, type PartnerOriginsRepository } from './partner-origins.repository';
import { isKeyWorkerScript, keyWorkerHeaders, webHeaders } from './security-headers';
import { isApiUrl } from '../platform/http/api-headers';

export interface WebAppOptions {
  webDir: string;
  captcha: boolean;
  translate: Translate;
  log: Logger;
}

/** The slug `/` leads to when no initiative exists yet (the page then says it is not found). */
const FALLBACK_SLUG = 'demo';


/**
 * The built web app (apps/web → dist/web) from the same origin, with strict security headers:
 * hashed assets as files (cached for good), and the page for `/{lang}/{slug}[/receipt/{id}]`,
 * its `<html lang>` set and framing allowed only to the initiative's partner origins.
 * `/`, `/{slug}` and `/{lang}` redirect (302) to a page in the reader's language.
 */
export async function serveWebApp(app: NestFastifyApplication, options: WebAppOptions): Promise<void> {
  const { webDir, captcha, translate, log } = options;
  const fastify = app.getHttpAdapter().getInstance() as unknown as FastifyInstance;
  const origins = app.get<PartnerOriginsRepository>(PARTNER_ORIGINS_REPOSITORY);
  const initiatives = app.get<DefaultInitiativeRepository>(DEFAULT_INITIATIVE_REPOSITORY);
  const messages = app.get<i18n>(I18N);

  const indexFile = join(webDir, 'index.html');
  const template = existsSync(indexFile) ? readFileSync(indexFile, 'utf8') : null;
  if (!template) {
    log.warn({ webDir }, 'the web app is not built (npm run build:web); only the API is served');
    fastify.get('/*', (request, reply) => sendError(DomainError.of('not_found'), request, reply, translate, log));
    return;
  }

  // The headers of everything outside /api; pages set their own set (with their frame-ancestors) first.
  const baseline = webHeaders();
  fastify.addHook('onSend', (request, reply, payload, done) => {
    if (!isApiUrl(request.url) && !reply.hasHeader('content-security-policy')) void reply.headers(baseline);
    done(null, payload);
  });

  await fastify.register(fastifyStatic, {
    root: webDir,
    prefix: '/',
    wildcard: false,
    index: false,
    decorateReply: false,
    globIgnore: ['index.html'],
    cacheControl: false,
    setHeaders: (reply, path) => {
      // Vite names assets by content hash: they never change under the same name.
      reply.header('cache-control', 'public, max-age=31536000, immutable');
      reply.header('cross-origin-resource-policy', 'same-origin');
      // The key worker compiles libsodium's WebAssembly: its script carries the one policy that allows it.
      if (isKeyWorkerScript(path)) reply.headers(keyWorkerHeaders());
    },
  });

  const redirect = (reply: FastifyReply, location: string) => reply.header('cache-control', 'no-store').header('vary', 'accept-language').redirect(location, 302);

  fastify.get('/*', async (request: FastifyRequest, reply: FastifyReply) => {
    if (isApiUrl(request.url)) {
      sendError(DomainError.of('not_found'), request, reply, translate, log);
      return reply;
    }
    const { path, query } = splitUrl(request.url);
    const route = classifyPagePath(path);
    const accepted = () => pickLanguage([], request.headers['accept-language']);
    switch (route.kind) {
      case 'choose-language':
        return redirect(reply, signPath(accepted(), route.slug ?? (await initiatives.defaultSlug()) ?? FALLBACK_SLUG) + query);
      case 'choose-initiative':
        return redirect(reply, signPath(route.lang, (await initiatives.defaultSlug()) ?? FALLBACK_SLUG) + query);
      case 'page': {
        // The console is never framed; the other pages by the initiative's partner origins only.
        const frameOrigins = route.route.page === 'console' ? [] : await origins.allowedOrigins(route.route.slug);
        return page(reply, 200, route.route.lang, webHeaders(frameOrigins));
      }
      case 'unknown':
        return page(reply, 404, accepted(), webHeaders());
    }
  });

  function page(reply: FastifyReply, status: number, lang: string, headers: Record<string, string>): FastifyReply {
    const html = renderPage(template as string, { lang, captcha, title: messages.t('page.siteName', { lng: lang }), noscript: messages.t('page.noscript', { lng: lang }) });
    return reply
      .status(status)
      .headers(headers)
      .header('content-type', 'text/html; charset=utf-8')
      .header('content-language', lang)
      .header('cache-control', 'no-cache')
      .send(html);
  }
}
