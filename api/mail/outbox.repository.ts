import { sql } from 'kysely';
import type { Db } from '../db/database.ts';
import { isPostgres } from '../db/dialect.ts';
import { roomThisSecond, spendSecond } from './mail-rate.ts';
import type { MailKind, OutboxMail } from './outbox.table.ts';

type About = number | { signInId: number } | { supportId: number } | { alertId: number } | { rightsRequestId: number } | { commentId: number } | { memberId: number };

function mailRow(kind: MailKind, about: About, now: Date) {
  const at = now.toISOString();
  return {
    kind,
    signature_id: typeof about === 'number' ? about : null,
    sign_in_id: typeof about === 'object' && 'signInId' in about ? about.signInId : null,
    support_id: typeof about === 'object' && 'supportId' in about ? about.supportId : null,
    alert_id: typeof about === 'object' && 'alertId' in about ? about.alertId : null,
    rights_request_id: typeof about === 'object' && 'rightsRequestId' in about ? about.rightsRequestId : null,
    comment_id: typeof about === 'object' && 'commentId' in about ? about.commentId : null,
    member_id: typeof about === 'object' && 'memberId' in about ? about.memberId : null,
    created_at: at,
    attempts: 0,
    next_attempt_at: at,
    sent_at: null,
    failed_at: null,
    last_error: null,
  };
}

/** A mail about a signature, the sign-in link of a request (`{ signInId }`), a letter of support (`{ supportId }`), a trending alert (`{ alertId }`) a person's request about their data (`{ rightsRequestId }`) a comment (`{ commentId }`) or a network member (`{ memberId }`). */
export async function enqueueMail(db: Db, kind: MailKind, about: About, now: Date): Promise<void> {
  await db.insertInto('outbox').values(mailRow(kind, about, now)).execute();
}

/** Mails about many signatures in one insert: a batch of new signers' confirmations. */
export async function enqueueSignatureMails(db: Db, kind: MailKind, mails: { signatureId: number; now: Date }[]): Promise<void> {
  if (mails.length === 0) return;
  await db
    .insertInto('outbox')
    .values(mails.map((m) => mailRow(kind, m.signatureId, m.now)))
    .execute();
}

