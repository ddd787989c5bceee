import type { Insertable, Selectable } from 'kysely';

/** A campaigner closed a letter before its `closes` date: one row per letter while it stays closed early. */
export interface LetterOverrideTable {
  letter: string;
  /** ISO instant the letter stopped taking signatures. */
  closed_at: string;
  /** The campaigner's email address (workspace only). */
  closed_by: string;
}

export type LetterOverride = Selectable<LetterOverrideTable>;
export type NewLetterOverride = Insertable<LetterOverrideTable>;
