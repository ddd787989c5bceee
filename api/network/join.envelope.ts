import type { Db } from '../db/database.ts';
import { localePath } from '../i18n/locale.ts';
import type { MailKind } from '../mail/outbox.table.ts';
import { memberApprovedMail, memberConfirmMail, memberDeclinedMail } from '../mail/templates/network-join.mails.ts';
import type { Envelope } from '../mail/transport.ts';
import { newSecret } from '../tokens/secret.ts';
import { tokenExpiry, tokenLifetimeDays } from '../tokens/token.service.ts';
import { findMember } from './join.repository.ts';

/** The mails of joining; the member's other mails (sign-in, the yearly question, the digest) are rendered elsewhere. */
export const joinMailKinds: readonly MailKind[] = ['member_confirm', 'member_approved', 'member_declined'];

/**
 * A mail to an applicant, written by the outbox sender at send time in their language. The
 * confirmation link's token is made now and only its hash kept; a retry makes a new one.
 * Nothing to send (undefined) once the member is gone or the mail is moot.
 */
export async function joinEnvelope(db: Db, kind: MailKind, memberId: number, publicOrigin: string, now: Date): Promise<{ envelope: Envelope; note?: string } | undefined> {
  const m = await findMember(db, memberId);
  if (!m) return undefined;
  const link = (path: string) => `${publicOrigin}${localePath(m.locale, path)}`;
  const common = { locale: m.locale, origin: publicOrigin, name: m.name };
  if (kind === 'member_confirm') {
    // Moot once confirmed by an earlier mail's link.
    if (m.state !== 'unconfirmed') return undefined;
    const { raw, hash } = newSecret();
    const validUntil = tokenExpiry(now);
    await db.updateTable('members').set({ confirm_hash: hash, confirm_expires_at: validUntil.toISOString() }).where('id', '=', m.id).execute();
    const confirmUrl = link(`/network/confirm/${raw}`);
    return { envelope: { to: m.email, ...memberConfirmMail({ ...common, confirmUrl, validDays: tokenLifetimeDays, validUntil }) }, note: `confirm link: ${confirmUrl}` };
  }
  if (kind === 'member_approved' && m.state === 'active') return { envelope: { to: m.email, ...memberApprovedMail({ ...common, networkUrl: link('/network') }) } };
  if (kind === 'member_declined' && m.state === 'declined') return { envelope: { to: m.email, ...memberDeclinedMail({ ...common, reason: m.reason ?? '' }) } };
  return undefined;
}
