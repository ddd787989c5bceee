import { sql } from 'kysely';
import type { Db } from '../db/database.ts';
import { forUpdate } from '../db/dialect.ts';
import type { BoardReply, BoardState, BoardThread } from './board.table.ts';

/** The board's reads and writes; `db` may be a transaction. */

/** A thread or a reply, as a report, a deletion or a coordinator's decision names it. */
export type PostRef = { kind: 'thread' | 'reply'; id: number };
export const postTable = (kind: PostRef['kind']) => (kind === 'thread' ? 'board_threads' : 'board_replies');
export const reportColumn = (kind: PostRef['kind']) => (kind === 'thread' ? 'thread_id' : 'reply_id');

/**
 * Who wrote a post, as the board shows it: the member's name while they are a member;
 * `undefined` ("Former member") once they left, were removed, or their data was erased.
 */
export type Author = { memberId: number | null; name: string | undefined };
const author = (memberId: number | null, name: string | null, state: string | null): Author => ({ memberId, name: state === 'active' && name ? name : undefined });

export type ThreadView = BoardThread & { author: Author; replies: number };
export type ReplyView = BoardReply & { author: Author };

const threadsWithAuthor = (db: Db) =>
  db
    .selectFrom('board_threads as t')
    .leftJoin('members as m', 'm.id', 't.member_id')
    .selectAll('t')
    .select(['m.name as author_name', 'm.state as author_state'])
    .select((eb) => eb.selectFrom('board_replies as r').whereRef('r.thread_id', '=', 't.id').where('r.state', '=', 'published').select((e) => e.fn.countAll<string | number>().as('n')).as('reply_count'));

type ThreadRow = BoardThread & { author_name: string | null; author_state: string | null; reply_count: string | number | null };
const threadView = ({ author_name, author_state, reply_count, ...t }: ThreadRow): ThreadView => ({ ...t, author: author(t.member_id, author_name, author_state), replies: Number(reply_count ?? 0) });

/** A page of the board: published threads, most recently active first; `after` is the last one of the page before. */
export async function listThreads(db: Db, { after, limit }: { after?: { at: string; id: number }; limit: number }): Promise<{ items: ThreadView[]; next?: { at: string; id: number } }> {
  let q = threadsWithAuthor(db).where('t.state', '=', 'published');
  if (after) q = q.where((eb) => eb.or([eb('t.active_at', '<', after.at), eb.and([eb('t.active_at', '=', after.at), eb('t.id', '<', after.id)])]));
  const rows = (await q.orderBy('t.active_at', 'desc').orderBy('t.id', 'desc').limit(limit + 1).execute()) as ThreadRow[];
  const items = rows.slice(0, limit).map(threadView);
  const last = items.at(-1);
  return rows.length > limit && last ? { items, next: { at: last.active_at, id: last.id } } : { items };
}

export async function findThread(db: Db, id: number): Promise<ThreadView | undefined> {
  const row = (await threadsWithAuthor(db).where('t.id', '=', id).executeTakeFirst()) as ThreadRow | undefined;
  return row && threadView(row);
}

/** A thread's replies, oldest first, in every state (the page says what a hidden or removed one was). */
export async function repliesOf(db: Db, threadId: number): Promise<ReplyView[]> {
  const rows = await db
    .selectFrom('board_replies as r')
    .leftJoin('members as m', 'm.id', 'r.member_id')
    .selectAll('r')
    .select(['m.name as author_name', 'm.state as author_state'])
    .where('r.thread_id', '=', threadId)
    .orderBy('r.created_at')
    .orderBy('r.id')
    .execute();
  return rows.map(({ author_name, author_state, ...r }) => ({ ...r, author: author(r.member_id, author_name, author_state) }));
}

export const lockPost = (db: Db, post: PostRef): Promise<{ id: number; member_id: number | null; state: BoardState; thread_id?: number } | undefined> =>
  post.kind === 'thread'
    ? forUpdate(db, db.selectFrom('board_threads').select(['id', 'member_id', 'state']).where('id', '=', post.id)).executeTakeFirst()
    : forUpdate(db, db.selectFrom('board_replies').select(['id', 'member_id', 'state', 'thread_id']).where('id', '=', post.id)).executeTakeFirst();

/** Moves a post from one state to another; false when it was no longer in `from` (someone else moved it first). */
export async function movePost(db: Db, post: PostRef, from: BoardState[], changes: { state: BoardState; decided_at: string; decided_by: string; reason: string | null }): Promise<boolean> {
  const table = postTable(post.kind);
  const { numUpdatedRows } = await db.updateTable(table).set(changes).where('id', '=', post.id).where('state', 'in', from).executeTakeFirstOrThrow();
  return numUpdatedRows === 1n;
}

/** How many posts (threads and replies, deleted or not) a member wrote since `since`. */
export async function postsSince(db: Db, memberId: number, since: string): Promise<number> {
  const { rows } = await sql<{ n: string | number }>`
    select (select count(*) from board_threads where member_id = ${memberId} and created_at > ${since})
         + (select count(*) from board_replies where member_id = ${memberId} and created_at > ${since}) as n`.execute(db);
  return Number(rows[0]?.n ?? 0);
}

export async function openReports(db: Db, post: PostRef): Promise<number> {
  const row = await db
    .selectFrom('board_reports')
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .where(reportColumn(post.kind), '=', post.id)
    .where('resolved_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
