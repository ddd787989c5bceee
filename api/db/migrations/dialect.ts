import type { Kysely } from 'kysely';
import { isPostgres } from '../dialect.ts';

/** The one place a migration may differ by database: how an auto-numbered key is declared. */
export function idType(db: Kysely<any>): 'serial' | 'integer' {
  return isPostgres(db) ? 'serial' : 'integer';
}
