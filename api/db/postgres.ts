import { PostgresDialect } from 'kysely';
import pg from 'pg';
import Cursor from 'pg-cursor';
import { log as processLog } from '../log/logger.ts';

/** Connections each app server keeps for its requests; several servers share PostgreSQL's max_connections. */
const poolSize = 10;

/**
 * int8 (what count() and sum() answer) and numeric come back from pg as strings, to keep
 * precision beyond 2^53; no count of signatures comes near that, so both read as numbers and
 * every repository sees the same types on PostgreSQL as on SQLite.
 */
const types = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === pg.types.builtins.INT8 || oid === pg.types.builtins.NUMERIC) return (v: string) => Number(v);
    return pg.types.getTypeParser(oid, format);
  },
};

export function postgresPool(url: string, { max = poolSize, log = (line) => processLog.warn(line) }: { max?: number; log?: (line: string) => void } = {}): pg.Pool {
  const pool = new pg.Pool({
    connectionString: url,
    max,
    types,
    // A request waits this long for a connection, then is answered 503 rather than hanging
    // while the database is away.
    connectionTimeoutMillis: 5000,
    application_name: 'llofnod',
  });
  // An idle connection dropped by a database restart must not crash the server: the pool
  // discards it and the next query opens a new one.
  pool.on('error', (error) => log(`idle PostgreSQL connection lost: ${error.message}`));
  // Nor may one dropped while a request holds it between two queries (in a transaction): pg
  // emits that on the client, where no one listens. The request's next query fails (a 503),
  // and the pool discards the client when it is released.
  pool.on('connect', (client) => client.on('error', () => undefined));
  return pool;
}

export function postgresDialect(pool: pg.Pool): PostgresDialect {
  return new PostgresDialect({ pool, cursor: Cursor });
}
