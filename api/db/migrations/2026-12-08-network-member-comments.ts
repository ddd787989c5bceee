import type { Kysely } from 'kysely';

// Written against Kysely<any> so it stays as it was on the day it shipped.
// A comment a signed-in member wrote remembers the member (null for everyone else): when they
// leave it shows as by a former member; when their membership is erased, the link goes with it.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('comments').addColumn('member_id', 'integer', (c) => c.references('members.id').onDelete('set null')).execute();
  await db.schema.createIndex('comments_member').on('comments').column('member_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('comments_member').execute();
  await db.schema.alterTable('comments').dropColumn('member_id').execute();
}
