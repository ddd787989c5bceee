import type { Kysely } from 'kysely';

// Written against Kysely<any> so it stays as it was on the day it shipped.
// One column per statement: SQLite adds only one column per ALTER TABLE.
const columns = ['organisation_type', 'website', 'authority', 'authority_by', 'authority_at', 'authority_reason'];

export async function up(db: Kysely<any>): Promise<void> {
  for (const column of columns) {
    await db.schema.alterTable('signatures').addColumn(column, 'text').execute();
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const column of columns.toReversed()) {
    await db.schema.alterTable('signatures').dropColumn(column).execute();
  }
}
