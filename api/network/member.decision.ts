import { recordAudit } from '../admin/audit.repository.ts';
import type { Db } from '../db/database.ts';
import type { Deps } from '../deps.ts';
import { InvalidInputError, NotAwaitingApprovalError, NotFoundError } from '../errors.ts';
import { fieldProblems } from '../i18n/validation/problems.ts';
import { enqueueMail } from '../mail/outbox.repository.ts';
import { lockMember, moveMember } from './join.repository.ts';
import { declineSchema } from './member.schema.ts';
import type { Member } from './member.table.ts';

/**
 * A coordinator's decision on an application. The change, its audit entry (no address in it)
 * and the mail telling the applicant stand or fall together. `by` is the coordinator's
 * address; these functions know nothing of who may decide (api/admin/workspace-role.ts does).
 */

async function waiting(db: Db, id: number): Promise<Member> {
  const m = await lockMember(db, id);
  if (!m) throw new NotFoundError('member');
  if (m.state !== 'awaiting_approval') throw new NotAwaitingApprovalError('member');
  return m;
}

const audited = (db: Db, at: Date, by: string, action: 'member.approved' | 'member.declined', m: Member, detail: Record<string, unknown> = {}) =>
  recordAudit(db, { at, actor: by, action, subject: { type: 'member', id: m.id }, detail: { kind: m.kind, authority: m.authority, ...detail } });

/**
 * Makes an applicant a member; approval is also their first "still active". An organisation the
 * coordinator approves without a domain match is thereby approved as speaking for it, as a
 * campaigner approves an organisation's signature.
 */
export async function approveMember(deps: Pick<Deps, 'db' | 'clock'>, id: number, by: string): Promise<Member> {
  const at = deps.clock();
  return deps.db.transaction().execute(async (tx) => {
    const m = await waiting(tx, id);
    const changes = {
      state: 'active' as const,
      decided_at: at.toISOString(),
      decided_by: by,
      reason: null,
      active_confirmed_at: at.toISOString(),
      ...(m.authority === 'awaiting_approval' ? { authority: 'approved' as const } : {}),
    };
    if (!(await moveMember(tx, id, 'awaiting_approval', changes))) throw new NotAwaitingApprovalError('member');
    await audited(tx, at, by, 'member.approved', m);
    await enqueueMail(tx, 'member_approved', { memberId: id }, at);
    return { ...m, ...changes };
  });
}

/** Declines an application with a reason (required), which the applicant is told in their language. */
export async function declineMember(deps: Pick<Deps, 'db' | 'clock'>, id: number, by: string, input: unknown): Promise<Member> {
  const parsed = declineSchema.safeParse(input);
  if (!parsed.success) throw new InvalidInputError(fieldProblems(parsed.error));
  const { reason } = parsed.data;
  const at = deps.clock();
  return deps.db.transaction().execute(async (tx) => {
    const m = await waiting(tx, id);
    const changes = { state: 'declined' as const, decided_at: at.toISOString(), decided_by: by, reason };
    if (!(await moveMember(tx, id, 'awaiting_approval', changes))) throw new NotAwaitingApprovalError('member');
    await audited(tx, at, by, 'member.declined', m, { reason });
    await enqueueMail(tx, 'member_declined', { memberId: id }, at);
    return { ...m, ...changes };
  });
}
