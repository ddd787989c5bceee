/**
 * Whether an error means the database is away for now (PostgreSQL stopped or restarting, a
 * connection refused, cut or timed out; SQLite locked past its busy timeout or failing to
 * read or write its file), as opposed to a fault in the request or the code. Such an error is
 * answered 503 with Retry-After: the request may be sent again, and nothing it did was
 * acknowledged.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e = error, depth = 0; e && typeof e === 'object' && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    if (unavailableHere(e as Fault)) return true;
    // Node reports a refused connection to a name with several addresses as an AggregateError.
    if (e instanceof AggregateError && e.errors.some((inner) => isDatabaseUnavailable(inner))) return true;
  }
  return false;
}

type Fault = { code?: unknown; message?: unknown };

/** Socket errors of a connection that could not be made or was cut. */
const networkCodes = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN']);

/**
 * PostgreSQL SQLSTATEs: class 08 (connection exception), 57P01–57P03 (shutting down, crashed,
 * starting up), 53300 (too many connections).
 */
const postgresUnavailable = /^(08...|57P0[123]|53300)$/;

/**
 * pg's own words for a pool that cannot get a connection in time, for a connection cut
 * mid-query, and for one already cut when the next statement (a transaction's rollback) is sent.
 */
const pgMessages = /^(timeout exceeded when trying to connect|Connection terminated|Client has encountered a connection error)/;

function unavailableHere({ code, message }: Fault): boolean {
  if (typeof code === 'string') {
    if (networkCodes.has(code) || postgresUnavailable.test(code)) return true;
    // better-sqlite3 names the extended result code (SQLITE_BUSY_SNAPSHOT, SQLITE_IOERR_FSYNC …).
    if (/^SQLITE_(BUSY|IOERR)/.test(code)) return true;
  }
  return typeof message === 'string' && pgMessages.test(message);
}
