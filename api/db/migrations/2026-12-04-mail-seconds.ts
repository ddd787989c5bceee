import type { Kysely } from 'kysely';

// Written against Kysely<any> so it stays as it was on the day it shipped.
// SMTP_RATE caps the mails claimed each second by all servers together: one row per second
// counts them (api/mail/mail-rate.ts); rows older than a minute are deleted as new ones come.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('mail_seconds')
    .addColumn('second', 'bigint', (c) => c.primaryKey())
    .addColumn('claimed', 'integer', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('mail_seconds').execute();
}
