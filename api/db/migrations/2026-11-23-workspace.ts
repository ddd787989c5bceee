import { type Kysely, sql } from 'kysely';
import { idType } from './dialect.ts';

// Written against Kysely<any> so it stays as it was on the day it shipped.
// The campaigner's workspace: sign-in links, sessions, the audit log, and an outbox that can
// carry a mail that belongs to no signature (the sign-in link).
const outboxColumns = ['kind', 'signature_id', 'created_at', 'attempts', 'next_attempt_at', 'sent_at', 'failed_at', 'last_error'];

/**
 * SQLite cannot drop a NOT NULL, so the outbox is rebuilt (the same statements on PostgreSQL).
 * With sign-ins, exactly one of signature_id and sign_in_id says what a mail is about. Rows are
 * copied in id order without their ids, so a serial column's sequence stays right; nothing
 * refers to an outbox id.
 */
async function rebuildOutbox(db: Kysely<any>, withSignIns: boolean): Promise<void> {
  let table = db.schema
    .createTable('outbox_next')
    .addColumn('id', idType(db), (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('signature_id', 'integer', (c) => {
      const ref = c.references('signatures.id').onDelete('cascade');
      return withSignIns ? ref : ref.notNull();
    });
  if (withSignIns) {
    table = table
      .addColumn('sign_in_id', 'integer', (c) => c.references('admin_sign_ins.id').onDelete('cascade'))
      .addCheckConstraint('outbox_one_subject', sql`(signature_id is null) <> (sign_in_id is null)`);
  }
  await table
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_attempt_at', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text')
    .addColumn('failed_at', 'text')
    .addColumn('last_error', 'text')
    .execute();
  const kept = withSignIns ? db.selectFrom('outbox') : db.selectFrom('outbox').where('signature_id', 'is not', null);
  await db.insertInto('outbox_next').columns(outboxColumns).expression(kept.select(outboxColumns).orderBy('id')).execute();
  await db.schema.dropTable('outbox').execute();
  await db.schema.alterTable('outbox_next').renameTo('outbox').execute();
  await db.schema.createIndex('outbox_due').on('outbox').columns(['sent_at', 'failed_at', 'next_attempt_at']).execute();
  await db.schema.createIndex('outbox_signature').on('outbox').columns(['signature_id', 'created_at']).execute();
}

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('admin_sign_ins')
    .addColumn('id', idType(db), (c) => c.primaryKey())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('locale', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.unique())
    .addColumn('expires_at', 'text')
    .addColumn('used_at', 'text')
    .execute();
  // The hourly cap counts an address's recent requests.
  await db.schema.createIndex('admin_sign_ins_email').on('admin_sign_ins').columns(['email', 'created_at']).execute();

  await db.schema
    .createTable('admin_sessions')
    .addColumn('id', idType(db), (c) => c.primaryKey())
    .addColumn('hash', 'text', (c) => c.notNull().unique())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('revoked_at', 'text')
    .execute();

  await db.schema
    .createTable('audit_log')
    .addColumn('id', idType(db), (c) => c.primaryKey())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('subject_type', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'text')
    .addColumn('detail', 'text')
    .execute();
  await db.schema.createIndex('audit_log_at').on('audit_log').columns(['at', 'id']).execute();

  await rebuildOutbox(db, true);
}

export async function down(db: Kysely<any>): Promise<void> {
  await rebuildOutbox(db, false);
  for (const table of ['audit_log', 'admin_sessions', 'admin_sign_ins']) {
    await db.schema.dropTable(table).execute();
  }
}
