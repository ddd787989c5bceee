import type { Kysely } from 'kysely';
import { isPostgres } from '../dialect.ts';

export { isPostgres };

/** Where a migration may differ by database: how an auto-numbered key is declared (and, rarely, how a table changes). */
export function idType(db: Kysely<any>): 'serial' | 'integer' {
  return isPostgres(db) ? 'serial' : 'integer';
}
