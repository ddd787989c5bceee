import type { Kysely } from 'kysely';
import { idType } from './dialect.ts';

// Written against Kysely<any> so it stays as it was on the day it shipped.
// A reader's request for a publication in an accessible format, until a campaigner marks it done
// and the retention sweep deletes it. No mail: the campaigners answer from their own mailbox.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('publication_requests')
    .addColumn('id', idType(db), (c) => c.primaryKey())
    .addColumn('publication', 'text', (c) => c.notNull())
    .addColumn('locale', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('email_key', 'text', (c) => c.notNull())
    .addColumn('format', 'text', (c) => c.notNull())
    .addColumn('details', 'text')
    .addColumn('consent_version', 'text', (c) => c.notNull())
    .addColumn('notice_version', 'text', (c) => c.notNull())
    .addColumn('consented_at', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('done_at', 'text')
    .execute();
  await db.schema.createIndex('publication_requests_open').on('publication_requests').columns(['done_at', 'created_at']).execute();
  await db.schema.createIndex('publication_requests_email').on('publication_requests').column('email_key').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('publication_requests').execute();
}
