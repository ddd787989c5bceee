import { sql } from 'kysely';
import type { Db } from '../db/database.ts';

/** `version` 0 and `changed_at` null: the list has never changed (nobody has been listed yet). */
export type ListVersion = { version: number; changed_at: string | null };

export async function readListVersion(db: Db, slug: string): Promise<ListVersion> {
  const row = await db.selectFrom('list_versions').select(['version', 'changed_at']).where('letter', '=', slug).executeTakeFirst();
  return row ? { version: Number(row.version), changed_at: row.changed_at } : { version: 0, changed_at: null };
}

/** How many data requests have changed what the letter publishes (see ListVersionTable). */
export async function readErasures(db: Db, slug: string): Promise<number> {
  const row = await db.selectFrom('list_versions').select('erasures').where('letter', '=', slug).executeTakeFirst();
  return Number(row?.erasures ?? 0);
}

/**
 * Marks the letter's public list as changed. Call it inside the transaction that changes it,
 * so the mark and the change commit (or roll back) together. A data request says so
 * (`erasure`): every server's caches then make afresh what they hold of the letter.
 */
export async function touchList(db: Db, slug: string, at: Date, { erasure = false } = {}): Promise<void> {
  const changed_at = at.toISOString();
  await db
    .insertInto('list_versions')
    .values({ letter: slug, version: 1, changed_at, erasures: erasure ? 1 : 0 })
    .onConflict((oc) =>
      oc.column('letter').doUpdateSet({ version: sql`list_versions.version + 1`, changed_at, ...(erasure ? { erasures: sql`list_versions.erasures + 1` } : {}) }),
    )
    .execute();
}
