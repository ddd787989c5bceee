import type { Db } from '../db/database.ts';

/**
 * How many more mails may be claimed in `now`'s second under a cap of `perSecond` for all
 * servers together (SMTP_RATE). Run it in the claim's transaction and then `spendSecond` what
 * was claimed: the upsert locks the second's row on PostgreSQL until commit, so senders with a
 * cap take turns at claiming (on SQLite the write lock already does).
 */
export async function roomThisSecond(tx: Db, now: Date, perSecond: number): Promise<number> {
  const second = secondOf(now);
  const row = await tx
    .insertInto('mail_seconds')
    .values({ second, claimed: 0 })
    .onConflict((oc) => oc.column('second').doUpdateSet((eb) => ({ claimed: eb.ref('mail_seconds.claimed') })))
    .returning('claimed')
    .executeTakeFirstOrThrow();
  return Math.max(0, perSecond - Number(row.claimed));
}

export async function spendSecond(tx: Db, now: Date, claimed: number): Promise<void> {
  const second = secondOf(now);
  if (claimed > 0) await tx.updateTable('mail_seconds').set((eb) => ({ claimed: eb('claimed', '+', claimed) })).where('second', '=', second).execute();
  // A minute of seconds is plenty to read back while looking into a complaint of the provider's.
  await tx.deleteFrom('mail_seconds').where('second', '<', second - 60).execute();
}

const secondOf = (now: Date) => Math.floor(now.getTime() / 1000);
