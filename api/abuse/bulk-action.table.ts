import type { Generated, Selectable } from 'kysely';
import type { SignatureFlag, SignatureState } from '../signatures/signature.table.ts';

/**
 * `invalidate`: counted or pending signatures of a letter taken out as fraudulent; `validate`:
 * signatures set aside when they were made, sent their confirmation.
 */
export const bulkActionKinds = ['invalidate', 'validate'] as const;
export type BulkActionKind = (typeof bulkActionKinds)[number];

/** A campaigner's decision on many signatures of one letter at once, with the set it chose by. */
export interface BulkActionTable {
  id: Generated<number>;
  letter: string;
  action: BulkActionKind;
  /** JSON of BulkCriteria (api/abuse/bulk.schema.ts): what the campaigner chose by. Workspace only. */
  criteria: string;
  reason: string;
  by: string;
  at: string;
  /** How many signatures it moved, and how many of them were counted. */
  affected: number;
  counted: number;
  /** An invalidation undone: every signature of its set still as it left them is as it was before. */
  undone_at: string | null;
  undone_by: string | null;
  undo_reason: string | null;
}

/** The exact set a bulk action moved, and each one's state before: what undoing restores. */
export interface BulkActionSignatureTable {
  action_id: number;
  signature_id: number;
  previous_state: SignatureState;
  previous_flag: SignatureFlag | null;
}

export type BulkAction = Selectable<BulkActionTable>;
