import { recordAudit } from '../admin/audit.repository.ts';
import type { Db } from '../db/database.ts';
import type { Deps } from '../deps.ts';
import { InvalidInputError } from '../errors.ts';
import { fieldProblems } from '../i18n/validation/problems.ts';
import { enqueueMail } from '../mail/outbox.repository.ts';
import { type Author, type PostRef, lockPost, movePost, openReports, postTable, reportColumn } from './board.repository.ts';
import { removalInputSchema } from './board.schema.ts';
import { BoardRefusal } from './board.service.ts';
import type { BoardState } from './board.table.ts';

/**
 * The coordinators' side of the board: the queue of reported and hidden posts, and the two
 * decisions, keep (reports resolved, the post shown again) and remove (with a reason its author
 * is told by mail, in their language). Each decision locks the post, so of two coordinators
 * deciding at once the second is refused (`BoardRefusal('gone')`) and nothing is done twice.
 * `by` is the coordinator's address; api/admin/workspace-role.ts decides who may call these.
 */

export type QueueItem = {
  kind: PostRef['kind'];
  id: number;
  state: BoardState;
  body: string;
  lang: string;
  created_at: string;
  author: Author;
  thread: { id: number; title: string; body: string; state: BoardState };
  reasons: string[];
};

export async function moderationQueue(db: Db): Promise<QueueItem[]> {
  const reasons = async (post: PostRef) =>
    (await db.selectFrom('board_reports').select('reason').where(reportColumn(post.kind), '=', post.id).where('resolved_at', 'is', null).orderBy('created_at').execute()).map((r) => r.reason);
  const reported = (kind: PostRef['kind']) => (eb: any) => eb.or([eb('p.state', '=', 'hidden'), eb.exists(eb.selectFrom('board_reports as b').select('b.id').whereRef(`b.${reportColumn(kind)}`, '=', 'p.id').where('b.resolved_at', 'is', null))]);
  const threads = await db
    .selectFrom('board_threads as p')
    .leftJoin('members as m', 'm.id', 'p.member_id')
    .select(['p.id', 'p.state', 'p.title', 'p.body', 'p.lang', 'p.created_at', 'p.member_id', 'm.name', 'm.state as member_state'])
    .where('p.state', '!=', 'removed')
    .where(reported('thread'))
    .execute();
  const replies = await db
    .selectFrom('board_replies as p')
    .innerJoin('board_threads as t', 't.id', 'p.thread_id')
    .leftJoin('members as m', 'm.id', 'p.member_id')
    .select(['p.id', 'p.state', 'p.body', 'p.lang', 'p.created_at', 'p.member_id', 'm.name', 'm.state as member_state', 't.id as thread_id', 't.title', 't.body as thread_body', 't.state as thread_state'])
    .where('p.state', '!=', 'removed')
    .where(reported('reply'))
    .execute();
  const author = (memberId: number | null, name: string | null, state: string | null): Author => ({ memberId, name: state === 'active' && name ? name : undefined });
  const items: QueueItem[] = [];
  for (const t of threads) {
    items.push({ kind: 'thread', id: t.id, state: t.state, body: t.body, lang: t.lang, created_at: t.created_at, author: author(t.member_id, t.name, t.member_state), thread: { id: t.id, title: t.title, body: t.body, state: t.state }, reasons: await reasons({ kind: 'thread', id: t.id }) });
  }
  for (const r of replies) {
    items.push({ kind: 'reply', id: r.id, state: r.state, body: r.body, lang: r.lang, created_at: r.created_at, author: author(r.member_id, r.name, r.member_state), thread: { id: r.thread_id, title: r.title, body: r.thread_body, state: r.thread_state }, reasons: await reasons({ kind: 'reply', id: r.id }) });
  }
  return items.sort((a, b) => a.created_at.localeCompare(b.created_at));
}

const resolve = (tx: Db, post: PostRef, at: string, by: string) =>
  tx.updateTable('board_reports').set({ resolved_at: at, resolved_by: by }).where(reportColumn(post.kind), '=', post.id).where('resolved_at', 'is', null).execute();

/** Keeps a reported or hidden post: its reports are resolved and it is shown again. */
export async function keepPost(deps: Pick<Deps, 'db' | 'clock'>, post: PostRef, by: string): Promise<void> {
  const now = deps.clock();
  const at = now.toISOString();
  await deps.db.transaction().execute(async (tx) => {
    const row = await lockPost(tx, post);
    if (!row || row.state === 'removed' || (row.state === 'published' && (await openReports(tx, post)) === 0)) throw new BoardRefusal('gone');
    await movePost(tx, post, ['published', 'hidden'], { state: 'published', decided_at: at, decided_by: by, reason: null });
    await resolve(tx, post, at, by);
    await recordAudit(tx, { at: now, actor: by, action: 'board.kept', subject: { type: postTable(post.kind), id: post.id } });
  });
}

/** Removes a post with a reason; its author (while a member) is told by mail, in their language. */
export async function removePost(deps: Pick<Deps, 'db' | 'clock'>, post: PostRef, by: string, input: unknown): Promise<void> {
  const parsedInput = removalInputSchema.safeParse(input);
  if (!parsedInput.success) throw new InvalidInputError(fieldProblems(parsedInput.error));
  const { reason } = parsedInput.data;
  const now = deps.clock();
  const at = now.toISOString();
  await deps.db.transaction().execute(async (tx) => {
    const row = await lockPost(tx, post);
    if (!row || row.state === 'removed') throw new BoardRefusal('gone');
    if (!(await movePost(tx, post, ['published', 'hidden'], { state: 'removed', decided_at: at, decided_by: by, reason }))) throw new BoardRefusal('gone');
    await resolve(tx, post, at, by);
    // The reason stays on the post (erased with it); the log says only what was done.
    await recordAudit(tx, { at: now, actor: by, action: 'board.removed', subject: { type: postTable(post.kind), id: post.id } });
    if (row.member_id !== null) await enqueueMail(tx, 'board_removed', { memberId: row.member_id }, now);
  });
}
