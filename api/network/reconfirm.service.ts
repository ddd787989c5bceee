import type { Db } from '../db/database.ts';
import type { Deps } from '../deps.ts';
import { TokenInvalidError } from '../errors.ts';
import { localePath } from '../i18n/locale.ts';
import { enqueueMail } from '../mail/outbox.repository.ts';
import type { OutboxMail } from '../mail/outbox.table.ts';
import { memberReconfirmMail } from '../mail/templates/member.mails.ts';
import type { Envelope } from '../mail/transport.ts';
import { every } from '../schedule/every.ts';
import { usableLink } from '../tokens/mailed-link.ts';
import { newSecret } from '../tokens/secret.ts';

/**
 * The yearly question. A member is asked once a year whether they are still active; one who
 * does not answer within `lapseDays` leaves the directory and the counts (`lapsed_at`) but
 * stays a member, and one click (the mail's link or the profile's button) brings them back.
 */
const dayMs = 24 * 60 * 60 * 1000;
export const askAfterDays = 365;
export const lapseDays = 30;
/**
 * The mail's link works well past the 30 days, so a member who comes back late still needs
 * one click. It only says "still active": it signs no one in. It is kept as the member's
 * `confirm_hash`, unused once their email was confirmed at joining.
 */
export const reconfirmLinkDays = 180;
const checkEveryMs = 60 * 60_000;

/**
 * Asks every member who is due, and lapses every one who did not answer in time. Safe on any
 * number of servers at once: each member is claimed by one conditional update (only the server
 * whose update changed the row queues the mail), and lapsing is a single idempotent update.
 */
export async function runYearlyQuestion(deps: Pick<Deps, 'db' | 'clock'>): Promise<{ asked: number; lapsed: number }> {
  const now = deps.clock();
  const at = now.toISOString();
  const yearAgo = new Date(now.getTime() - askAfterDays * dayMs).toISOString();
  const due = await deps.db
    .selectFrom('members')
    .select('id')
    .where('state', '=', 'active')
    .where('reconfirm_asked_at', 'is', null)
    .where('lapsed_at', 'is', null)
    .where('active_confirmed_at', '<=', yearAgo)
    .orderBy('id')
    .execute();
  let asked = 0;
  for (const { id } of due) {
    const claimed = await deps.db.transaction().execute(async (tx) => {
      const { numUpdatedRows } = await tx
        .updateTable('members')
        .set({ reconfirm_asked_at: at })
        .where('id', '=', id)
        .where('state', '=', 'active')
        .where('reconfirm_asked_at', 'is', null)
        .where('active_confirmed_at', '<=', yearAgo)
        .executeTakeFirstOrThrow();
      if (numUpdatedRows !== 1n) return false;
      await enqueueMail(tx, 'member_reconfirm', { memberId: id }, now);
      return true;
    });
    if (claimed) asked++;
  }
  const { numUpdatedRows: lapsed } = await deps.db
    .updateTable('members')
    .set({ lapsed_at: at })
    .where('state', '=', 'active')
    .where('lapsed_at', 'is', null)
    .where('reconfirm_asked_at', '<=', new Date(now.getTime() - lapseDays * dayMs).toISOString())
    .executeTakeFirstOrThrow();
  return { asked, lapsed: Number(lapsed) };
}

/** Each server looks every hour; the claims above keep it to one question per member. */
export function startYearlyQuestion(deps: Pick<Deps, 'db' | 'clock'>, { log }: { log: (message: string, error: unknown) => void }) {
  return every(() => runYearlyQuestion(deps), { everyMs: checkEveryMs, firstMs: 60_000, log });
}

/** The question's mail, made at send time with a fresh link (only its hash kept). Moot once answered or for a member no longer active. */
export async function reconfirmEnvelope(db: Db, mail: OutboxMail, publicOrigin: string, now: Date): Promise<Envelope | undefined> {
  if (mail.member_id === null) return undefined;
  const member = await db.selectFrom('members').selectAll().where('id', '=', mail.member_id).executeTakeFirst();
  if (member?.state !== 'active' || member.reconfirm_asked_at === null) return undefined;
  const { raw, hash } = newSecret();
  const expires = new Date(now.getTime() + reconfirmLinkDays * dayMs).toISOString();
  await db.updateTable('members').set({ confirm_hash: hash, confirm_expires_at: expires }).where('id', '=', member.id).execute();
  const confirmUrl = `${publicOrigin}${localePath(member.locale, `/network/still-active/${raw}`)}`;
  return { to: member.email, ...memberReconfirmMail({ locale: member.locale, origin: publicOrigin, name: member.name, confirmUrl, lapseDays }) };
}

/** The member a still-active link belongs to, if it works (GET: nothing changes). */
export function checkStillActiveLink(db: Db, raw: string, now: Date) {
  return usableLink(raw, now, (hash) =>
    db
      .selectFrom('members')
      .select(['id', 'confirm_hash as hash', 'confirm_expires_at as expires_at'])
      .select((eb) => eb.val<string | null>(null).as('used_at'))
      .where('confirm_hash', '=', hash)
      .where('state', '=', 'active')
      .executeTakeFirst(),
  );
}

/** "Still active": counted and listed again for another year; the link, if any, is used up. */
export async function confirmStillActive(db: Db, memberId: number, now: Date): Promise<void> {
  await db
    .updateTable('members')
    .set({ active_confirmed_at: now.toISOString(), reconfirm_asked_at: null, lapsed_at: null, confirm_hash: null, confirm_expires_at: null })
    .where('id', '=', memberId)
    .where('state', '=', 'active')
    .execute();
}

/** The mail's link, POSTed: one click, in one transaction, so two racing clicks confirm once. */
export async function stillActiveByLink(deps: Pick<Deps, 'db' | 'clock'>, raw: string): Promise<void> {
  const now = deps.clock();
  await deps.db.transaction().execute(async (tx) => {
    const { id } = await checkStillActiveLink(tx, raw, now);
    const { numUpdatedRows } = await tx
      .updateTable('members')
      .set({ active_confirmed_at: now.toISOString(), reconfirm_asked_at: null, lapsed_at: null, confirm_hash: null, confirm_expires_at: null })
      .where('id', '=', id)
      .where('confirm_hash', 'is not', null)
      .executeTakeFirstOrThrow();
    if (numUpdatedRows !== 1n) throw new TokenInvalidError('used');
  });
}
