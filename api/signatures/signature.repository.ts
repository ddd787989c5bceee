import type { Db } from '../db/database.ts';
import { forUpdate } from '../db/dialect.ts';
import type { NewSignature, Signature, SignatureUpdate } from './signature.table.ts';

export async function findSignature(db: Db, id: number): Promise<Signature | undefined> {
  return db.selectFrom('signatures').selectAll().where('id', '=', id).executeTakeFirst();
}

/**
 * The signature, locked until the transaction ends (api/db/dialect.ts): read it so before a
 * decision on its state, and before touching its tokens, the order every change to a
 * signature takes, so two changes to one never wait on each other.
 */
export async function lockSignature(db: Db, id: number): Promise<Signature | undefined> {
  return forUpdate(db, db.selectFrom('signatures').selectAll().where('id', '=', id)).executeTakeFirst();
}

const byEmailKey = (db: Db, letter: string, emailKey: string) =>
  db.selectFrom('signatures').selectAll().where('letter', '=', letter).where('email_key', '=', emailKey);

export async function findByEmailKey(db: Db, letter: string, emailKey: string): Promise<Signature | undefined> {
  return byEmailKey(db, letter, emailKey).executeTakeFirst();
}

/** As `lockSignature`, found by its letter and address. */
export async function lockByEmailKey(db: Db, letter: string, emailKey: string): Promise<Signature | undefined> {
  return forUpdate(db, byEmailKey(db, letter, emailKey)).executeTakeFirst();
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

/** Where a signature's address is unique: its letter and its email key. */
export const addressOf = (row: { letter: string; email_key: string }) => `${row.letter}\n${row.email_key}`;

/**
 * Inserts many at once, skipping any whose email has signed its letter already (or twice among
 * these rows); answers the new ids by `addressOf`. One statement: all the rows go in, or none.
 */
export async function insertSignatures(db: Db, rows: NewSignature[]): Promise<Map<string, number>> {
  const inserted = await db
    .insertInto('signatures')
    .values(rows)
    .onConflict((oc) => oc.columns(['letter', 'email_key']).doNothing())
    .returning(['id', 'letter', 'email_key'])
    .execute();
  return new Map(inserted.map((r) => [addressOf(r), r.id]));
}

export async function updateSignature(db: Db, id: number, changes: SignatureUpdate): Promise<void> {
  await db.updateTable('signatures').set(changes).where('id', '=', id).execute();
}
