import { recordAudit } from '../admin/audit.repository.ts';
import type { Deps } from '../deps.ts';
import { NotFoundError } from '../errors.ts';
import { enqueueMail } from '../mail/outbox.repository.ts';
import { lockSignature } from '../signatures/signature.repository.ts';

/**
 * A campaigner's verdict on a signature that was set aside (over a limit, the honeypot, too
 * fast): it is genuine. It becomes pending and its signer is sent the confirmation it never
 * had; it counts once they confirm, like any other. Audited with the reason, in one transaction.
 */
export async function releaseSetAside(deps: Pick<Deps, 'db' | 'clock'>, id: number, by: string, reason: string): Promise<void> {
  const at = deps.clock();
  const why = reason.trim();
  if (!why) throw new Error('a release needs a reason');
  await deps.db.transaction().execute(async (tx) => {
    const s = await lockSignature(tx, id);
    // Released already, by another campaigner or on another server: nothing more to do. One a
    // campaigner invalidated comes back only by undoing that decision, which restores its state.
    if (!s || s.state !== 'fraudulent' || s.flag === 'invalidated') throw new NotFoundError('signature');
    await tx.updateTable('signatures').set({ state: 'pending', flag: null }).where('id', '=', id).execute();
    await enqueueMail(tx, 'confirm', id, at);
    await recordAudit(tx, { at, actor: by, action: 'signature.released', subject: { type: 'signature', id }, detail: { letter: s.letter, flag: s.flag, reason: why } });
  });
}
