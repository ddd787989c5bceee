import type { Kysely } from 'kysely';

// Written against Kysely<any> so it stays as it was on the day it shipped.
// What several app servers on one database must agree on: leases on work that spans more than
// one transaction (api/locks/lease.ts), and a per-letter count of data requests, which caches
// that may serve a slightly old copy compare so that none serves a name a campaigner took off.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('locks')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('holder', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.alterTable('list_versions').addColumn('erasures', 'integer', (c) => c.notNull().defaultTo(0)).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('list_versions').dropColumn('erasures').execute();
  await db.schema.dropTable('locks').execute();
}
