import type { Kysely } from 'kysely';

// Written against Kysely<any> so it stays as it was on the day it shipped.
// A comment a signed-in member wrote remembers the member (null for everyone else): when they
// leave it shows as by a former member. The column names members.id but has no foreign key:
// on a new database this migration runs before `2026-12-08-network` creates `members` (names
// sort so), and PostgreSQL cannot reference a table that is not there yet. Erasing a membership
// sets it to null itself (api/network/member.erasure.ts), as `on delete set null` would.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('comments').addColumn('member_id', 'integer').execute();
  await db.schema.createIndex('comments_member').on('comments').column('member_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('comments_member').execute();
  await db.schema.alterTable('comments').dropColumn('member_id').execute();
}
