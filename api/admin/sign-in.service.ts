import type { Db } from '../db/database.ts';
import { lockName } from '../db/dialect.ts';
import type { Deps } from '../deps.ts';
import { InvalidInputError, TokenInvalidError } from '../errors.ts';
import { type Locale, localePath } from '../i18n/locale.ts';
import { fieldProblems } from '../i18n/validation/problems.ts';
import { enqueueMail } from '../mail/outbox.repository.ts';
import { signInMail } from '../mail/templates/admin.mails.ts';
import type { Envelope } from '../mail/transport.ts';
import { usableLink } from '../tokens/mailed-link.ts';
import { newSecret } from '../tokens/secret.ts';
import { isAdminEmail, normaliseAdminEmail } from './admin-emails.ts';
import { type AdminSession } from './session.table.ts';
import { startSession } from './session.service.ts';
import { signInInputSchema } from './sign-in.schema.ts';
import type { AdminSignIn } from './sign-in.table.ts';

/** A sign-in link is for now, not for later: it opens the whole workspace. */
export const signInLinkMinutes = 15;
/** More links than this an hour to one address and the rest are quietly not sent: no mailbox gets flooded. */
export const signInMailsPerHour = 5;

const hourMs = 60 * 60 * 1000;

/**
 * Mails a sign-in link when the address is in ADMIN_EMAILS; does nothing otherwise. The caller
 * answers the same either way, so the form tells no one who the campaigners are. Only a
 * malformed address is refused, which says nothing about who may sign in.
 */
export async function requestSignIn(deps: Deps, adminEmails: readonly string[], input: unknown, locale: Locale): Promise<void> {
  const parsed = signInInputSchema.safeParse(input);
  if (!parsed.success) throw new InvalidInputError(fieldProblems(parsed.error));
  const email = normaliseAdminEmail(parsed.data.email);
  if (!isAdminEmail(adminEmails, email)) return;
  const now = deps.clock();
  await deps.db.transaction().execute(async (tx) => {
    // One request for an address at a time, across servers, so the hour's cap is counted true.
    await lockName(tx, `sign-in:${email}`);
    const { n } = await tx
      .selectFrom('admin_sign_ins')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('email', '=', email)
      .where('created_at', '>', new Date(now.getTime() - hourMs).toISOString())
      .executeTakeFirstOrThrow();
    if (Number(n) >= signInMailsPerHour) return;
    const { id } = await tx
      .insertInto('admin_sign_ins')
      .values({ email, locale, created_at: now.toISOString(), hash: null, expires_at: null, used_at: null })
      .returning('id')
      .executeTakeFirstOrThrow();
    await enqueueMail(tx, 'admin_sign_in', { signInId: id }, now);
  });
}

/**
 * The mail for a sign-in request, rendered by the outbox sender at send time: the link's token
 * is made now, so it never rests in the database in the clear, and its 15 minutes start when it
 * is sent. A retry makes a new one; the link of a mail that never left stops working.
 */
export async function signInEnvelope(db: Db, signInId: number, publicOrigin: string, now: Date): Promise<Envelope | undefined> {
  const request = await db.selectFrom('admin_sign_ins').selectAll().where('id', '=', signInId).executeTakeFirst();
  if (!request || request.used_at) return undefined;
  const { raw, hash } = newSecret();
  const validUntil = new Date(now.getTime() + signInLinkMinutes * 60_000);
  await db.updateTable('admin_sign_ins').set({ hash, expires_at: validUntil.toISOString() }).where('id', '=', signInId).execute();
  const signInUrl = `${publicOrigin}${localePath(request.locale, `/admin/sign-in/${raw}`)}`;
  return { to: request.email, ...signInMail({ locale: request.locale, origin: publicOrigin, signInUrl, validMinutes: signInLinkMinutes, validUntil }) };
}

/** The request a link belongs to, if it can still sign in (GET: nothing changes). */
export async function checkSignInLink(db: Db, raw: string, now: Date): Promise<AdminSignIn> {
  return usableLink(raw, now, (hash) => db.selectFrom('admin_sign_ins').selectAll().where('hash', '=', hash).executeTakeFirst());
}

/**
 * Uses the link once and opens a session, recorded in the audit log, all in one transaction:
 * of two racing posts exactly one signs in. An address taken out of ADMIN_EMAILS since the
 * mail was sent cannot use its link.
 */
export async function signIn(deps: Deps, adminEmails: readonly string[], raw: string): Promise<{ secret: string; session: AdminSession }> {
  const now = deps.clock();
  return deps.db.transaction().execute(async (tx) => {
    const request = await checkSignInLink(tx, raw, now);
    if (!isAdminEmail(adminEmails, request.email)) throw new TokenInvalidError('unknown');
    const { numUpdatedRows } = await tx
      .updateTable('admin_sign_ins')
      .set({ used_at: now.toISOString() })
      .where('id', '=', request.id)
      .where('used_at', 'is', null)
      .executeTakeFirstOrThrow();
    if (numUpdatedRows !== 1n) throw new TokenInvalidError('used');
    return startSession(tx, request.email, now);
  });
}
