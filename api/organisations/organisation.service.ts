import { recordAudit } from '../admin/audit.repository.ts';
import { adjustCounts } from '../counts/counter.repository.ts';
import type { Deps } from '../deps.ts';
import { NotAwaitingApprovalError, NotFoundError } from '../errors.ts';
import { touchList } from '../lists/list-version.ts';
import { enqueueMail } from '../mail/outbox.repository.ts';
import { findSignature } from '../signatures/signature.repository.ts';
import type { Signature } from '../signatures/signature.table.ts';
import type { Authority } from './authority.ts';

/**
 * A campaigner's decision on an organisation whose email did not prove it speaks for its
 * website. The moderation queue calls these; they know nothing of HTTP or of who may decide.
 * `by` is the campaigner (their email address), kept with the decision. The decision, its
 * audit entry and the mail telling the signer stand or fall together, in one transaction.
 */
async function decide(
  deps: Deps,
  signatureId: number,
  decision: { authority: Extract<Authority, 'approved' | 'rejected'>; by: string; reason: string | null },
): Promise<Signature> {
  const clock = deps.clock();
  const now = clock.toISOString();
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
    if (decision.authority === 'approved') await touchList(tx, s.letter, clock);
    await recordAudit(tx, {
      at: clock,
      actor: decision.by,
      action: `organisation.${decision.authority}`,
      subject: { type: 'signature', id: signatureId },
      detail: decision.reason === null ? { letter: s.letter } : { letter: s.letter, reason: decision.reason },
    });
    await enqueueMail(tx, decision.authority === 'approved' ? 'organisation_approved' : 'organisation_rejected', signatureId, clock);
    return { ...s, authority: decision.authority, authority_by: decision.by, authority_at: now, authority_reason: decision.reason };
  });
}

/** Publishes the organisation and counts it, in one transaction. */
export const approveOrganisation = (deps: Deps, signatureId: number, by: string) =>
  decide(deps, signatureId, { authority: 'approved', by, reason: null });

/** Keeps the organisation off the list and out of the counts for good; the reason is told to the signer and kept. */
export const rejectOrganisation = (deps: Deps, signatureId: number, by: string, reason: string) =>
  decide(deps, signatureId, { authority: 'rejected', by, reason });

/** What a campaigner needs to decide on one organisation; the signer's full address stays in the database. */
export type AwaitingOrganisation = {
  id: number;
  letter: string;
  organisation: string;
  organisationType: string | null;
  website: string;
  websiteDomain: string;
  name: string;
  role: string | null;
  emailDomain: string;
  confirmedAt: string;
};

const hostOf = (website: string | null) => {
  try {
    return website ? new URL(website).hostname : '';
  } catch {
    return '';
  }
};

/** The organisations waiting for a campaigner: confirmed, not proved by their email's domain; oldest first. */
export async function awaitingApproval(deps: Pick<Deps, 'db'>): Promise<AwaitingOrganisation[]> {
  const rows = await deps.db
    .selectFrom('signatures')
    .select(['id', 'letter', 'organisation', 'organisation_type', 'website', 'name', 'role', 'email', 'verified_at'])
    .where('state', '=', 'verified')
    .where('authority', '=', 'awaiting_approval')
    .orderBy('verified_at')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    letter: r.letter,
    organisation: r.organisation ?? '',
    organisationType: r.organisation_type,
    website: r.website ?? '',
    websiteDomain: hostOf(r.website),
    name: r.name,
    role: r.role,
    emailDomain: r.email.slice(r.email.lastIndexOf('@') + 1).toLowerCase(),
    confirmedAt: r.verified_at ?? '',
  }));
}

/** How many organisations wait: the figure on the workspace home. */
export async function awaitingCount(deps: Pick<Deps, 'db'>): Promise<number> {
  const row = await deps.db
    .selectFrom('signatures')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('state', '=', 'verified')
    .where('authority', '=', 'awaiting_approval')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
