/**
 * A database that cannot be reached is not a bug of the request: the API answers
 * `503 database_unavailable` with Retry-After, so clients and load balancers wait and try again,
 * instead of `500 internal`. The stores throw DatabaseUnavailableError for it.
 */

export class DatabaseUnavailableError extends Error {
  constructor(cause: unknown) {
    super(`the database cannot be reached (${cause instanceof Error ? cause.message : String(cause)})`, { cause });
    this.name = 'DatabaseUnavailableError';
  }
}

// Node's socket errors, and the SQLSTATEs of a connection that is gone or refused
// (https://www.postgresql.org/docs/current/errcodes-appendix.html): class 08 (connection
// exception), 57P01-57P03 (admin or crash shutdown, cannot connect now), 53300 (too many connections).
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE', 'ENOENT']);
const SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300']);
// node-postgres reports a lost or timed-out connection with these messages, without a code.
const MESSAGES = /Connection terminated|connection timeout|timeout exceeded when trying to connect|Client has encountered a connection error|Connection refused|not queryable/i;

/** True when `error` says the PostgreSQL server is unreachable, shutting down or refusing connections. */
export function isConnectionError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && (SOCKET_CODES.has(code) || SQLSTATES.has(code) || code.startsWith('08'))) return true;
  if (error instanceof AggregateError && error.errors.some(isConnectionError)) return true;
  return MESSAGES.test(error.message);
}
