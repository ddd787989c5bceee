import type { Generated, Selectable } from 'kysely';

/**
 * An update to a letter's signers, written by a campaigner in both languages. `sent_at` is
 * when it was first sent to the signers (it is published on the letter page from then on).
 */
export interface UpdateTable {
  id: Generated<number>;
  letter: string;
  title_en: string;
  body_en: string;
  title_cy: string;
  body_cy: string;
  created_at: string;
  created_by: string;
  sent_at: string | null;
  sent_by: string | null;
}

export type Update = Selectable<UpdateTable>;
