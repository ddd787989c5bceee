import type { Kysely } from 'kysely';

// Written against Kysely<any> so it stays as it was on the day it shipped.
// Citable snapshots of a letter's public list, and the snapshot each delivery carried.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('snapshots')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('letter', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('total', 'integer', (c) => c.notNull())
    .addColumn('individuals', 'integer', (c) => c.notNull())
    .addColumn('organisations', 'integer', (c) => c.notNull())
    .addColumn('by_country', 'text', (c) => c.notNull())
    .addColumn('rows', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('list_version', 'integer', (c) => c.notNull())
    .addColumn('file', 'text', (c) => c.notNull())
    .addColumn('original_sha256', 'text')
    .addColumn('amended_at', 'text')
    .execute();
  // One snapshot per state of a list: a second server freezing the same version at once fails here.
  await db.schema.createIndex('snapshots_letter_version').on('snapshots').columns(['letter', 'list_version']).unique().execute();
  await db.schema.createIndex('snapshots_letter_created').on('snapshots').columns(['letter', 'created_at']).execute();
  await db.schema.alterTable('deliveries').addColumn('snapshot_id', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('deliveries').dropColumn('snapshot_id').execute();
  await db.schema.dropTable('snapshots').execute();
}
