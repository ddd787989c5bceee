import type { Db } from '../db/database.ts';
import type { Snapshot } from './snapshot.table.ts';

export const snapshotById = (db: Db, id: string): Promise<Snapshot | undefined> =>
  db.selectFrom('snapshots').selectAll().where('id', '=', id).executeTakeFirst();

export const latestSnapshot = (db: Db, letter: string): Promise<Snapshot | undefined> =>
  db.selectFrom('snapshots').selectAll().where('letter', '=', letter).orderBy('created_at', 'desc').orderBy('list_version', 'desc').executeTakeFirst();

export const snapshotOfVersion = (db: Db, letter: string, version: number): Promise<Snapshot | undefined> =>
  db.selectFrom('snapshots').selectAll().where('letter', '=', letter).where('list_version', '=', version).executeTakeFirst();

/** False when that version of the list is frozen already (by another server at the same moment). */
export async function insertSnapshot(db: Db, snapshot: Snapshot): Promise<boolean> {
  const result = await db
    .insertInto('snapshots')
    .values(snapshot)
    .onConflict((oc) => oc.columns(['letter', 'list_version']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

export const snapshotsOf = (db: Db, letter: string): Promise<Snapshot[]> =>
  db.selectFrom('snapshots').selectAll().where('letter', '=', letter).orderBy('created_at').execute();

/**
 * Points a snapshot at its amended CSV, keeping the first hash it ever had. False when its file
 * changed meanwhile (another amendment won): the caller amends the newer file instead.
 */
export async function switchToAmended(db: Db, s: Snapshot, amended: { file: string; sha256: string; at: string }): Promise<boolean> {
  const result = await db
    .updateTable('snapshots')
    .set({ file: amended.file, sha256: amended.sha256, original_sha256: s.original_sha256 ?? s.sha256, amended_at: amended.at })
    .where('id', '=', s.id)
    .where('file', '=', s.file)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
