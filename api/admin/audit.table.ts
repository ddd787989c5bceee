import type { Generated, Insertable, Selectable } from 'kysely';

/** What campaigners did in the workspace; written in the transaction of the action itself. */
export interface AuditTable {
  id: Generated<number>;
  at: string;
  /** The campaigner's email address (the workspace is theirs; it never reaches a public page). */
  actor: string;
  action: string;
  subject_type: string;
  subject_id: string | null;
  /** JSON: whatever else the action needs to be understood later (a reason, the old value). */
  detail: string | null;
}

export type AuditRow = Selectable<AuditTable>;
export type NewAuditRow = Insertable<AuditTable>;
