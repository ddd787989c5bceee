import type { Updateable } from 'kysely';
import type { Db } from '../db/database.ts';
import type { Comment, CommentState, CommentTable, NewComment } from './comment.table.ts';

export async function insertComment(db: Db, row: NewComment): Promise<number> {
  const { id } = await db.insertInto('comments').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

export async function findComment(db: Db, id: number): Promise<Comment | undefined> {
  return db.selectFrom('comments').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findCommentByEditHash(db: Db, hash: string): Promise<Comment | undefined> {
  return db.selectFrom('comments').selectAll().where('edit_hash', '=', hash).executeTakeFirst();
}

export async function updateComment(db: Db, id: number, changes: Updateable<CommentTable>): Promise<void> {
  await db.updateTable('comments').set(changes).where('id', '=', id).execute();
}

/** Comments in one of some states, for a commenter: those waiting for their address to be confirmed, say. */
export async function commentsOf(db: Db, commenterId: number, states: readonly CommentState[]): Promise<Comment[]> {
  return db.selectFrom('comments').selectAll().where('commenter_id', '=', commenterId).where('state', 'in', states).orderBy('id').execute();
}

/** Comments sent since a moment by one commenter, or from one client address: the rate limit counts both. */
export async function sentSince(db: Db, by: { commenterId: number } | { address: string }, since: Date): Promise<number> {
  let query = db
    .selectFrom('comments')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('created_at', '>', since.toISOString());
  query = 'commenterId' in by ? query.where('commenter_id', '=', by.commenterId) : query.where('client_address', '=', by.address);
  return Number((await query.executeTakeFirstOrThrow()).n);
}

/**
 * Every comment of a post a page might show, oldest first: the published (hidden ones too, as a
 * placeholder), the deleted (a reply may hang under one) and those still waiting (shown only to
 * their own author). Never rejected or spam.
 */
export async function commentsOfPost(db: Db, post: string): Promise<Comment[]> {
  return db
    .selectFrom('comments')
    .selectAll()
    .where('post', '=', post)
    .where('state', 'in', ['published', 'deleted', 'held', 'unconfirmed'])
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

/** The newest published comment's time per post: the sitemap's lastmod. */
export async function lastCommentAt(db: Db): Promise<Map<string, string>> {
  const rows = await db
    .selectFrom('comments')
    .select((eb) => ['post', eb.fn.max('published_at').as('latest')])
    .where('state', '=', 'published')
    .groupBy('post')
    .execute();
  return new Map(rows.flatMap((r) => (r.latest ? [[r.post, String(r.latest)]] : [])));
}
