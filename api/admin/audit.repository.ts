import type { Db } from '../db/database.ts';
import type { AuditRow } from './audit.table.ts';

export type AuditEntry = {
  at: Date;
  actor: string;
  action: string;
  subject: { type: string; id?: string | number };
  detail?: Record<string, unknown>;
};

/** Pass the transaction of the action itself: an action and its record stand or fall together. */
export async function recordAudit(db: Db, entry: AuditEntry): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      at: entry.at.toISOString(),
      actor: entry.actor,
      action: entry.action,
      subject_type: entry.subject.type,
      subject_id: entry.subject.id === undefined ? null : String(entry.subject.id),
      detail: entry.detail === undefined ? null : JSON.stringify(entry.detail),
    })
    .execute();
}

/** Newest first. */
export async function latestAudit(db: Db, limit: number): Promise<AuditRow[]> {
  return db.selectFrom('audit_log').selectAll().orderBy('at', 'desc').orderBy('id', 'desc').limit(limit).execute();
}
