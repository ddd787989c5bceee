import type { Kysely } from 'kysely';

// Written against Kysely<any> so it stays as it was on the day it shipped.
// Several app servers each run a sender: a claimed mail now names the sender process that holds
// it (its lease ends at next_attempt_at, as before), so an update's rate can count the mails
// in flight on other servers and a late sender cannot undo a claim another has taken over.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('outbox').addColumn('claimed_by', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('outbox').dropColumn('claimed_by').execute();
}
