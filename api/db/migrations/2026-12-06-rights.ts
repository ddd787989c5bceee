import { type Kysely, sql } from 'kysely';
import { idType } from './dialect.ts';

// Written against Kysely<any> so it stays as it was on the day it shipped.
// A person's own requests about their data ("what do you hold about me?", with the erase-me link
// and fresh withdraw links), and an outbox whose mail may be about one of them.
const one = (column: string) => sql`(case when ${sql.ref(column)} is null then 0 else 1 end)`;
const subjects = ['signature_id', 'sign_in_id', 'support_id'];
const columns = ['kind', ...subjects, 'update_id', 'created_at', 'attempts', 'next_attempt_at', 'claimed_by', 'sent_at', 'failed_at', 'last_error'];

/** SQLite cannot change a CHECK in place, so the outbox is rebuilt, rows copied in id order (nothing refers to an outbox id). */
async function rebuildOutbox(db: Kysely<any>, withRights: boolean): Promise<void> {
  let table = db.schema
    .createTable('outbox_next')
    .addColumn('id', idType(db), (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('signature_id', 'integer', (c) => c.references('signatures.id').onDelete('cascade'))
    .addColumn('sign_in_id', 'integer', (c) => c.references('admin_sign_ins.id').onDelete('cascade'))
    .addColumn('support_id', 'integer', (c) => c.references('support_letters.id').onDelete('cascade'))
    .addColumn('update_id', 'integer', (c) => c.references('updates.id').onDelete('cascade'));
  const kept = withRights ? [...subjects, 'rights_request_id'] : subjects;
  if (withRights) table = table.addColumn('rights_request_id', 'integer', (c) => c.references('rights_requests.id').onDelete('cascade'));
  await table
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_attempt_at', 'text', (c) => c.notNull())
    .addColumn('claimed_by', 'text')
    .addColumn('sent_at', 'text')
    .addColumn('failed_at', 'text')
    .addColumn('last_error', 'text')
    .addCheckConstraint('outbox_one_subject', sql`${sql.join(kept.map(one), sql` + `)} = 1`)
    .execute();
  const rows = withRights ? db.selectFrom('outbox') : db.selectFrom('outbox').where('rights_request_id', 'is', null);
  await db.insertInto('outbox_next').columns(columns).expression(rows.select(columns).orderBy('id')).execute();
  await db.schema.dropTable('outbox').execute();
  await db.schema.alterTable('outbox_next').renameTo('outbox').execute();
  await db.schema.createIndex('outbox_due').on('outbox').columns(['sent_at', 'failed_at', 'next_attempt_at']).execute();
  await db.schema.createIndex('outbox_signature').on('outbox').columns(['signature_id', 'created_at']).execute();
  await db.schema.createIndex('outbox_support').on('outbox').columns(['support_id', 'created_at']).execute();
  await db.schema.createIndex('outbox_update_once').on('outbox').columns(['update_id', 'signature_id']).unique().execute();
}

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('rights_requests')
    .addColumn('id', idType(db), (c) => c.primaryKey())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('email_key', 'text', (c) => c.notNull())
    .addColumn('locale', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.unique())
    .addColumn('expires_at', 'text')
    .addColumn('used_at', 'text')
    .execute();
  // The hourly cap counts an address's recent requests; the clean-up reads the oldest.
  await db.schema.createIndex('rights_requests_key').on('rights_requests').columns(['email_key', 'created_at']).execute();
  await db.schema.createIndex('rights_requests_created').on('rights_requests').columns(['created_at']).execute();
  await rebuildOutbox(db, true);
}

export async function down(db: Kysely<any>): Promise<void> {
  await rebuildOutbox(db, false);
  await db.schema.dropTable('rights_requests').execute();
}
