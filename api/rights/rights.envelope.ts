import { rowsByEmail } from '../admin/data-request.service.ts';
import type { Db } from '../db/database.ts';
import type { Deps } from '../deps.ts';
import { localePath } from '../i18n/locale.ts';
import { letterText } from '../letters/letter.catalogue.ts';
import { type HeldSignature, heldMail, nothingHeldMail } from '../mail/templates/rights.mails.ts';
import type { Envelope } from '../mail/transport.ts';
import { newSecret } from '../tokens/secret.ts';
import { issueToken, tokenExpiry, tokenLifetimeDays } from '../tokens/token.service.ts';
import { memberHeld, membershipsByEmail } from '../network/member.erasure.ts';
import { heldDocument } from './held-data.ts';
import { eraseLinkHours } from './rights-request.service.ts';

/** A signature that still stands can be withdrawn: one waiting for its confirmation, or counted. */
const standing = new Set(['pending', 'verified']);

/**
 * The answer to a request, written by the outbox sender at send time from what is held then:
 * every link's token is made now, so none rests in the database in the clear, and only now is
 * anything looked up, so the request itself took the same time for a known address as for an
 * unknown one. A retry writes new links; those of a mail that never left lead nowhere.
 */
export async function rightsEnvelope(deps: Pick<Deps, 'letters'>, db: Db, requestId: number, publicOrigin: string, now: Date): Promise<Envelope | undefined> {
  const request = await db.selectFrom('rights_requests').selectAll().where('id', '=', requestId).executeTakeFirst();
  // Erased meanwhile (by this request's link or another's): nothing is left to tell.
  if (!request || request.used_at || !request.email) return undefined;
  const { locale, email } = request;
  const rows = { ...(await rowsByEmail(db, email)), members: await membershipsByEmail(db, email) };
  if (rows.signatures.length === 0 && rows.support.length === 0 && rows.comments.length === 0 && rows.publicationRequests.length === 0 && rows.members.length === 0) return { to: email, ...nothingHeldMail({ locale, origin: publicOrigin, email }) };
  const link = (path: string) => `${publicOrigin}${localePath(locale, path)}`;
  const titleOf = (slug: string) => {
    const letter = deps.letters.get(slug);
    return letter ? letterText(letter, locale).title : null;
  };
  const signatures: HeldSignature[] = [];
  for (const s of rows.signatures) {
    const withdrawUrl = standing.has(s.state) ? link(`/withdraw/${await issueToken(db, s.id, 'withdraw', now)}`) : undefined;
    const base = { title: titleOf(s.letter), name: s.name, organisation: s.organisation, at: new Date(s.verified_at ?? s.created_at), state: s.state };
    signatures.push({ ...base, shown: s.show_name === 1, updates: s.updates === 1, ...(withdrawUrl ? { withdrawUrl } : {}) });
  }
  const support = rows.support.map((l) => ({ title: titleOf(l.letter), author: l.author_name, organisation: l.organisation, at: new Date(l.created_at), state: l.state }));
  const { raw, hash } = newSecret();
  const until = new Date(now.getTime() + eraseLinkHours * 3_600_000);
  await db.updateTable('rights_requests').set({ hash, expires_at: until.toISOString() }).where('id', '=', requestId).execute();
  const document = heldDocument(deps, email, rows, now);
  return {
    to: email,
    ...heldMail({
      locale,
      origin: publicOrigin,
      email,
      signatures,
      support,
      network: rows.members.map((m) => memberHeld(locale, m)),
      withdrawValid: { days: tokenLifetimeDays, until: tokenExpiry(now) },
      erase: { url: link(`/my-data/erase/${raw}`), hours: eraseLinkHours, until },
    }),
    attachments: [{ filename: 'my-data.json', content: new TextEncoder().encode(`${JSON.stringify(document, null, 2)}\n`), contentType: 'application/json' }],
  };
}
