import { adjustCounts } from '../counts/counter.repository.ts';
import type { Deps } from '../deps.ts';
import { NotAwaitingApprovalError, NotFoundError } from '../errors.ts';
import { findSignature } from '../signatures/signature.repository.ts';
import type { Signature } from '../signatures/signature.table.ts';
import type { Authority } from './authority.ts';

/**
 * A campaigner's decision on an organisation whose email did not prove it speaks for its
 * website. The moderation queue calls these; they know nothing of HTTP or of who may decide.
 * `by` is the campaigner (their email address), kept with the decision.
 */
async function decide(
  deps: Deps,
  signatureId: number,
  decision: { authority: Extract<Authority, 'approved' | 'rejected'>; by: string; reason: string | null },
): Promise<Signature> {
  const now = deps.clock().toISOString();
  return deps.db.transaction().execute(async (tx) => {
    const s = await findSignature(tx, signatureId);
    if (!s) throw new NotFoundError('signature');
    // Guarded in the update itself: of two campaigners deciding at once, one wins and counts once.
    const { numUpdatedRows } = await tx
      .updateTable('signatures')
      .set({ authority: decision.authority, authority_by: decision.by, authority_at: now, authority_reason: decision.reason })
      .where('id', '=', signatureId)
      .where('state', '=', 'verified')
      .where('authority', '=', 'awaiting_approval')
      .executeTakeFirst();
    if (numUpdatedRows !== 1n) throw new NotAwaitingApprovalError();
    if (decision.authority === 'approved') await adjustCounts(tx, s, 1);
    return { ...s, authority: decision.authority, authority_by: decision.by, authority_at: now, authority_reason: decision.reason };
  });
}

/** Publishes the organisation and counts it, in one transaction. */
export const approveOrganisation = (deps: Deps, signatureId: number, by: string) =>
  decide(deps, signatureId, { authority: 'approved', by, reason: null });

/** Keeps the organisation off the list and out of the counts for good; the reason is for the campaign's records. */
export const rejectOrganisation = (deps: Deps, signatureId: number, by: string, reason: string) =>
  decide(deps, signatureId, { authority: 'rejected', by, reason });
