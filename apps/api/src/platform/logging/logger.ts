import type { LoggerService } from '@nestjs/common';
import pino, { type DestinationStream, type Logger } from 'pino';

/**
 * Structured JSON logs. Request bodies, headers, IP addresses and query strings are never logged:
 * the request log line carries method, route pattern, status and duration only.
 */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'eci-api' },
      redact: { paths: ['body', '*.body', 'headers', '*.headers', 'req', 'res'], remove: true },
      serializers: { err: describeError },
    },
    destination,
  );
}

/** Identifier-like values only: names of constraints, tables, routines, SQLSTATEs, errno codes. */
const IDENTIFIER = /^[A-Za-z0-9_.$-]{1,80}$/;

/**
 * What an error may say in a log line. Database errors carry what was sent: TypeORM's
 * `QueryFailedError` copies every query parameter (receipt ids, identity hashes, sealed statements,
 * slugs, e-mail addresses) onto the error, and PostgreSQL's messages and details quote values
 * ("Key (email)=(…) already exists", "invalid input syntax for type uuid: \"…\""). So an error is
 * logged as its type, its codes and identifiers, and its stack frames, never its message when it
 * comes from the database or a parser, never its parameters or details.
 */
export function describeError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { type: typeof error };
  const out: Record<string, unknown> = { type: error.name || error.constructor?.name || 'Error' };
  const fields = error as unknown as Record<string, unknown>;
  const driver = fields.driverError as Record<string, unknown> | undefined;
  const fromDatabase = driver !== undefined || 'parameters' in fields || typeof fields.severity === 'string' || typeof fields.routine === 'string';
  for (const key of ['code', 'routine', 'constraint', 'table', 'column', 'dataType', 'schema'] as const) {
    const value = fields[key] ?? driver?.[key];
    if (typeof value === 'string' && IDENTIFIER.test(value)) out[key] = value;
  }
  if (!fromDatabase && !(error instanceof SyntaxError)) out.message = error.message;
  // The stack without its first line, which repeats the message.
  if (typeof error.stack === 'string') out.stack = error.stack.split('\n').filter((line) => /^\s+at /.test(line)).join('\n');
  if (error.cause !== undefined && error.cause !== error) out.cause = describeError(error.cause);
  return out;
}

/** Nest's logger interface on top of pino, so framework messages are JSON lines too. */
export class NestPinoLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}

  log(message: unknown, context?: string): void {
    this.logger.info({ context }, String(message));
  }
  error(message: unknown, trace?: string, context?: string): void {
    this.logger.error({ context, trace }, String(message));
  }
  warn(message: unknown, context?: string): void {
    this.logger.warn({ context }, String(message));
  }
  debug(message: unknown, context?: string): void {
    this.logger.debug({ context }, String(message));
  }
  verbose(message: unknown, context?: string): void {
    this.logger.trace({ context }, String(message));
  }
}
