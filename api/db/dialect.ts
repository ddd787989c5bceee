import { type Kysely, PostgresAdapter } from 'kysely';

/** Where the two databases differ at run time (row locks, error codes), code asks this. */
export function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}
