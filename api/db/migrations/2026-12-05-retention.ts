import type { Kysely } from 'kysely';

// Written against Kysely<any> so it stays as it was on the day it shipped.
// Erasing a signature or a letter of support (a data request, the retention sweep) blanks the
// details of the audit entries about it: found by their subject, not by reading the whole log.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('audit_log_subject').on('audit_log').columns(['subject_type', 'subject_id']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('audit_log_subject').execute();
}
