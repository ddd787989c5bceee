import type { Kysely } from 'kysely';

// Written against Kysely<any> so it stays as it was on the day it shipped.
// Where a signature came from, for the limits and a campaigner's review only (never shown, exported
// or logged), and why one was set aside (`fraudulent`): over a limit, the honeypot, too fast.
export async function up(db: Kysely<any>): Promise<void> {
  // One column per statement: SQLite adds only one column per ALTER TABLE.
  await db.schema.alterTable('signatures').addColumn('client_address', 'text').execute();
  await db.schema.alterTable('signatures').addColumn('client_network', 'text').execute();
  await db.schema.alterTable('signatures').addColumn('flag', 'text').execute();
  // The limits count a network's recent signatures; a bot's burst is read as one index range.
  await db.schema.createIndex('signatures_client').on('signatures').columns(['client_network', 'created_at']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('signatures_client').execute();
  for (const column of ['flag', 'client_network', 'client_address']) await db.schema.alterTable('signatures').dropColumn(column).execute();
}
