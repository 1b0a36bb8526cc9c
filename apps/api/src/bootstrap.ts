import 'reflect-metadata';
import fastifyCookie from '@fastify/cookie';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { DestinationStream, Logger } from 'pino';
import { AppModule } from './app.module';
import { type Clock, systemClock } from './platform/clock/clock';
import { type AppConfig, loadConfig } from './platform/config/app-config';
import { EMBEDDED_POOL_SIZE, EmbeddedPostgres } from './platform/database/embedded-postgres';
import { HouseErrorFilter, sendError } from './platform/errors/house-error.filter';
import { houseValidationPipe } from './platform/errors/house-validation.pipe';
import type { Translate } from './platform/errors/error-response';
import { ERROR_TRANSLATE } from './platform/errors/error-translate';
import { InitiativesService } from './initiatives/initiatives.service';
import { allowInitiativeBodies } from './initiatives/initiative-body-limit';
import { AccountsService } from './accounts/accounts.service';
import { createDemoIfEmpty, type DemoSetup } from './demo/demo-setup';
import { removeExportLeftovers } from './exports/export-leftovers';
import { loadServerSecret } from './platform/keys/server-secret';
import { secureDataDirectory } from './platform/config/data-directory';
import { existsSync } from 'node:fs';
import { createLogger, NestPinoLogger } from './platform/logging/logger';
import { serveWebApp } from './pages/serve-web-app';
import { apiHeaders } from './platform/http/api-headers';
import { clientErrorHandler, frameworkErrorHandler, refuseUnknownExpectations, rememberRequestLanguages } from './platform/http/client-errors';
import { registerJsonParser } from './platform/http/json-body';
import { checkRouteParams } from './platform/http/route-params';

/** Public endpoints accept at most this many bytes of body. */
export const PUBLIC_BODY_LIMIT = 16 * 1024;
/** Longest path parameter the router passes on (longer: 414); the route-parameter check refuses what no identifier can be. */
const MAX_PARAM_LENGTH = 1000;
/** How long requests in flight may take to finish when the server stops. */
const SHUTDOWN_GRACE_MS = 5000;
/** Connections to a real PostgreSQL server. */
const SERVER_POOL_SIZE = 16;

export interface StartOptions {
  env: Record<string, string | undefined>;
  clock?: Clock;
  /** Where JSON log lines go (default: stdout). */
  logDestination?: DestinationStream;
}

export interface RunningApp {
  app: NestFastifyApplication;
  config: AppConfig;
  log: Logger;
  /** Set when the API runs its own embedded PostgreSQL. */
  embedded?: EmbeddedPostgres;
  /** What this start created for the demo (key files, accounts), to tell the user once. */
  demo?: DemoSetup;
  /** Stops the HTTP server, the database connections, then the embedded database. */
  close(): Promise<void>;
}

