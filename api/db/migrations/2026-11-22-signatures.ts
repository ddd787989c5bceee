import { type Kysely, sql } from 'kysely';
import { idType } from './dialect.ts';

// Written against Kysely<any> so it stays as it was on the day it shipped.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('signatures')
    .addColumn('id', idType(db), (c) => c.primaryKey())
    .addColumn('letter', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('search_name', 'text', (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('email_key', 'text', (c) => c.notNull())
    .addColumn('organisation', 'text')
    .addColumn('role', 'text')
    .addColumn('place', 'text')
    .addColumn('country', 'text', (c) => c.notNull())
    .addColumn('area', 'text')
    .addColumn('comment', 'text')
    .addColumn('show_name', 'integer', (c) => c.notNull())
    .addColumn('updates', 'integer', (c) => c.notNull())
    .addColumn('locale', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('verified_at', 'text')
    .addColumn('withdrawn_at', 'text')
    .addUniqueConstraint('signatures_letter_email_key', ['letter', 'email_key'])
    .execute();

  // Keyset pagination of the public list, newest first, with and without each filter.
  for (const [name, cols] of [
    ['signatures_list', ['letter', 'state', 'verified_at', 'id']],
    ['signatures_list_kind', ['letter', 'state', 'kind', 'verified_at', 'id']],
    ['signatures_list_country', ['letter', 'state', 'country', 'verified_at', 'id']],
  ] as const) {
    await db.schema.createIndex(name).on('signatures').columns([...cols]).execute();
  }

  await db.schema
    .createTable('tokens')
    .addColumn('id', idType(db), (c) => c.primaryKey())
    .addColumn('signature_id', 'integer', (c) => c.notNull().references('signatures.id').onDelete('cascade'))
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('used_at', 'text')
    .execute();
  await db.schema.createIndex('tokens_signature').on('tokens').column('signature_id').execute();

  await db.schema
    .createTable('counters')
    .addColumn('letter', 'text', (c) => c.notNull())
    .addColumn('dimension', 'text', (c) => c.notNull())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('n', 'integer', (c) => c.notNull().check(sql`n >= 0`))
    .addPrimaryKeyConstraint('counters_pk', ['letter', 'dimension', 'key'])
    .execute();

  await db.schema
    .createTable('outbox')
    .addColumn('id', idType(db), (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('signature_id', 'integer', (c) => c.notNull().references('signatures.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_attempt_at', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text')
    .addColumn('failed_at', 'text')
    .addColumn('last_error', 'text')
    .execute();
  await db.schema.createIndex('outbox_due').on('outbox').columns(['sent_at', 'failed_at', 'next_attempt_at']).execute();
  await db.schema.createIndex('outbox_signature').on('outbox').columns(['signature_id', 'created_at']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['outbox', 'counters', 'tokens', 'signatures']) {
    await db.schema.dropTable(table).execute();
  }
}
