import type { Deps } from '../deps.ts';
import { InvalidInputError, TokenInvalidError } from '../errors.ts';
import { fieldProblems } from '../i18n/validation/problems.ts';
import { hashSecret, isSecretShape, sameHash } from '../tokens/secret.ts';
import { commentPolicyOf } from './comment.policy.ts';
import { findComment, findCommentByEditHash, updateComment } from './comment.repository.ts';
import { heldForText, reasonsAfterEdit } from './comment.rules.ts';
import { commentEditSchema } from './comment.schema.ts';
import type { Comment } from './comment.table.ts';

/**
 * The author's edit link (in the `comment_posted` mail): for 15 minutes they may correct or
 * delete the comment. Not single use: a typo found twice is corrected twice.
 */
export async function describeEditLink(deps: Pick<Deps, 'db' | 'clock'>, raw: string): Promise<Comment> {
  if (!isSecretShape(raw)) throw new TokenInvalidError('unknown');
  const hash = hashSecret(raw);
  const comment = await findCommentByEditHash(deps.db, hash);
  if (!comment?.edit_hash || !sameHash(comment.edit_hash, hash)) throw new TokenInvalidError('unknown');
  if (!['held', 'published'].includes(comment.state)) throw new TokenInvalidError('used');
  if (!comment.edit_expires_at || comment.edit_expires_at <= deps.clock().toISOString()) throw new TokenInvalidError('expired');
  return comment;
}

/**
 * The new words. They are weighed again (links, the hold list): a published comment that now
 * breaks a rule waits for a campaigner, and a campaigner's approval covered the old words only,
 * so its links go back to plain text until a campaigner sees the new ones.
 */
export async function editComment(deps: Deps, raw: string, body: unknown): Promise<Comment> {
  const parsed = commentEditSchema.safeParse(body);
  if (!parsed.success) throw new InvalidInputError(fieldProblems(parsed.error));
  const now = deps.clock().toISOString();
  return deps.db.transaction().execute(async (tx) => {
    const comment = await describeEditLink({ ...deps, db: tx }, raw);
    // Published: whatever held it was settled (by a campaigner or the rules); only the new words are weighed.
    const reasons = reasonsAfterEdit(comment.state === 'published' ? null : comment.held_for, parsed.data.body, commentPolicyOf(deps));
    const published = reasons.length === 0;
    await updateComment(tx, comment.id, {
      body: parsed.data.body,
      edited_at: now,
      state: published ? 'published' : 'held',
      held_for: heldForText(reasons),
      published_at: published ? (comment.published_at ?? now) : null,
      decided_at: null,
      decided_by: null,
    });
    return (await findComment(tx, comment.id))!;
  });
}

/** Deleted by its author: the words and name go; a reply under it stays, under "Comment removed". */
export async function deleteComment(deps: Deps, raw: string): Promise<Comment> {
  return deps.db.transaction().execute(async (tx) => {
    const comment = await describeEditLink({ ...deps, db: tx }, raw);
    await updateComment(tx, comment.id, { state: 'deleted', body: '', author_name: '', edit_hash: null, edit_expires_at: null, client_address: null });
    return (await findComment(tx, comment.id))!;
  });
}
