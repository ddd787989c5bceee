import { sql } from 'kysely';
import type { Db } from '../db/database.ts';

/**
 * What erasing a signer's personal data blanks, shared by a campaigner's erasure
 * (api/admin/data-request.service.ts) and the retention sweep (api/retention/), so the two
 * leave the same tombstone: the row stays (letter, state, kind, organisation type, country,
 * area, the times), so the counts and the daily series stay true.
 */

/**
 * An erased row's email_key, made from its own id by the statement that erases it (so one
 * statement erases a whole batch): unique (the letter+key constraint) and never a real address.
 */
const erasedPrefix = 'erased:';
export const erasedEmailKey = sql<string>`${sql.lit(erasedPrefix)} || cast(id as text)`;
export const isErased = (emailKeyValue: string) => emailKeyValue.startsWith(erasedPrefix);

/** How a signer could be written to or traced: no mail can be sent to them after this. */
export const erasedContact = { email: '', email_key: erasedEmailKey, updates: 0, client_address: null, client_network: null };

/** What an erasure blanks of what the public list shows. */
export const erasedPublicFields = { name: '', organisation: null, website: null, role: null, place: null, show_name: 0, logo: null };

/** The words only campaigners ever saw: the signer's comment, a rejection's reason (which may quote the signer). */
export const erasedNotes = { comment: null, authority_reason: null };

/** What an erasure blanks that was never public: the name's search form and the notes. */
export const erasedPrivateFields = { search_name: '', ...erasedNotes };

/** A signature's tokens and every mail about it; answers how many of each went. */
export async function dropSignatureTrail(tx: Db, ids: number[]): Promise<{ tokens: number; mails: number }> {
  if (ids.length === 0) return { tokens: 0, mails: 0 };
  const tokens = await tx.deleteFrom('tokens').where('signature_id', 'in', ids).executeTakeFirst();
  const mails = await tx.deleteFrom('outbox').where('signature_id', 'in', ids).executeTakeFirst();
  return { tokens: Number(tokens.numDeletedRows), mails: Number(mails.numDeletedRows) };
}

/** Earlier audit entries about erased rows of one letter keep what happened and when, not the words typed then. */
export async function forgetAuditDetail(tx: Db, subject: { type: 'signature' | 'support_letter'; ids: number[]; letter: string }): Promise<void> {
  if (subject.ids.length === 0) return;
  await tx
    .updateTable('audit_log')
    .set({ detail: JSON.stringify({ letter: subject.letter, erased: true }) })
    .where('subject_type', '=', subject.type)
    .where('subject_id', 'in', subject.ids.map(String))
    .where('detail', 'is not', null)
    .execute();
}
