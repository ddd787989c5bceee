import { randomBytes } from 'node:crypto';
import type { Db } from '../db/database.ts';

/**
 * What erasing a signer's personal data blanks, shared by a campaigner's erasure
 * (api/admin/data-request.service.ts) and the retention sweep (api/retention/), so the two
 * leave the same tombstone: the row stays (letter, state, kind, organisation type, country,
 * area, the times), so the counts and the daily series stay true.
 */

/** An erased row's email_key: unique (the letter+key constraint) and never a real address. */
const erasedPrefix = 'erased:';
export const erasedEmailKey = () => `${erasedPrefix}${randomBytes(16).toString('hex')}`;
export const isErased = (emailKeyValue: string) => emailKeyValue.startsWith(erasedPrefix);

/** How a signer could be written to or traced: no mail can be sent to them after this. */
export const erasedContact = () => ({ email: '', email_key: erasedEmailKey(), updates: 0, client_address: null, client_network: null });

/** What an erasure blanks of what the public list shows. */
export const erasedPublicFields = { name: '', organisation: null, website: null, role: null, place: null, show_name: 0, logo: null };

/** What an erasure blanks that only campaigners ever saw: the name's search form, the comment, a rejection's reason (which may quote the signer). */
export const erasedPrivateFields = { search_name: '', comment: null, authority_reason: null };

/** A signature's tokens and every mail about it; answers how many of each went. */
export async function dropSignatureTrail(tx: Db, ids: number[]): Promise<{ tokens: number; mails: number }> {
  if (ids.length === 0) return { tokens: 0, mails: 0 };
  const tokens = await tx.deleteFrom('tokens').where('signature_id', 'in', ids).executeTakeFirst();
  const mails = await tx.deleteFrom('outbox').where('signature_id', 'in', ids).executeTakeFirst();
  return { tokens: Number(tokens.numDeletedRows), mails: Number(mails.numDeletedRows) };
}

/** Earlier audit entries about an erased row keep what happened and when, not the words typed then. */
export async function forgetAuditDetail(tx: Db, subject: { type: 'signature' | 'support_letter'; id: number; letter: string }): Promise<void> {
  await tx
    .updateTable('audit_log')
    .set({ detail: JSON.stringify({ letter: subject.letter, erased: true }) })
    .where('subject_type', '=', subject.type)
    .where('subject_id', '=', String(subject.id))
    .where('detail', 'is not', null)
    .execute();
}
