import type { Deps } from '../deps.ts';
import { InvalidInputError } from '../errors.ts';
import { lockName } from '../db/dialect.ts';
import { fieldProblems } from '../i18n/validation/problems.ts';
import { type PostRef, lockPost, movePost, openReports, postsSince, reportColumn } from './board.repository.ts';
import { replyInputSchema, reportInputSchema, threadInputSchema } from './board.schema.ts';
import type { Member } from './member.table.ts';

/**
 * What a signed-in member does on the board: start a thread, reply, delete their own post,
 * report someone's. These functions take the member the page signed in (api/network/
 * member-session.service.ts answers only for `active` members); who may moderate is elsewhere.
 */

/** A member may write this many posts an hour: enough for any conversation, too few for a flood. */
export const postsPerHour = 10;
export const defaultReportsToHide = 3;

/** Why the board refused: the post is gone or closed, is not the member's, or the member has posted enough this hour. */
export class BoardRefusal extends Error {
  readonly reason: 'gone' | 'not_yours' | 'too_many';
  constructor(reason: BoardRefusal['reason']) {
    super(`board: ${reason}`);
    this.reason = reason;
    this.name = 'BoardRefusal';
  }
}

type BoardDeps = Pick<Deps, 'db' | 'clock'> & { board?: { reportsToHide: number } };

function parsed<T>(schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: import('zod').ZodError } }, input: unknown): T {
  const r = schema.safeParse(input);
  if (!r.success) throw new InvalidInputError(fieldProblems(r.error));
  return r.data;
}

/** Counts the member's posts of the last hour under a lock on their name, so two tabs posting at once cannot both slip under the limit. */
async function withinLimit(tx: Deps['db'], memberId: number, now: Date) {
  await lockName(tx, `board-post:${memberId}`);
  if ((await postsSince(tx, memberId, new Date(now.getTime() - 3_600_000).toISOString())) >= postsPerHour) throw new BoardRefusal('too_many');
}

export async function startThread(deps: BoardDeps, member: Member, input: unknown): Promise<number> {
  const { title, body, lang } = parsed(threadInputSchema, input);
  const now = deps.clock();
  const at = now.toISOString();
  return deps.db.transaction().execute(async (tx) => {
    await withinLimit(tx, member.id, now);
    const row = await tx
      .insertInto('board_threads')
      .values({ member_id: member.id, title, body, lang, state: 'published', created_at: at, edited_at: null, active_at: at, decided_at: null, decided_by: null, reason: null, digested_at: null })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  });
}

/** A reply to a published thread; the thread moves to the top of the board. */
export async function replyTo(deps: BoardDeps, member: Member, threadId: number, input: unknown): Promise<number> {
  const { body, lang } = parsed(replyInputSchema, input);
  const now = deps.clock();
  const at = now.toISOString();
  return deps.db.transaction().execute(async (tx) => {
    const thread = await lockPost(tx, { kind: 'thread', id: threadId });
    if (thread?.state !== 'published') throw new BoardRefusal('gone');
    await withinLimit(tx, member.id, now);
    const row = await tx
      .insertInto('board_replies')
      .values({ thread_id: threadId, member_id: member.id, body, lang, state: 'published', created_at: at, edited_at: null, decided_at: null, decided_by: null, reason: null })
      .returning('id')
      .executeTakeFirstOrThrow();
    await tx.updateTable('board_threads').set({ active_at: at }).where('id', '=', threadId).execute();
    return row.id;
  });
}

/** `author` in `decided_by`: the coordinators' queue and the page tell a post its author deleted from one a coordinator removed. */
export const deletedByAuthor = 'author';

/** An author deletes their own post (published or hidden); it is removed, and a thread's replies stay beneath the note that it was. */
export async function deleteOwnPost(deps: BoardDeps, member: Member, post: PostRef): Promise<void> {
  const at = deps.clock().toISOString();
  await deps.db.transaction().execute(async (tx) => {
    const row = await lockPost(tx, post);
    if (!row || row.state === 'removed') throw new BoardRefusal('gone');
    if (row.member_id !== member.id) throw new BoardRefusal('not_yours');
    await movePost(tx, post, ['published', 'hidden'], { state: 'removed', decided_at: at, decided_by: deletedByAuthor, reason: null });
    await tx.updateTable('board_reports').set({ resolved_at: at, resolved_by: deletedByAuthor }).where(reportColumn(post.kind), '=', post.id).where('resolved_at', 'is', null).execute();
  });
}

/**
 * A member reports a post, once (a second report of the same post changes nothing). When open
 * reports from `reportsToHide` different members stand, the post is hidden until a coordinator
 * keeps or removes it. Answers whether the post is now hidden.
 */
export async function reportPost(deps: BoardDeps, member: Member, post: PostRef, input: unknown): Promise<{ hidden: boolean }> {
  const { reason } = parsed(reportInputSchema, input);
  const at = deps.clock().toISOString();
  const threshold = deps.board?.reportsToHide ?? defaultReportsToHide;
  return deps.db.transaction().execute(async (tx) => {
    const row = await lockPost(tx, post);
    if (!row || row.state === 'removed') throw new BoardRefusal('gone');
    if (row.state === 'hidden') return { hidden: true };
    await tx
      .insertInto('board_reports')
      .values({ thread_id: post.kind === 'thread' ? post.id : null, reply_id: post.kind === 'reply' ? post.id : null, member_id: member.id, reason, created_at: at, resolved_at: null, resolved_by: null })
      .onConflict((oc) => oc.doNothing())
      .execute();
    if ((await openReports(tx, post)) < threshold) return { hidden: false };
    await tx.updateTable(post.kind === 'thread' ? 'board_threads' : 'board_replies').set({ state: 'hidden' }).where('id', '=', post.id).where('state', '=', 'published').execute();
    return { hidden: true };
  });
}
