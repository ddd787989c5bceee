import { lockingRead } from '../db/dialect.ts';
import type { Db } from '../db/database.ts';
import type { NewSignature, Signature, SignatureUpdate } from './signature.table.ts';

export async function findSignature(db: Db, id: number): Promise<Signature | undefined> {
  return db.selectFrom('signatures').selectAll().where('id', '=', id).executeTakeFirst();
}

/**
 * The signature of this email on this letter, locked until the transaction ends: people typing
 * one address at the same moment then take turns, so the daily mail cap holds on PostgreSQL too.
 */
export async function findByEmailKeyLocked(db: Db, letter: string, emailKey: string): Promise<Signature | undefined> {
  const query = db.selectFrom('signatures').selectAll().where('letter', '=', letter).where('email_key', '=', emailKey);
  return lockingRead(db, query).executeTakeFirst();
}

/** Inserts unless this email has signed this letter already; returns the new id, or undefined. */
export async function insertSignature(db: Db, row: NewSignature): Promise<number | undefined> {
  const inserted = await db
    .insertInto('signatures')
    .values(row)
    .onConflict((oc) => oc.columns(['letter', 'email_key']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted?.id;
}

export async function updateSignature(db: Db, id: number, changes: SignatureUpdate): Promise<void> {
  await db.updateTable('signatures').set(changes).where('id', '=', id).execute();
}
