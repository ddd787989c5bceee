import { type Kysely, sql } from 'kysely';
import { idType } from './dialect.ts';

// Written against Kysely<any> so it stays as it was on the day it shipped.
// Letters of support, and an outbox whose mail may be about one of them.
const kept = ['kind', 'signature_id', 'sign_in_id', 'created_at', 'attempts', 'next_attempt_at', 'sent_at', 'failed_at', 'last_error'];
const one = (column: string) => sql`(case when ${sql.ref(column)} is null then 0 else 1 end)`;

/** SQLite cannot change a CHECK in place, so the outbox is rebuilt, rows copied in id order. */
async function rebuildOutbox(db: Kysely<any>, withSupport: boolean): Promise<void> {
  let table = db.schema
    .createTable('outbox_next')
    .addColumn('id', idType(db), (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('signature_id', 'integer', (c) => c.references('signatures.id').onDelete('cascade'))
    .addColumn('sign_in_id', 'integer', (c) => c.references('admin_sign_ins.id').onDelete('cascade'));
  if (withSupport) {
    table = table
      .addColumn('support_id', 'integer', (c) => c.references('support_letters.id').onDelete('cascade'))
      .addCheckConstraint('outbox_one_subject', sql`${one('signature_id')} + ${one('sign_in_id')} + ${one('support_id')} = 1`);
  } else {
    table = table.addCheckConstraint('outbox_one_subject', sql`(signature_id is null) <> (sign_in_id is null)`);
  }
  await table
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_attempt_at', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text')
    .addColumn('failed_at', 'text')
    .addColumn('last_error', 'text')
    .execute();
  const rows = withSupport ? db.selectFrom('outbox') : db.selectFrom('outbox').where('support_id', 'is', null);
  await db.insertInto('outbox_next').columns(kept).expression(rows.select(kept).orderBy('id')).execute();
  await db.schema.dropTable('outbox').execute();
  await db.schema.alterTable('outbox_next').renameTo('outbox').execute();
  await db.schema.createIndex('outbox_due').on('outbox').columns(['sent_at', 'failed_at', 'next_attempt_at']).execute();
  await db.schema.createIndex('outbox_signature').on('outbox').columns(['signature_id', 'created_at']).execute();
  if (withSupport) await db.schema.createIndex('outbox_support').on('outbox').columns(['support_id', 'created_at']).execute();
}

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('support_letters')
    .addColumn('id', idType(db), (c) => c.primaryKey())
    .addColumn('letter', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('author_name', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('organisation', 'text')
    .addColumn('country', 'text', (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('email_key', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('extract', 'text', (c) => c.notNull())
    .addColumn('publish', 'text', (c) => c.notNull())
    .addColumn('pdf', 'text')
    .addColumn('pdf_bytes', 'integer')
    .addColumn('notable', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('locale', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('confirm_hash', 'text', (c) => c.unique())
    .addColumn('confirm_expires_at', 'text')
    .addColumn('confirmed_at', 'text')
    .addColumn('decided_at', 'text')
    .addColumn('decided_by', 'text')
    .addColumn('reason', 'text')
    .execute();
  await db.schema.createIndex('support_letters_state').on('support_letters').columns(['letter', 'state', 'notable', 'decided_at']).execute();
  await db.schema.createIndex('support_letters_email').on('support_letters').columns(['email_key', 'created_at']).execute();
  await rebuildOutbox(db, true);
}

export async function down(db: Kysely<any>): Promise<void> {
  await rebuildOutbox(db, false);
  await db.schema.dropTable('support_letters').execute();
}
