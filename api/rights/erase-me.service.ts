import { eraseSignature, eraseSupportLetters, rowsByEmail } from '../admin/data-request.service.ts';
import type { Db } from '../db/database.ts';
import { erasePublicationRequests } from '../publications/publication-request.service.ts';
import type { Deps } from '../deps.ts';
import { NotFoundError, TokenInvalidError } from '../errors.ts';
import { eraseMembership, membershipsByEmail } from '../network/member.erasure.ts';
import { isPublic } from '../organisations/authority.ts';
import { hashSecret, isSecretShape, sameHash } from '../tokens/secret.ts';
import type { RightsRequest } from './rights-request.table.ts';
import { eraseComments } from '../comments/comment.erasure.ts';

/** Who the audit log says erased: the person themselves, by their mailed link; never who they are. */
export const selfActor = 'signer (erase-me link)';
const selfReason = 'The signer asked for erasure with the link mailed to them';

/** The request an erase link belongs to, if it can still erase (GET: nothing changes). */
async function checkEraseLink(db: Db, raw: string, now: Date): Promise<RightsRequest> {
  if (!isSecretShape(raw)) throw new TokenInvalidError('unknown');
  const hash = hashSecret(raw);
  const request = await db.selectFrom('rights_requests').selectAll().where('hash', '=', hash).executeTakeFirst();
  if (!request?.hash || !sameHash(request.hash, hash)) throw new TokenInvalidError('unknown');
  if (request.used_at) throw new TokenInvalidError('used');
  if (!request.expires_at || request.expires_at <= now.toISOString()) throw new TokenInvalidError('expired');
  return request;
}

export type ErasurePreview = { signatures: { letter: string; counted: boolean }[]; supportLetters: number; comments: number; publicationRequests: number; networkMembership: boolean };

/** What the link would erase, as it is now, for the page that asks the person to press the button. */
export async function describeErasure(deps: Pick<Deps, 'db' | 'clock'>, raw: string): Promise<ErasurePreview> {
  const request = await checkEraseLink(deps.db, raw, deps.clock());
  const { signatures, support, comments, publicationRequests } = await rowsByEmail(deps.db, request.email);
  const members = await membershipsByEmail(deps.db, request.email);
  return { signatures: signatures.map((s) => ({ letter: s.letter, counted: isPublic(s) })), supportLetters: support.length, comments: comments.length, publicationRequests: publicationRequests.length, networkMembership: members.length > 0 };
}

/**
 * Erases everything under the link's address, as the workspace's erasure does
 * (api/admin/data-request.service.ts): each signature becomes an anonymous tombstone, its
 * snapshots amended, and every letter of support goes. As there, a counted signature stays
 * counted unless `withdraw` (the person's own choice on the page) takes it out of the counts.
 * Every erasure is audited with this actor and no personal data.
 *
 * The link is used first, so of two racing posts one erases; should an erasure fail, the link
 * works again and a second press finishes the job (each signature is erased in its own
 * transaction, and one already erased is passed over). The requests for the address then lose
 * the address too.
 */
export async function eraseMe(deps: Pick<Deps, 'db' | 'clock' | 'uploads'>, raw: string, options: { withdraw: boolean }): Promise<void> {
  const now = deps.clock();
  const request = await deps.db.transaction().execute(async (tx) => {
    const found = await checkEraseLink(tx, raw, now);
    const { numUpdatedRows } = await tx.updateTable('rights_requests').set({ used_at: now.toISOString() }).where('id', '=', found.id).where('used_at', 'is', null).executeTakeFirstOrThrow();
    if (numUpdatedRows !== 1n) throw new TokenInvalidError('used');
    return found;
  });
  // Its address went with an erasure made by another request's link: nothing is left.
  if (!request.email) return;
  try {
    const { signatures } = await rowsByEmail(deps.db, request.email);
    for (const s of signatures) {
      try {
        await eraseSignature(deps, s.id, selfActor, selfReason, { withdraw: options.withdraw, support: false });
      } catch (error) {
        if (!(error instanceof NotFoundError)) throw error;
      }
    }
    await eraseSupportLetters(deps, request.email, selfActor, selfReason);
    await eraseComments(deps, request.email, selfActor, selfReason);
    await erasePublicationRequests(deps, request.email, selfActor, selfReason);
    await eraseMembership(deps, request.email, selfActor, selfReason);
  } catch (error) {
    await deps.db.updateTable('rights_requests').set({ used_at: null }).where('id', '=', request.id).execute();
    throw error;
  }
  await deps.db.updateTable('rights_requests').set({ email: '', email_key: '' }).where('email_key', '=', request.email_key).execute();
}
