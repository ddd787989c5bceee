import { recordAudit } from '../admin/audit.repository.ts';
import type { Db } from '../db/database.ts';
import type { Deps } from '../deps.ts';
import { NotFoundError } from '../errors.ts';
import { enqueueMail } from '../mail/outbox.repository.ts';
import { lockSignature } from '../signatures/signature.repository.ts';
import type { SignatureFlag } from '../signatures/signature.table.ts';

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

export type SetAside = { id: number; name: string; organisation: string | null; domain: string; createdAt: string; flag: SignatureFlag | null };

const waitingIn = (db: Db, letter: string) => db.selectFrom('signatures').where('letter', '=', letter).where('state', '=', 'fraudulent').where('flag', '!=', 'invalidated');

/** How many of a letter's signatures were set aside when they were made and wait for a campaigner. */
export async function countSetAside(deps: Pick<Deps, 'db'>, letter: string): Promise<number> {
  const { n } = await waitingIn(deps.db, letter).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(n);
}

/**
 * The newest of them, for a campaigner to look through: the name they gave and only the domain
 * of their address (enough to see a pattern).
 */
export async function setAsideOf(deps: Pick<Deps, 'db'>, letter: string, limit: number): Promise<SetAside[]> {
  const rows = await waitingIn(deps.db, letter).select(['id', 'name', 'organisation', 'email_key', 'created_at', 'flag']).orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
  return rows.map((r) => ({ id: r.id, name: r.name, organisation: r.organisation, domain: r.email_key.slice(r.email_key.lastIndexOf('@') + 1), createdAt: r.created_at, flag: r.flag }));
}
