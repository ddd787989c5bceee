import type { Kysely } from 'kysely';
import { idType } from './dialect.ts';

// Written against Kysely<any> so it stays as it was on the day it shipped.
// Updates to a letter's signers: the update itself (both languages), when a signer stopped
// them, and an outbox row per (update, signer) that can exist only once.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('updates')
    .addColumn('id', idType(db), (c) => c.primaryKey())
    .addColumn('letter', 'text', (c) => c.notNull())
    .addColumn('title_en', 'text', (c) => c.notNull())
    .addColumn('body_en', 'text', (c) => c.notNull())
    .addColumn('title_cy', 'text', (c) => c.notNull())
    .addColumn('body_cy', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text')
    .addColumn('sent_by', 'text')
    .execute();
  await db.schema.createIndex('updates_letter').on('updates').columns(['letter', 'sent_at']).execute();
  // Nullable, so SQLite adds it in place and the outbox's CHECK (exactly one subject) stands.
  await db.schema.alterTable('outbox').addColumn('update_id', 'integer', (c) => c.references('updates.id').onDelete('cascade')).execute();
  // The delivery row: a double click or two campaigners sending at once mail a signer once.
  // (NULLs are distinct, so every other mail is untouched.)
  await db.schema.createIndex('outbox_update_once').on('outbox').columns(['update_id', 'signature_id']).unique().execute();
  await db.schema.alterTable('signatures').addColumn('unsubscribed_at', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('outbox_update_once').execute();
  await db.deleteFrom('outbox').where('update_id', 'is not', null).execute();
  await db.schema.alterTable('outbox').dropColumn('update_id').execute();
  await db.schema.alterTable('signatures').dropColumn('unsubscribed_at').execute();
  await db.schema.dropTable('updates').execute();
}
