/**
 * What a failed database call means for the data, decided once for the whole API.
 *
 * - `DatabaseUnavailableError`: the database could not be reached or refused the work before
 *   anything was written (no connection, or the statement was never sent). Nothing was saved.
 * - `CommitOutcomeUnknownError`: the statement was sent and the connection broke (or the server
 *   went down) before its result came back. The transaction may have committed or not; only a
 *   later read can tell. A signer is told so, with the receipt to check, never "nothing was saved".
 */
export class DatabaseUnavailableError extends Error {
  constructor() {
    super('The database could not be reached; nothing was written');
    this.name = 'DatabaseUnavailableError';
  }
}

export class CommitOutcomeUnknownError extends Error {
  constructor() {
    super('The connection to the database broke while a write was in flight; it may or may not have committed');
    this.name = 'CommitOutcomeUnknownError';
  }
}

/** Node's socket errors of a connection that cannot be made or was lost. */
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN', 'ENOENT', 'ECONNABORTED']);
/** node-postgres and TypeORM say these in words, without a code. */
const CONNECTION_WORDS = /connection terminated|timeout exceeded when trying to connect|connection error and is not queryable|connection ended|connection is closed|cannot use a pool after calling end|query read timeout|client was closed/i;
/**
 * SQLSTATE classes of a server that cannot serve: 08 connection exception, 57P0x shutdown or
 * crash, 53300 too many connections, 3D000 the database does not exist (dropped).
 */
const UNAVAILABLE_STATES = /^(08|57P0|53300$|3D000$)/;
/**
 * SQLSTATE classes after which the server has rolled the statement back for certain: data
 * exceptions, integrity violations, syntax or access rule violations, transaction rollbacks,
 * unsupported features. Anything else after the statement was sent leaves the outcome open.
 */
const ROLLED_BACK_STATES = /^(22|23|42|40|0A|2B|2D|2F|44)/;

function causes(error: unknown): unknown[] {
  const chain: unknown[] = [];
  for (let e = error, depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
    chain.push(e);
    const next = (e as { driverError?: unknown; cause?: unknown }).driverError ?? (e as { cause?: unknown }).cause;
    if (next === e) break;
    e = next;
  }
  return chain;
}

/** The five-character SQLSTATE of a server error (node-postgres puts it in `code`), if any. */
export function sqlState(error: unknown): string | undefined {
  for (const e of causes(error)) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) && typeof (e as { severity?: unknown }).severity === 'string') return code;
  }
  return undefined;
}

/** True when an error says the database cannot be reached or cannot serve, not that the query was wrong. */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (error instanceof DatabaseUnavailableError || error instanceof CommitOutcomeUnknownError) return true;
  const state = sqlState(error);
  if (state) return UNAVAILABLE_STATES.test(state);
  return causes(error).some((e) => {
    const code = (e as { code?: unknown }).code;
    const message = (e as { message?: unknown }).message;
    return (typeof code === 'string' && SOCKET_CODES.has(code)) || (typeof message === 'string' && CONNECTION_WORDS.test(message));
  });
}

/**
 * The meaning of a failed write: `sent` says whether the statement had been handed to the
 * connection. Unsent: nothing was saved (if the database is the cause). Sent: nothing was saved
 * only if the server rolled it back for certain; otherwise the outcome is unknown. An error that is
 * not about the database at all (a bug) is returned as it is.
 */
export function writeFailure(error: unknown, sent: boolean): unknown {
  const state = sqlState(error);
  if (!sent) return isDatabaseUnavailable(error) ? new DatabaseUnavailableError() : error;
  if (state && ROLLED_BACK_STATES.test(state)) return error;
  if (state || isDatabaseUnavailable(error)) return new CommitOutcomeUnknownError();
  return error;
}
