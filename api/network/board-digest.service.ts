import type { Db } from '../db/database.ts';
import type { Deps } from '../deps.ts';
import { TokenInvalidError } from '../errors.ts';
import { cy } from '../i18n/mail/cy.ts';
import { en } from '../i18n/mail/en.ts';
import { localePath } from '../i18n/locale.ts';
import { enqueueMail } from '../mail/outbox.repository.ts';
import type { OutboxMail } from '../mail/outbox.table.ts';
import { mail } from '../mail/templates/layout.ts';
import type { Envelope } from '../mail/transport.ts';
import { every } from '../schedule/every.ts';
import { hashSecret, isSecretShape, newSecret } from '../tokens/secret.ts';

/**
 * The board's digest: once a day at most, every member who opted in (`members.digest`) and is
 * active gets one mail listing the threads started since the last digest. The run is claimed
 * in the `settings` table by a conditional update, so of any number of servers one sends it;
 * a day with no new thread sends nothing (and claims nothing, so the next thread goes out
 * within the hour after the day is up).
 */
const dayMs = 24 * 60 * 60 * 1000;
const checkEveryMs = 60 * 60_000;
const key = 'board_digest';
export const digestActor = 'llofnod';

export async function runBoardDigest(deps: Pick<Deps, 'db' | 'clock'>): Promise<{ threads: number; mails: number }> {
  const now = deps.clock();
  const at = now.toISOString();
  const dayAgo = new Date(now.getTime() - dayMs).toISOString();
  await deps.db
    .insertInto('settings')
    .values({ key, value: new Date(0).toISOString(), updated_at: at, updated_by: digestActor })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
  return deps.db.transaction().execute(async (tx) => {
    const fresh = await tx.selectFrom('board_threads').select('id').where('digested_at', 'is', null).where('state', '=', 'published').execute();
    if (fresh.length === 0) return { threads: 0, mails: 0 };
    const { numUpdatedRows } = await tx.updateTable('settings').set({ value: at, updated_at: at }).where('key', '=', key).where('value', '<=', dayAgo).executeTakeFirstOrThrow();
    if (numUpdatedRows !== 1n) return { threads: 0, mails: 0 };
    const ids = fresh.map((t) => t.id);
    await tx.updateTable('board_threads').set({ digested_at: at }).where('id', 'in', ids).execute();
    const readers = await tx.selectFrom('members').select('id').where('state', '=', 'active').where('digest', '=', 1).orderBy('id').execute();
    for (const r of readers) await enqueueMail(tx, 'network_digest', { memberId: r.id }, now);
    return { threads: ids.length, mails: readers.length };
  });
}

export function startBoardDigest(deps: Pick<Deps, 'db' | 'clock'>, { log }: { log: (message: string, error: unknown) => void }) {
  return every(() => runBoardDigest(deps), { everyMs: checkEveryMs, firstMs: 90_000, log });
}

/**
 * One member's digest, made at send time: the threads its run marked (still published), their
 * authors as the board shows them, and a fresh unsubscribe link whose hash replaces the last
 * one in `members.unsubscribe_hash` (so only the newest digest's link works). Nothing when the
 * member stopped the digest or left since.
 */
export async function digestEnvelope(db: Db, m: OutboxMail, origin: string): Promise<Envelope | undefined> {
  if (m.member_id === null) return undefined;
  const member = await db.selectFrom('members').selectAll().where('id', '=', m.member_id).executeTakeFirst();
  if (member?.state !== 'active' || member.digest !== 1) return undefined;
  const threads = await db
    .selectFrom('board_threads as t')
    .leftJoin('members as a', 'a.id', 't.member_id')
    .select(['t.id', 't.title', 'a.name', 'a.state'])
    .where('t.digested_at', '=', m.created_at)
    .where('t.state', '=', 'published')
    .orderBy('t.created_at')
    .execute();
  if (threads.length === 0) return undefined;
  const { raw, hash } = newSecret();
  await db.updateTable('members').set({ unsubscribe_hash: hash }).where('id', '=', member.id).execute();
  const t = ({ en, cy })[member.locale].board.digest;
  const link = (path: string) => `${origin}${localePath(member.locale, path)}`;
  const unsubscribeUrl = link(`/network/unsubscribe/${raw}`);
  const rendered = mail(
    member.locale,
    t.subject(threads.length),
    [
      { p: t.intro },
      ...threads.map((th) => ({ link: { label: t.thread(th.title, th.state === 'active' && th.name ? th.name : t.formerMember), href: link(`/network/board/${th.id}`) } })),
      { button: { label: t.board, href: link('/network/board') } },
      { p: t.stop },
      { link: { label: t.stopLabel, href: unsubscribeUrl } },
    ],
    origin,
  );
  // RFC 2369 and RFC 8058, as updates have: a mail client's own button POSTs to the link.
  return { to: member.email, ...rendered, headers: { 'List-Unsubscribe': `<${unsubscribeUrl}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' } };
}

/**
 * The digest's unsubscribe link. It does one thing, stop the digest: it signs no one in and
 * opens nothing else. Not single use (pressing it twice is harmless), and it works until a
 * newer digest brings a newer link. GET checks (mail scanners follow links); POST acts.
 */
async function linkedMember(db: Db, raw: string): Promise<{ id: number; digest: number }> {
  if (!isSecretShape(raw)) throw new TokenInvalidError('unknown');
  const m = await db.selectFrom('members').select(['id', 'digest']).where('unsubscribe_hash', '=', hashSecret(raw)).executeTakeFirst();
  if (!m) throw new TokenInvalidError('unknown');
  return m;
}

export const checkDigestUnsubscribe = (db: Db, raw: string) => linkedMember(db, raw);

export async function unsubscribeDigest(db: Db, raw: string): Promise<void> {
  const m = await linkedMember(db, raw);
  await db.updateTable('members').set({ digest: 0 }).where('id', '=', m.id).execute();
}
