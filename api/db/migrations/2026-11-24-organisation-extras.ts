import type { Kysely } from 'kysely';

// Written against Kysely<any> so it stays as it was on the day it shipped.
// An organisation's logo (its upload key) and a campaigner's "notable" mark; one column per
// statement, as SQLite adds only one column per ALTER TABLE. A logo is looked up among a
// letter's organisations, which signatures_list_kind already finds (they are few), so it needs
// no index of its own.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('signatures').addColumn('logo', 'text').execute();
  await db.schema.alterTable('signatures').addColumn('notable', 'integer', (c) => c.notNull().defaultTo(0)).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('signatures').dropColumn('notable').execute();
  await db.schema.alterTable('signatures').dropColumn('logo').execute();
}
