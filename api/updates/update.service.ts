import { sql } from 'kysely';
import { recordAudit } from '../admin/audit.repository.ts';
import type { Db } from '../db/database.ts';
import type { Deps } from '../deps.ts';
import { InvalidInputError, NotFoundError } from '../errors.ts';
import type { Locale } from '../i18n/locale.ts';
import { fieldProblems } from '../i18n/validation/problems.ts';
import { findLetter } from '../letters/letter.service.ts';
import type { Update } from './update.table.ts';
import { type UpdateInput, updateInputSchema } from './update.schema.ts';

/** An update's words in one language. */
export const updateText = (u: Update, locale: Locale) =>
  locale === 'cy' ? { title: u.title_cy, body: u.body_cy } : { title: u.title_en, body: u.body_en };

/** A campaigner writes an update (both languages); it is sent and published only when they send it. */
export async function writeUpdate(deps: Deps, slug: string, raw: unknown, actor: string): Promise<Update> {
  const letter = findLetter(deps, slug);
  const parsed = updateInputSchema.safeParse(raw);
  if (!parsed.success) throw new InvalidInputError(fieldProblems(parsed.error));
  const input: UpdateInput = parsed.data;
  const now = deps.clock();
  return deps.db.transaction().execute(async (tx) => {
    const update = await tx
      .insertInto('updates')
      .values({ letter: letter.slug, ...input, created_at: now.toISOString(), created_by: actor, sent_at: null, sent_by: null })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(tx, { at: now, actor, action: 'update.written', subject: { type: 'update', id: update.id }, detail: { letter: letter.slug, title: input.title_en } });
    return update;
  });
}

export async function findUpdate(db: Db, id: number): Promise<Update> {
  const update = Number.isSafeInteger(id) ? await db.selectFrom('updates').selectAll().where('id', '=', id).executeTakeFirst() : undefined;
  if (!update) throw new NotFoundError('update');
  return update;
}

/** Every update, newest first (the workspace). */
export async function allUpdates(db: Db): Promise<Update[]> {
  return db.selectFrom('updates').selectAll().orderBy('created_at', 'desc').orderBy('id', 'desc').execute();
}

/** A letter's sent updates, newest first: what its page publishes. */
export async function publishedUpdates(db: Db, slug: string): Promise<Update[]> {
  return db
    .selectFrom('updates')
    .selectAll()
    .where('letter', '=', slug)
    .where('sent_at', 'is not', null)
    .orderBy('sent_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

/**
 * Who an update goes to: verified (so not pending, not withdrawn) and opted in. Unsubscribing
 * sets `updates` to 0 (and records when); only signing afresh after a withdrawal, with the box
 * ticked, opts in again.
 */
const recipients = (db: Db, slug: string) => db.selectFrom('signatures').where('letter', '=', slug).where('state', '=', 'verified').where('updates', '=', 1);

export async function recipientCount(db: Db, slug: string): Promise<number> {
  const row = await recipients(db, slug).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** How many of an update's mails are queued, and how many of those went. */
export async function deliveryCounts(db: Db, updateId: number): Promise<{ queued: number; sent: number }> {
  const row = await db
    .selectFrom('outbox')
    .select((eb) => [eb.fn.countAll<number>().as('queued'), eb.fn.count<number>('sent_at').as('sent')])
    .where('update_id', '=', updateId)
    .where('kind', '=', 'update')
    .executeTakeFirstOrThrow();
  return { queued: Number(row.queued), sent: Number(row.sent) };
}

/**
 * Sends an update to its letter's signers who asked for updates: one outbox row per signer,
 * unique per (update, signature), so sending again (a double click, a second campaigner) mails
 * nobody twice and reaches only those who have opted in since. Returns how many were added.
 */
export async function sendUpdate(deps: Deps, updateId: number, actor: string): Promise<number> {
  const now = deps.clock().toISOString();
  return deps.db.transaction().execute(async (tx) => {
    const update = await findUpdate(tx, updateId);
    const result = await tx
      .insertInto('outbox')
      .columns(['kind', 'signature_id', 'update_id', 'created_at', 'attempts', 'next_attempt_at'])
      .expression(
        recipients(tx, update.letter).select((eb) => [
          sql.lit('update').as('kind'),
          'id',
          // A literal, so PostgreSQL types it as the integer column it fills (a parameter there would be text).
          sql.lit(Number(update.id)).as('update_id'),
          eb.val(now).as('created_at'),
          sql.lit(0).as('attempts'),
          eb.val(now).as('next_attempt_at'),
        ]),
      )
      .onConflict((oc) => oc.columns(['update_id', 'signature_id']).doNothing())
      .executeTakeFirst();
    const added = Number(result.numInsertedOrUpdatedRows ?? 0n);
    // The first send's moment stays, whichever server a second one reached.
    await tx.updateTable('updates').set({ sent_at: now, sent_by: actor }).where('id', '=', update.id).where('sent_at', 'is', null).execute();
    await recordAudit(tx, { at: new Date(now), actor, action: 'update.sent', subject: { type: 'update', id: update.id }, detail: { letter: update.letter, recipients: added } });
    return added;
  });
}

/**
 * A test copy to the campaigner themselves. The outbox row names the campaigner's own latest
 * sign-in (which holds their address): no address goes into a signature row, and the outbox's
 * rule that a mail has exactly one subject stands.
 */
export async function sendTestUpdate(deps: Deps, updateId: number, campaignerEmail: string): Promise<void> {
  const now = deps.clock();
  const email = campaignerEmail.toLowerCase();
  await deps.db.transaction().execute(async (tx) => {
    const update = await findUpdate(tx, updateId);
    const signIn = await tx
      .selectFrom('admin_sign_ins')
      .select('id')
      .where('email', '=', email)
      .where('used_at', 'is not', null)
      .orderBy('used_at', 'desc')
      .orderBy('id', 'desc')
      .executeTakeFirst();
    if (!signIn) throw new Error('a campaigner with a session has no used sign-in');
    const at = now.toISOString();
    await tx
      .insertInto('outbox')
      .values({ kind: 'update_test', sign_in_id: signIn.id, update_id: update.id, signature_id: null, support_id: null, created_at: at, attempts: 0, next_attempt_at: at, sent_at: null, failed_at: null, last_error: null })
      .execute();
    await recordAudit(tx, { at: now, actor: email, action: 'update.test_sent', subject: { type: 'update', id: update.id }, detail: { letter: update.letter } });
  });
}
