import { sql } from 'kysely';
import type { Db } from '../db/database.ts';

/** `version` 0 and `changed_at` null: the list has never changed (nobody has been listed yet). */
export type ListVersion = { version: number; changed_at: string | null };

export async function readListVersion(db: Db, slug: string): Promise<ListVersion> {
  const row = await db.selectFrom('list_versions').select(['version', 'changed_at']).where('letter', '=', slug).executeTakeFirst();
  return row ? { version: Number(row.version), changed_at: row.changed_at } : { version: 0, changed_at: null };
}

/**
 * Marks the letter's public list as changed. Call it inside the transaction that changes it,
 * so the mark and the change commit (or roll back) together.
 */
export async function touchList(db: Db, slug: string, at: Date): Promise<void> {
  await db
    .insertInto('list_versions')
    .values({ letter: slug, version: 1, changed_at: at.toISOString() })
    .onConflict((oc) => oc.column('letter').doUpdateSet({ version: sql`list_versions.version + 1`, changed_at: at.toISOString() }))
    .execute();
}
