import type { Kysely } from 'kysely';

// Written against Kysely<any> so it stays as it was on the day it shipped.
// A per-letter mark of every change to the public list (api/lists/list-version.ts). Letters that
// already have signatures start at version 1, changed when their last signature counted or left.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('list_versions')
    .addColumn('letter', 'text', (c) => c.primaryKey())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('changed_at', 'text', (c) => c.notNull())
    .execute();
  const letters = await db
    .selectFrom('signatures')
    .select((eb) => ['letter', eb.fn.max('verified_at').as('verified'), eb.fn.max('withdrawn_at').as('withdrawn')])
    .where('verified_at', 'is not', null)
    .groupBy('letter')
    .execute();
  for (const { letter, verified, withdrawn } of letters) {
    const changed = [verified, withdrawn].filter(Boolean).sort().at(-1);
    await db.insertInto('list_versions').values({ letter, version: 1, changed_at: changed }).execute();
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('list_versions').execute();
}
