import type { Db } from '../db/database.ts';
import type { Deps } from '../deps.ts';
import { scrub } from '../log/redact.ts';
import { anyDue, claimDue, markFailed, markRetry, markSent } from './outbox.repository.ts';
import type { OutboxMail } from './outbox.table.ts';
import { type Prepared, renderBatch } from './render.ts';
import type { Mailer } from './transport.ts';

/** Waits between attempts: quick at first for a blip, then hours for an outage. */
const backoffMs = [30_000, 120_000, 600_000, 1_800_000, 3_600_000, 7_200_000, 14_400_000, 28_800_000];
/**
 * Updates to signers go out at most this many a minute (all servers together), and only in the
 * room other mail leaves in a batch: a big update never holds up a confirmation.
 */
export const defaultUpdatesPerMinute = 120;
/** How long one attempt may hold a mail (its lease) before another sender may try it. */
export const claimMs = 120_000;

/**
 * `senderId` names this process's sender in the mails it holds (outbox.claimed_by): see
 * `newSenderId`. `mailsPerSecond` is SMTP_RATE, the cap for all servers together.
 */
export type SenderDeps = Deps & { mailer: Mailer; publicOrigin: string; senderId: string; mailsPerSecond?: number; log?: (line: string) => void };

/**
 * The left part of a mail's Message-ID: the same on every attempt at one outbox row, so a repeat
 * after a crash mid-send is recognisable, and different for every row (the row's time tells
 * apart two databases' row 1). Nothing in it is personal.
 */
export const messageKey = (mail: OutboxMail) => `outbox-${mail.id}.${Date.parse(mail.created_at).toString(36)}`;

/** A refusal the server means for good (5xx): retrying would only annoy the server. */
function isPermanent(error: unknown): boolean {
  const e = error as { responseCode?: number; code?: string };
  // The reply code decides when there is one: nodemailer calls every refused recipient
  // EENVELOPE, a 4xx "try again later" (greylisting, full mailbox) included.
  if (typeof e.responseCode === 'number') return e.responseCode >= 500;
  // EENVELOPE with no reply: an address nodemailer cannot send to at all.
  return e.code === 'EENVELOPE';
}

type Outcome = { mail: OutboxMail; error?: unknown };

async function recordFailure(deps: SenderDeps, db: Db, mail: OutboxMail, error: unknown, now: Date): Promise<void> {
  // SMTP replies often quote the address; no log line (nor the row) may carry one.
  const reason = scrub(error instanceof Error ? error.message : String(error)).slice(0, 500);
  // The claim counted this attempt.
  if (isPermanent(error) || mail.attempts > backoffMs.length) {
    await markFailed(db, mail.id, deps.senderId, now, reason);
    deps.log?.(`[mail] outbox #${mail.id} failed for good: ${reason}`);
  } else {
    const wait = backoffMs[mail.attempts - 1] ?? backoffMs.at(-1)!;
    await markRetry(db, mail.id, deps.senderId, new Date(now.getTime() + wait), reason);
    deps.log?.(`[mail] outbox #${mail.id} will be retried in ${wait / 1000}s: ${reason}`);
  }
}

async function send(deps: SenderDeps, { mail, envelope, note }: Prepared): Promise<Outcome> {
  try {
    if (envelope) await deps.mailer.send({ ...envelope, messageKey: messageKey(mail) }, note);
    return { mail };
  } catch (error) {
    return { mail, error: error ?? new Error('unknown mail error') };
  }
}

/**
 * Sends every mail that is due now, up to `batch`; returns how many it took. A batch costs two
 * commits (claim and make tokens; record outcomes), not four per mail: under a signing rush
 * every fsync the sender saves is one the signers' own commits do not wait behind. The mails of
 * a batch are handed to the mailer all at once, and its pool sends them on all its connections.
 * Senders on other servers take other mails meanwhile; one that dies holding mails leaves them
 * to the others once its lease (`claimMs`) runs out, or to its own server once restarted.
 */
export async function deliverDue(deps: SenderDeps, batch = 20, updatesPerMinute = defaultUpdatesPerMinute): Promise<number> {
  const now = deps.clock();
  if (!(await anyDue(deps.db, now))) return 0;
  const claim = { now, until: new Date(now.getTime() + claimMs), by: deps.senderId, limit: batch, updatesPerMinute, perSecond: deps.mailsPerSecond };
  const { prepared, unwritable } = await deps.db.transaction().execute(async (tx) => renderBatch(deps, tx, await claimDue(tx, claim), now));
  const outcomes = [...unwritable, ...(await Promise.all(prepared.map((p) => send(deps, p))))];
  const done = deps.clock();
  await deps.db.transaction().execute(async (tx) => {
    await markSent(tx, outcomes.filter((o) => o.error === undefined).map((o) => o.mail.id), done);
    for (const { mail, error } of outcomes) if (error !== undefined) await recordFailure(deps, tx, mail, error, done);
  });
  return outcomes.length;
}
