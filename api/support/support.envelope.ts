import type { Db } from '../db/database.ts';
import type { Deps } from '../deps.ts';
import { localePath } from '../i18n/locale.ts';
import { letterText } from '../letters/letter.catalogue.ts';
import { findLetter } from '../letters/letter.service.ts';
import type { MailKind } from '../mail/outbox.table.ts';
import { supportConfirmMail, supportPublishedMail, supportRejectedMail } from '../mail/templates/support.mails.ts';
import type { Envelope } from '../mail/transport.ts';
import { newSecret } from '../tokens/secret.ts';
import { tokenExpiry, tokenLifetimeDays } from '../tokens/token.service.ts';
import { findSupport } from './support.repository.ts';

/**
 * A mail to the author of a letter of support, written by the outbox sender at send time in
 * the author's language. The confirmation link's token is made now and only its hash kept; a
 * retry makes a new one, and the link of a mail that never left stops working.
 */
export async function supportEnvelope(
  deps: Pick<Deps, 'letters'>,
  db: Db,
  kind: MailKind,
  supportId: number,
  publicOrigin: string,
  now: Date,
): Promise<{ envelope: Envelope; note?: string } | undefined> {
  const s = await findSupport(db, supportId);
  if (!s) return undefined;
  const letter = findLetter(deps, s.letter);
  const link = (path: string) => `${publicOrigin}${localePath(s.locale, path)}`;
  const common = { locale: s.locale, origin: publicOrigin, name: s.author_name, letterTitle: letterText(letter, s.locale).title, letterUrl: link(`/letters/${letter.slug}`) };
  if (kind === 'support_confirm') {
    // Moot once confirmed by an earlier mail's link.
    if (s.state !== 'pending') return undefined;
    const { raw, hash } = newSecret();
    const validUntil = tokenExpiry(now);
    await db.updateTable('support_letters').set({ confirm_hash: hash, confirm_expires_at: validUntil.toISOString() }).where('id', '=', s.id).execute();
    const confirmUrl = link(`/support/confirm/${raw}`);
    const mail = supportConfirmMail({ ...common, confirmUrl, validDays: tokenLifetimeDays, validUntil });
    return { envelope: { to: s.email, ...mail }, note: `confirm link: ${confirmUrl}` };
  }
  if (kind === 'support_published') {
    const supportUrl = link(`/letters/${letter.slug}/support`);
    return { envelope: { to: s.email, ...supportPublishedMail({ ...common, publish: s.publish, supportUrl }) } };
  }
  if (kind === 'support_rejected') {
    return { envelope: { to: s.email, ...supportRejectedMail({ ...common, reason: s.reason ?? '' }) } };
  }
  return undefined;
}
