import type { Kysely } from 'kysely';

// Written against Kysely<any> so it stays as it was on the day it shipped.
// What each person was shown when they agreed: the version of the consent wording and of the
// privacy notice (api/privacy/privacy.versions.ts), and when. Null for rows made before this, by
// the demo or by an import (paper signatures carry their consent on paper).
const consentColumns = ['consent_version', 'notice_version', 'consented_at'];

export async function up(db: Kysely<any>): Promise<void> {
  // One column per statement: SQLite adds only one column per ALTER TABLE.
  for (const table of ['signatures', 'support_letters']) {
    for (const column of consentColumns) await db.schema.alterTable(table).addColumn(column, 'text').execute();
  }
  // The update opt-in is given on the signing form, under the signature's versions: its own time,
  // kept after an unsubscribe so the record shows when it was given and when it was taken back.
  await db.schema.alterTable('signatures').addColumn('updates_consented_at', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('signatures').dropColumn('updates_consented_at').execute();
  for (const table of ['support_letters', 'signatures']) {
    for (const column of [...consentColumns].reverse()) await db.schema.alterTable(table).dropColumn(column).execute();
  }
}
