import { type Kysely, PostgresAdapter } from 'kysely';

/** The one place a migration may differ by database: how an auto-numbered key is declared. */
export function idType(db: Kysely<any>): 'serial' | 'integer' {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'serial' : 'integer';
}
