import { recordAudit } from '../admin/audit.repository.ts';
import type { Db } from '../db/database.ts';
import type { Deps } from '../deps.ts';
import { emailKey } from '../signatures/email.ts';
import type { Comment } from './comment.table.ts';

/**
 * A person's comments, found by their address (its emailKey, as signatures are) and erased at
 * their request: the words and the name go, the row stays as "Comment removed" so the replies
 * others wrote under it keep their place (deleting it would take them with it). Their commenter
 * row loses the address, so nothing leads back to them.
 */
const looksLikeEmail = (s: string) => /^[^\s@]+@[^\s@]+$/.test(s);

/** Every comment still holding something of theirs, oldest first. */
export async function commentsByEmail(db: Db, email: string): Promise<Comment[]> {
  const trimmed = email.trim();
  if (!looksLikeEmail(trimmed)) return [];
  return db
    .selectFrom('comments')
    .innerJoin('commenters', 'commenters.id', 'comments.commenter_id')
    .selectAll('comments')
    .where('commenters.email_key', '=', emailKey(trimmed))
    .where((eb) => eb.or([eb('comments.state', '!=', 'deleted'), eb('comments.body', '!=', '')]))
    .orderBy('comments.created_at')
    .orderBy('comments.id')
    .execute();
}

/** Inside the caller's transaction; answers how many comments lost their words. */
export async function eraseCommentsIn(tx: Db, email: string): Promise<number> {
  const commenter = await tx.selectFrom('commenters').select('id').where('email_key', '=', emailKey(email.trim())).executeTakeFirst();
  if (!commenter) return 0;
  const ids = (await tx.selectFrom('comments').select('id').where('commenter_id', '=', commenter.id).execute()).map((c) => c.id);
  if (ids.length > 0) {
    await tx.deleteFrom('outbox').where('comment_id', 'in', ids).execute();
    // Readers' reasons for reporting may quote the words.
    await tx.deleteFrom('comment_reports').where('comment_id', 'in', ids).execute();
    await tx
      .updateTable('comments')
      .set({ state: 'deleted', body: '', author_name: '', held_for: null, client_address: null, edit_hash: null, edit_expires_at: null, reason: null })
      .where('id', 'in', ids)
      .execute();
  }
  await tx
    .updateTable('commenters')
    .set({ email: '', email_key: `erased:${commenter.id}`, confirm_hash: null, confirm_expires_at: null, block_reason: null })
    .where('id', '=', commenter.id)
    .execute();
  return ids.length;
}

/** A data request's erasure of someone's comments, audited without their address. */
export async function eraseComments(deps: Pick<Deps, 'db' | 'clock'>, email: string, by: string, reason: string): Promise<number> {
  const at = deps.clock();
  return deps.db.transaction().execute(async (tx) => {
    const n = await eraseCommentsIn(tx, email);
    if (n > 0) await recordAudit(tx, { at, actor: by, action: 'data.erased', subject: { type: 'comment' }, detail: { reason: reason.trim(), comments: n } });
    return n;
  });
}