/** Builds the whole API (not yet listening): config, database, migrations, demo data, HTTP. */
export async function createApp(options: StartOptions): Promise<RunningApp> {
  const config = loadConfig(options.env);
  const log = createLogger(config.logLevel, options.logDestination);
  const clock = options.clock ?? systemClock;
  await removeExportLeftovers(log);

  if (!config.databaseUrl || existsSync(config.dataDir)) {
    const tightened = secureDataDirectory(config.dataDir);
    if (tightened > 0) log.warn({ dataDir: config.dataDir, entries: tightened }, 'the data directory was readable by others: now only by this user');
  }
  const embedded = config.databaseUrl ? undefined : await EmbeddedPostgres.start(config.dataDir);
  try {
    // Late-bound: the translation lives in the Nest app, which is built with the adapter.
    const late: { translate?: Translate; sendError?: (error: unknown, request: FastifyRequest, reply: FastifyReply) => void } = {};
    const requestTimeout = config.requestTimeoutSeconds * 1000;
    const adapter = new FastifyAdapter({
      bodyLimit: PUBLIC_BODY_LIMIT,
      trustProxy: config.trustProxy,
      routerOptions: { maxParamLength: MAX_PARAM_LENGTH },
      // A request (headers and body) must arrive within the timeout; headers within a third of it.
      requestTimeout,
      http: { requestTimeout, headersTimeout: Math.ceil(requestTimeout / 3), connectionsCheckingInterval: Math.min(1000, Math.ceil(requestTimeout / 4)) },
      clientErrorHandler: clientErrorHandler(() => late.translate as Translate),
      frameworkErrors: frameworkErrorHandler((error, request, reply) => late.sendError?.(error, request, reply)) as never,
    });
    const app = await NestFactory.create<NestFastifyApplication>(
      AppModule.forRoot({
        config,
        clock,
        databaseUrl: embedded ? embedded.url : (config.databaseUrl as string),
        databasePoolSize: embedded ? EMBEDDED_POOL_SIZE : SERVER_POOL_SIZE,
        serverSecret: loadServerSecret(config.secret, config.dataDir),
      }),
      adapter,
      { logger: new NestPinoLogger(log), abortOnError: false, bodyParser: false },
    );
    app.setGlobalPrefix('api');

    const translations = app.get<Translate>(ERROR_TRANSLATE);
    const sendHouseError = (error: unknown, request: FastifyRequest, reply: FastifyReply) => sendError(error, request, reply, translations, log);
    late.translate = translations;
    late.sendError = sendHouseError;
    app.useGlobalFilters(new HouseErrorFilter(translations, log));
    app.useGlobalPipes(houseValidationPipe());

    const fastify = app.getHttpAdapter().getInstance() as unknown as FastifyInstance;
    registerJsonParser(fastify);
    allowInitiativeBodies(fastify);
    rememberRequestLanguages(fastify);
    checkRouteParams(fastify, sendHouseError);
    apiHeaders(fastify, { production: config.production });
    refuseUnknownExpectations(app.getHttpServer(), () => translations);
    await fastify.register(fastifyCookie);
    fastify.addHook('onResponse', (request, reply, done) => {
      log.info({ method: request.method, route: request.routeOptions.url ?? 'unmatched', status: reply.statusCode, ms: Math.round(reply.elapsedTime) }, 'request');
      done();
    });

    const openApi = SwaggerModule.createDocument(
      app,
      new DocumentBuilder()
        .setTitle('ECI signature collector API')
        .setDescription("Statements of support for European Citizens' Initiatives. Errors always have the shape {\"errors\":[{field, code, message}]}.")
        .setVersion('0.1.0')
        .build(),
    );
    // The browsable documentation only outside production; the document itself always.
    SwaggerModule.setup('api/docs', app, openApi, { jsonDocumentUrl: 'api/docs/openapi.json', ui: !config.production, raw: ['json'] });

    await serveWebApp(app, { webDir: config.webDir, captcha: config.captcha, translate: translations, log });
    await app.init();

    const demo = config.demo ? await createDemoIfEmpty(app.get(InitiativesService), app.get(AccountsService), config, log) : undefined;

    let closed = false;
    return {
      app,
      config,
      log,
      embedded,
      demo,
      async close() {
        if (closed) return;
        closed = true;
        // Requests in flight may finish; a connection still open after the grace period (a client
        // that keeps it without a request, a download nobody reads) is closed, so that stopping
        // never waits for a client's keep-alive timeout.
        const server = app.getHttpServer();
        const force = setTimeout(() => server.closeAllConnections(), SHUTDOWN_GRACE_MS);
        try {
          await app.close();
        } finally {
          clearTimeout(force);
          await embedded?.stop();
          // PGlite creates its files readable by others (the directory itself is 0700): tightened
          // here, so that the next start finds nothing to warn about unless someone else changed it.
          if (embedded) secureDataDirectory(config.dataDir);
        }
      },
    };
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
}
