import { type ExpressionBuilder, sql } from 'kysely';
import type { Database, Db } from '../db/database.ts';
import { forUpdate } from '../db/dialect.ts';
import type { Comment, CommentReport, NewComment } from './comment.table.ts';

/**
 * The comments a campaigner has to look at: held ones, and published ones that readers
 * reported (open reports) or that reports hid. One condition, for the queue and its count.
 */
const waiting = (eb: ExpressionBuilder<Database, 'comments'>) =>
  eb.or([
    eb('comments.state', '=', 'held'),
    eb.and([
      eb('comments.state', '=', 'published'),
      eb.or([
        eb('comments.hidden_at', 'is not', null),
        eb.exists(eb.selectFrom('comment_reports as r').select('r.id').whereRef('r.comment_id', '=', 'comments.id').where('r.resolved_at', 'is', null)),
      ]),
    ]),
  ]);

/** Oldest first: the longest wait is the first seen. */
export const waitingComments = (db: Db): Promise<Comment[]> =>
  db.selectFrom('comments').selectAll().where(waiting).orderBy('created_at').orderBy('id').execute();

export async function countWaiting(db: Db): Promise<number> {
  const row = await db.selectFrom('comments').select((eb) => eb.fn.countAll<string | number>().as('n')).where(waiting).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Locked until the transaction ends, so of two campaigners deciding at once the second sees the first's decision. */
export const lockComment = (db: Db, id: number): Promise<Comment | undefined> =>
  forUpdate(db, db.selectFrom('comments').selectAll().where('id', '=', id)).executeTakeFirst();

export const findComment = (db: Db, id: number): Promise<Comment | undefined> => db.selectFrom('comments').selectAll().where('id', '=', id).executeTakeFirst();

export async function updateComment(db: Db, id: number, changes: Partial<NewComment>): Promise<void> {
  await db.updateTable('comments').set(changes).where('id', '=', id).execute();
}

export const openReportsOf = (db: Db, ids: number[]): Promise<CommentReport[]> =>
  ids.length === 0
    ? Promise.resolve([])
    : db.selectFrom('comment_reports').selectAll().where('comment_id', 'in', ids).where('resolved_at', 'is', null).orderBy('created_at').orderBy('id').execute();

export async function countOpenReports(db: Db, commentId: number): Promise<number> {
  const row = await db
    .selectFrom('comment_reports')
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .where('comment_id', '=', commentId)
    .where('resolved_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function resolveReports(db: Db, commentId: number, at: string, by: string): Promise<void> {
  await db.updateTable('comment_reports').set({ resolved_at: at, resolved_by: by }).where('comment_id', '=', commentId).where('resolved_at', 'is', null).execute();
}

/** Who last settled a comment's reports (a campaigner who kept it), if anyone. */
export async function lastResolver(db: Db, commentId: number): Promise<string | null> {
  const row = await db
    .selectFrom('comment_reports')
    .select('resolved_by')
    .where('comment_id', '=', commentId)
    .where('resolved_by', 'is not', null)
    .orderBy('resolved_at', 'desc')
    .executeTakeFirst();
  return row?.resolved_by ?? null;
}

/** How many reports one reporter has sent since a moment (the hourly limit). */
export async function reportsSince(db: Db, reporterKey: string, since: string): Promise<number> {
  const row = await db
    .selectFrom('comment_reports')
    .select(sql<string | number>`count(*)`.as('n'))
    .where('reporter_key', '=', reporterKey)
    .where('created_at', '>', since)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
