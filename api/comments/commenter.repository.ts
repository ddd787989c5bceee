import type { Db } from '../db/database.ts';
import type { Commenter, CommenterTable } from './comment.table.ts';
import type { Insertable, Updateable } from 'kysely';

export async function findCommenterByKey(db: Db, emailKey: string): Promise<Commenter | undefined> {
  return db.selectFrom('commenters').selectAll().where('email_key', '=', emailKey).executeTakeFirst();
}

export async function findCommenter(db: Db, id: number): Promise<Commenter | undefined> {
  return db.selectFrom('commenters').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findCommenterByConfirmHash(db: Db, hash: string): Promise<Commenter | undefined> {
  return db.selectFrom('commenters').selectAll().where('confirm_hash', '=', hash).executeTakeFirst();
}

export async function insertCommenter(db: Db, row: Insertable<CommenterTable>): Promise<Commenter> {
  return db.insertInto('commenters').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function updateCommenter(db: Db, id: number, changes: Updateable<CommenterTable>): Promise<void> {
  await db.updateTable('commenters').set(changes).where('id', '=', id).execute();
}

/** How many confirmation mails one commenter has been sent since a moment: their mailbox hears at most a few a day. */
export async function confirmMailsSince(db: Db, commenterId: number, since: Date): Promise<number> {
  const row = await db
    .selectFrom('outbox')
    .innerJoin('comments', 'comments.id', 'outbox.comment_id')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('comments.commenter_id', '=', commenterId)
    .where('outbox.kind', '=', 'comment_confirm')
    .where('outbox.created_at', '>', since.toISOString())
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
