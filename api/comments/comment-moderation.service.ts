import { recordAudit } from '../admin/audit.repository.ts';
import type { Db } from '../db/database.ts';
import type { Deps } from '../deps.ts';
import { CommentAlreadyDecidedError, NotFoundError } from '../errors.ts';
import { enqueueMail } from '../mail/outbox.repository.ts';
import { countOpenReports, lastResolver, lockComment, resolveReports, updateComment } from './comment-moderation.repository.ts';
import type { Comment } from './comment.table.ts';

/**
 * A campaigner's decisions on readers' comments. Each one reads the comment under a lock and
 * acts only if it still waits (held, or published with open reports or hidden): of two
 * campaigners deciding at once, on two servers, the second is told what the first did and
 * nothing happens twice. The change, its audit entry (never the author's address) and the mail
 * to the author stand or fall together. `by` is the campaigner's address.
 */

export type CommentAction = 'comment.approved' | 'comment.rejected' | 'comment.spam' | 'comment.kept' | 'commenter.blocked';

type Decided = { comment: Comment; at: string };

async function audited(db: Db, at: string, by: string, action: CommentAction, c: Comment, detail: Record<string, unknown> = {}) {
  await recordAudit(db, { at: new Date(at), actor: by, action, subject: { type: 'comment', id: c.id }, detail: { post: c.post, ...detail } });
}

/** Locks the comment and hands it on only if `may` says this decision still applies to it. */
async function decide(deps: Pick<Deps, 'db' | 'clock'>, id: number, may: (c: Comment, open: number) => boolean, act: (tx: Db, d: Decided) => Promise<void>): Promise<Comment> {
  const at = deps.clock().toISOString();
  return deps.db.transaction().execute(async (tx) => {
    const comment = await lockComment(tx, id);
    if (!comment) throw new NotFoundError('comment');
    const open = await countOpenReports(tx, id);
    if (!may(comment, open)) {
      const by = comment.state === 'published' ? ((await lastResolver(tx, id)) ?? comment.decided_by) : comment.decided_by;
      throw new CommentAlreadyDecidedError(comment.state, by);
    }
    await act(tx, { comment, at });
    return (await lockComment(tx, id))!;
  });
}

const held = (c: Comment) => c.state === 'held';
const reported = (c: Comment, open: number) => c.state === 'published' && (open > 0 || c.hidden_at !== null);
const waiting = (c: Comment, open: number) => held(c) || reported(c, open);

/** Publishes a held comment; its author is trusted from now on (later comments appear at once unless a rule holds them). */
export const approveComment = (deps: Pick<Deps, 'db' | 'clock'>, id: number, by: string) =>
  decide(deps, id, held, async (tx, { comment: c, at }) => {
    await updateComment(tx, c.id, { state: 'published', published_at: at, decided_at: at, decided_by: by, hidden_at: null });
    await resolveReports(tx, c.id, at, by);
    await tx.updateTable('commenters').set({ trusted_at: at }).where('id', '=', c.commenter_id).where('trusted_at', 'is', null).execute();
    await audited(tx, at, by, 'comment.approved', c);
    await enqueueMail(tx, 'comment_approved', { commentId: c.id }, new Date(at));
  });

/** A reported comment stays published: its reports are settled and, if they hid it, it shows again. */
export const keepComment = (deps: Pick<Deps, 'db' | 'clock'>, id: number, by: string) =>
  decide(deps, id, reported, async (tx, { comment: c, at }) => {
    await updateComment(tx, c.id, { hidden_at: null });
    await resolveReports(tx, c.id, at, by);
    await audited(tx, at, by, 'comment.kept', c);
  });

/** Takes a held or reported comment off the post; the author is told the reason. */
export const rejectComment = (deps: Pick<Deps, 'db' | 'clock'>, id: number, by: string, reason: string) =>
  decide(deps, id, waiting, async (tx, { comment: c, at }) => {
    await updateComment(tx, c.id, { state: 'rejected', decided_at: at, decided_by: by, reason });
    await resolveReports(tx, c.id, at, by);
    await audited(tx, at, by, 'comment.rejected', c, { reason });
    await enqueueMail(tx, 'comment_rejected', { commentId: c.id }, new Date(at));
  });

/** Spam: off the post, and its author is told nothing. */
export const markCommentSpam = (deps: Pick<Deps, 'db' | 'clock'>, id: number, by: string) =>
  decide(deps, id, waiting, async (tx, { comment: c, at }) => {
    await updateComment(tx, c.id, { state: 'spam', decided_at: at, decided_by: by });
    await resolveReports(tx, c.id, at, by);
    await audited(tx, at, by, 'comment.spam', c);
  });

/**
 * Blocks the address a comment came from: the comment and every other comment of that address
 * still held become spam, and the address can comment no more (the comment form refuses it).
 */
export const blockCommenter = (deps: Pick<Deps, 'db' | 'clock'>, id: number, by: string, reason: string) =>
  decide(deps, id, waiting, async (tx, { comment: c, at }) => {
    await tx
      .updateTable('commenters')
      .set({ blocked_at: at, blocked_by: by, block_reason: reason })
      .where('id', '=', c.commenter_id)
      .where('blocked_at', 'is', null)
      .execute();
    const spam = { state: 'spam' as const, decided_at: at, decided_by: by };
    await updateComment(tx, c.id, spam);
    const others = await tx.updateTable('comments').set(spam).where('commenter_id', '=', c.commenter_id).where('state', '=', 'held').executeTakeFirst();
    await resolveReports(tx, c.id, at, by);
    await audited(tx, at, by, 'commenter.blocked', c, { reason, commenter: c.commenter_id, held_as_spam: Number(others.numUpdatedRows) });
  });
