import { type Kysely, PostgresAdapter, type SelectQueryBuilder, sql } from 'kysely';

/** Where the two databases differ at run time (row locks, error codes), code asks this. */
export function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

/*
 * Read, decide, write: inside a transaction that is safe on SQLite, whose writer holds the
 * whole database from BEGIN IMMEDIATE to COMMIT. On PostgreSQL (READ COMMITTED, several app
 * servers) another transaction may change what was read before this one writes, so the
 * decision must be made under a lock held to the end of the transaction.
 */

/** The rows read stay locked until the transaction ends: `SELECT … FOR UPDATE` on PostgreSQL. */
export function forUpdate<DB, TB extends keyof DB, O>(db: Kysely<any>, query: SelectQueryBuilder<DB, TB, O>): SelectQueryBuilder<DB, TB, O> {
  return isPostgres(db) ? query.forUpdate() : query;
}

/**
 * A lock on a name rather than a row, until the transaction ends: for "count, then add" with no
 * row to lock yet (an address's mails this hour). PostgreSQL's transaction-level advisory lock.
 */
export async function lockName(db: Kysely<any>, name: string): Promise<void> {
  if (isPostgres(db)) await sql`select pg_advisory_xact_lock(hashtextextended(${name}, 0))`.execute(db);
}

/** The domain of an email address held in a column: what follows its `@`. */
export function domainOf(db: Kysely<any>, column: string) {
  return isPostgres(db) ? sql<string>`split_part(${sql.ref(column)}, '@', 2)` : sql<string>`substr(${sql.ref(column)}, instr(${sql.ref(column)}, '@') + 1)`;
}
