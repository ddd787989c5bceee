import type { Db } from '../db/database.ts';
import { forUpdate } from '../db/dialect.ts';
import type { Signature } from '../signatures/signature.table.ts';
import type { SupportLetter } from '../support/support.table.ts';

/*
 * The sweep's reads, a batch at a time and locked to the end of the batch's transaction: a
 * signer confirming or withdrawing on another server at that moment is either before the batch
 * or after it, never half in it.
 */

/**
 * Pending signatures of a letter made before `before` and not asked for again since (no mail
 * about them since then: a signer who signs again, or whose set-aside signature a campaigner
 * released, was sent a fresh link and is given the whole time to use it).
 */
export async function lockUnconfirmedSignatures(tx: Db, letter: string, before: string, limit: number): Promise<number[]> {
  const query = tx
    .selectFrom('signatures')
    .select('id')
    .where('letter', '=', letter)
    .where('state', '=', 'pending')
    .where('created_at', '<', before)
    .where(({ exists, not, selectFrom }) =>
      not(exists(selectFrom('outbox').select('outbox.id').whereRef('outbox.signature_id', '=', 'signatures.id').where('outbox.created_at', '>=', before))),
    )
    .orderBy('id')
    .limit(limit);
  return (await forUpdate(tx, query).execute()).map((r) => r.id);
}

/** As `lockUnconfirmedSignatures`, for letters of support. */
export async function lockUnconfirmedSupport(tx: Db, letter: string, before: string, limit: number): Promise<Pick<SupportLetter, 'id' | 'pdf'>[]> {
  const query = tx
    .selectFrom('support_letters')
    .select(['id', 'pdf'])
    .where('letter', '=', letter)
    .where('state', '=', 'pending')
    .where('created_at', '<', before)
    .where(({ exists, not, selectFrom }) =>
      not(exists(selectFrom('outbox').select('outbox.id').whereRef('outbox.support_id', '=', 'support_letters.id').where('outbox.created_at', '>=', before))),
    )
    .orderBy('id')
    .limit(limit);
  return forUpdate(tx, query).execute();
}

/**
 * A letter's signatures in the order of its (letter, email_key) index, from just after
 * `afterKey`: each batch reads a bounded stretch of that index, whatever the letter's size.
 */
export async function lockSignaturesAfter(tx: Db, letter: string, afterKey: string, limit: number): Promise<Signature[]> {
  const query = tx.selectFrom('signatures').selectAll().where('letter', '=', letter).where('email_key', '>', afterKey).orderBy('email_key').limit(limit);
  return forUpdate(tx, query).execute();
}

/** A letter's letters of support that still hold more than what was published: any not published, and published ones with their author's address. */
export async function lockSupportToErase(tx: Db, letter: string, limit: number): Promise<SupportLetter[]> {
  const query = tx
    .selectFrom('support_letters')
    .selectAll()
    .where('letter', '=', letter)
    .where((eb) => eb.or([eb('state', '<>', 'published'), eb('email', '<>', '')]))
    .orderBy('id')
    .limit(limit);
  return forUpdate(tx, query).execute();
}

/** Deletes letters of support and the mail about them; answers how many mails went. */
export async function deleteSupport(tx: Db, ids: number[]): Promise<number> {
  if (ids.length === 0) return 0;
  const mails = await tx.deleteFrom('outbox').where('support_id', 'in', ids).executeTakeFirst();
  await tx.deleteFrom('support_letters').where('id', 'in', ids).execute();
  return Number(mails.numDeletedRows);
}