/** How many mails a signer has been sent since a moment: the cap that stops a mailbox being flooded. */
export async function mailsSince(db: Db, signatureId: number, since: Date): Promise<number> {
  const row = await db
    .selectFrom('outbox')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('signature_id', '=', signatureId)
    .where('kind', '!=', 'update')
    .where('created_at', '>', since.toISOString())
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

const dueAt = (db: Db, now: Date) =>
  db.selectFrom('outbox').where('sent_at', 'is', null).where('failed_at', 'is', null).where('next_attempt_at', '<=', now.toISOString());

/** Whether any mail is due: an idle sender's poll only reads, and takes no write lock. */
export async function anyDue(db: Db, now: Date): Promise<boolean> {
  return (await dueAt(db, now).select('id').limit(1).executeTakeFirst()) !== undefined;
}

/** The same number in every server process: the lock under which senders decide the room for updates. */
const updateRateLock = 0x4c6c6f66;

type Claim = { now: Date; until: Date; by: string; limit: number; updatesPerMinute?: number; perSecond?: number };

/**
 * Takes the mails to send now for sender `by` until `until` (its lease): every other kind first,
 * then updates to signers in what room is left, no more than `updatesPerMinute` of them sent or
 * in flight in the last minute on all servers together, and with `perSecond` (SMTP_RATE) no
 * more than that many mails claimed in this second on all servers together. Run it in a
 * transaction: on PostgreSQL the room for updates is decided under an advisory lock that lasts
 * until commit; on SQLite the transaction's write lock already lets one sender at a time count
 * and claim.
 */
export async function claimDue(tx: Db, { now, until, by, limit, updatesPerMinute = Infinity, perSecond }: Claim): Promise<OutboxMail[]> {
  const room = perSecond === undefined ? limit : Math.min(limit, await roomThisSecond(tx, now, perSecond));
  const claimed = room > 0 ? await claimKinds(tx, now, until, by, room, updatesPerMinute) : [];
  if (perSecond !== undefined) await spendSecond(tx, now, claimed.length);
  return claimed;
}

async function claimKinds(tx: Db, now: Date, until: Date, by: string, limit: number, updatesPerMinute: number): Promise<OutboxMail[]> {
  const claim = (updates: boolean, n: number) => claimBatch(tx, updates, n, now, until, by);
  const first = await claim(false, limit);
  if (first.length >= limit || updatesPerMinute <= 0) return first;
  if (isPostgres(tx)) await sql`select pg_advisory_xact_lock(${updateRateLock})`.execute(tx);
  const at = now.toISOString();
  const recent = await tx
    .selectFrom('outbox')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('kind', '=', 'update')
    .where((eb) =>
      eb.or([
        eb('sent_at', '>', new Date(now.getTime() - 60_000).toISOString()),
        // Claimed by a sender that is still sending them: they will count once sent.
        eb.and([eb('claimed_by', 'is not', null), eb('sent_at', 'is', null), eb('failed_at', 'is', null), eb('next_attempt_at', '>', at)]),
      ]),
    )
    .executeTakeFirstOrThrow();
  const room = Math.min(limit - first.length, updatesPerMinute - Number(recent.n));
  if (room <= 0) return first;
  return [...first, ...(await claim(true, room))];
}

async function claimBatch(tx: Db, updates: boolean, limit: number, now: Date, until: Date, by: string): Promise<OutboxMail[]> {
  let due = dueAt(tx, now)
    .select('id')
    .where('kind', updates ? '=' : '!=', 'update')
    .orderBy('next_attempt_at')
    .orderBy('id')
    .limit(limit);
  // Rows another server's sender is claiming right now are passed over, not waited for: two
  // senders take two different batches at once.
  if (isPostgres(tx)) due = due.forUpdate().skipLocked();
  // Two statements, not `id in (select …)`: PostgreSQL may run such a subquery again for each
  // row it updates, and with SKIP LOCKED every run finds new rows, past the limit.
  const ids = (await due.execute()).map((r) => r.id);
  if (ids.length === 0) return [];
  const claimed = await tx
    .updateTable('outbox')
    .set((eb) => ({ claimed_by: by, next_attempt_at: until.toISOString(), attempts: eb('attempts', '+', 1) }))
    .where('id', 'in', ids)
    // Compare-and-set: a mail is taken only while it is still due, whoever else is looking.
    .where('sent_at', 'is', null)
    .where('next_attempt_at', '<=', now.toISOString())
    .returningAll()
    .execute();
  return claimed.sort((a, b) => a.id - b.id);
}

export async function markSent(db: Db, ids: number[], now: Date): Promise<void> {
  if (ids.length === 0) return;
  await db.updateTable('outbox').set({ sent_at: now.toISOString(), last_error: null }).where('id', 'in', ids).execute();
}

/**
 * Makes due now every unsent mail held by an earlier run of this server (`server`, the part of
 * a sender id before its last "/"), other than `by` itself: that run is dead, since this one
 * has its name, so its mails need not wait for their leases. Returns how many.
 */
export async function releaseEarlierRuns(db: Db, server: string, by: string, now: Date): Promise<number> {
  const prefix = `${server}/`;
  const released = await db
    .updateTable('outbox')
    .set({ next_attempt_at: now.toISOString(), claimed_by: null })
    .where('sent_at', 'is', null)
    .where('failed_at', 'is', null)
    .where('claimed_by', '!=', by)
    .where(sql<boolean>`substr(claimed_by, 1, ${prefix.length}) = ${prefix}`)
    .executeTakeFirst();
  return Number(released.numUpdatedRows);
}

/**
 * A failed try is recorded only while sender `by` still holds the mail: once its lease ran out
 * and another sender took the mail over, that sender decides what happens to it.
 */
export async function markRetry(db: Db, id: number, by: string, at: Date, error: string): Promise<void> {
  await db.updateTable('outbox').set({ next_attempt_at: at.toISOString(), claimed_by: null, last_error: error }).where('id', '=', id).where('claimed_by', '=', by).execute();
}

/** As `markRetry`, only while `by` holds the mail. */
export async function markFailed(db: Db, id: number, by: string, now: Date, error: string): Promise<void> {
  await db.updateTable('outbox').set({ failed_at: now.toISOString(), claimed_by: null, last_error: error }).where('id', '=', id).where('claimed_by', '=', by).execute();
}
