import { signInMailsPerHour } from '../admin/sign-in.service.ts';
import { signInInputSchema } from '../admin/sign-in.schema.ts';
import type { Db } from '../db/database.ts';
import { lockName } from '../db/dialect.ts';
import type { Deps } from '../deps.ts';
import { InvalidInputError, TokenInvalidError } from '../errors.ts';
import { type Locale, localePath } from '../i18n/locale.ts';
import { fieldProblems } from '../i18n/validation/problems.ts';
import { enqueueMail } from '../mail/outbox.repository.ts';
import type { OutboxMail } from '../mail/outbox.table.ts';
import { memberSignInMail } from '../mail/templates/member.mails.ts';
import type { Envelope } from '../mail/transport.ts';
import { emailKey } from '../signatures/email.ts';
import { usableLink } from '../tokens/mailed-link.ts';
import { newSecret } from '../tokens/secret.ts';
import { startMemberSession } from './member-session.service.ts';
import type { MemberSession, MemberSignIn } from './member.table.ts';

/** Long enough to find the mail on another device; the link is single use either way. */
export const memberSignInMinutes = 30;
const hourMs = 60 * 60 * 1000;

/**
 * Mails a sign-in link to an `active` member (lapsed or not: signing in is how one comes back);
 * does nothing for any other address or state. The page answers the same either way, so the
 * form tells no one who belongs to the network. At most `signInMailsPerHour` links an hour.
 */
export async function requestMemberSignIn(deps: Pick<Deps, 'db' | 'clock'>, input: unknown, locale: Locale): Promise<void> {
  const parsed = signInInputSchema.safeParse(input);
  if (!parsed.success) throw new InvalidInputError(fieldProblems(parsed.error));
  const key = emailKey(parsed.data.email);
  const now = deps.clock();
  await deps.db.transaction().execute(async (tx) => {
    const member = await tx.selectFrom('members').select(['id', 'state']).where('email_key', '=', key).executeTakeFirst();
    if (member?.state !== 'active') return;
    await lockName(tx, `member-sign-in:${member.id}`);
    const { n } = await tx
      .selectFrom('member_sign_ins')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('member_id', '=', member.id)
      .where('created_at', '>', new Date(now.getTime() - hourMs).toISOString())
      .executeTakeFirstOrThrow();
    if (Number(n) >= signInMailsPerHour) return;
    await tx.insertInto('member_sign_ins').values({ member_id: member.id, locale, created_at: now.toISOString(), hash: null, expires_at: null, used_at: null }).execute();
    await enqueueMail(tx, 'member_sign_in', { memberId: member.id }, now);
  });
}

/**
 * The sign-in mail, made at send time: the outbox row names the member, and the request is the
 * one written with it (same moment). The token is made now and only its hash kept; a retry
 * makes a new one, so the link of a mail that never left stops working.
 */
export async function memberSignInEnvelope(db: Db, mail: OutboxMail, publicOrigin: string, now: Date): Promise<Envelope | undefined> {
  if (mail.member_id === null) return undefined;
  const request = await db
    .selectFrom('member_sign_ins')
    .selectAll()
    .where('member_id', '=', mail.member_id)
    .where('created_at', '=', mail.created_at)
    .where('used_at', 'is', null)
    .orderBy('id', 'desc')
    .executeTakeFirst();
  const member = await db.selectFrom('members').select(['email', 'name', 'state']).where('id', '=', mail.member_id).executeTakeFirst();
  if (!request || member?.state !== 'active') return undefined;
  const { raw, hash } = newSecret();
  const validUntil = new Date(now.getTime() + memberSignInMinutes * 60_000);
  await db.updateTable('member_sign_ins').set({ hash, expires_at: validUntil.toISOString() }).where('id', '=', request.id).execute();
  const signInUrl = `${publicOrigin}${localePath(request.locale, `/network/sign-in/${raw}`)}`;
  return { to: member.email, ...memberSignInMail({ locale: request.locale, origin: publicOrigin, name: member.name, signInUrl, validMinutes: memberSignInMinutes, validUntil }) };
}

/** The request a link belongs to, if it can still sign in (GET: nothing changes). */
export function checkMemberSignInLink(db: Db, raw: string, now: Date): Promise<MemberSignIn> {
  return usableLink(raw, now, (hash) => db.selectFrom('member_sign_ins').selectAll().where('hash', '=', hash).executeTakeFirst());
}

/** Uses the link once and opens a session, in one transaction: of two racing posts one signs in. A member no longer active cannot. */
export async function memberSignIn(deps: Pick<Deps, 'db' | 'clock'>, raw: string): Promise<{ secret: string; session: MemberSession }> {
  const now = deps.clock();
  return deps.db.transaction().execute(async (tx) => {
    const request = await checkMemberSignInLink(tx, raw, now);
    const member = await tx.selectFrom('members').select('state').where('id', '=', request.member_id).executeTakeFirst();
    if (member?.state !== 'active') throw new TokenInvalidError('unknown');
    const { numUpdatedRows } = await tx
      .updateTable('member_sign_ins')
      .set({ used_at: now.toISOString() })
      .where('id', '=', request.id)
      .where('used_at', 'is', null)
      .executeTakeFirstOrThrow();
    if (numUpdatedRows !== 1n) throw new TokenInvalidError('used');
    return startMemberSession(tx, request.member_id, now);
  });
}
