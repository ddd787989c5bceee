import { type Kysely, PostgresAdapter } from 'kysely';

/** Where the two databases differ at run time (row locks, error codes), code asks this. */
export function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

/**
 * Locks the rows a query reads until the transaction ends: `FOR UPDATE` on PostgreSQL, where
 * concurrent transactions otherwise read the same row and both act on it. SQLite has no row
 * locks and needs none: a write transaction (BEGIN IMMEDIATE) holds the one write lock.
 */
export function lockingRead<Q extends { forUpdate(): Q }>(db: Kysely<any>, query: Q): Q {
  return isPostgres(db) ? query.forUpdate() : query;
}
