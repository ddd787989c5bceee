import type { Db } from '../db/database.ts';
import type { MailKind, OutboxMail } from './outbox.table.ts';

/** A mail about a signature, the sign-in link of a request (`{ signInId }`) or a letter of support (`{ supportId }`). */
export async function enqueueMail(db: Db, kind: MailKind, about: number | { signInId: number } | { supportId: number }, now: Date): Promise<void> {
  const at = now.toISOString();
  const subject = {
    signature_id: typeof about === 'number' ? about : null,
    sign_in_id: typeof about === 'object' && 'signInId' in about ? about.signInId : null,
    support_id: typeof about === 'object' && 'supportId' in about ? about.supportId : null,
  };
  await db
    .insertInto('outbox')
    .values({ kind, ...subject, created_at: at, attempts: 0, next_attempt_at: at, sent_at: null, failed_at: null, last_error: null })
    .execute();
}

/** How many mails a signer has been sent since a moment: the cap that stops a mailbox being flooded. */
export async function mailsSince(db: Db, signatureId: number, since: Date): Promise<number> {
  const row = await db
    .selectFrom('outbox')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('signature_id', '=', signatureId)
    .where('kind', '!=', 'update')
    .where('created_at', '>', since.toISOString())
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * The mails to send now: every other kind first, then updates to signers in what room is left,
 * no more than `updatesPerMinute` of them sent in the last minute.
 */
export async function dueMails(db: Db, now: Date, limit: number, updatesPerMinute = Infinity): Promise<OutboxMail[]> {
  const due = () =>
    db
      .selectFrom('outbox')
      .selectAll()
      .where('sent_at', 'is', null)
      .where('failed_at', 'is', null)
      .where('next_attempt_at', '<=', now.toISOString())
      .orderBy('next_attempt_at')
      .orderBy('id');
  const first = await due().where('kind', '!=', 'update').limit(limit).execute();
  if (first.length >= limit || updatesPerMinute <= 0) return first;
  const recent = await db
    .selectFrom('outbox')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('kind', '=', 'update')
    .where('sent_at', '>', new Date(now.getTime() - 60_000).toISOString())
    .executeTakeFirstOrThrow();
  const room = Math.min(limit - first.length, updatesPerMinute - Number(recent.n));
  if (room <= 0) return first;
  return [...first, ...(await due().where('kind', '=', 'update').limit(room).execute())];
}

/**
 * Takes a mail for this sender until `until`, so two server processes never send it twice.
 * Returns false when another sender took it first.
 */
export async function claimMail(db: Db, mail: OutboxMail, until: Date): Promise<boolean> {
  const { numUpdatedRows } = await db
    .updateTable('outbox')
    .set({ next_attempt_at: until.toISOString(), attempts: mail.attempts + 1 })
    .where('id', '=', mail.id)
    .where('next_attempt_at', '=', mail.next_attempt_at)
    .where('sent_at', 'is', null)
    .executeTakeFirstOrThrow();
  return numUpdatedRows === 1n;
}

export async function markSent(db: Db, id: number, now: Date): Promise<void> {
  await db.updateTable('outbox').set({ sent_at: now.toISOString(), last_error: null }).where('id', '=', id).execute();
}

export async function markRetry(db: Db, id: number, at: Date, error: string): Promise<void> {
  await db.updateTable('outbox').set({ next_attempt_at: at.toISOString(), last_error: error }).where('id', '=', id).execute();
}

export async function markFailed(db: Db, id: number, now: Date, error: string): Promise<void> {
  await db.updateTable('outbox').set({ failed_at: now.toISOString(), last_error: error }).where('id', '=', id).execute();
}
