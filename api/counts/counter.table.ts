import type { Selectable } from 'kysely';

export const counterDimensions = ['total', 'kind', 'country', 'area'] as const;
export type CounterDimension = (typeof counterDimensions)[number];

/**
 * Running totals of verified, visible signatures, changed in the same transaction as the
 * signature itself, so a count is one indexed read however many people have signed.
 */
export interface CounterTable {
  letter: string;
  dimension: CounterDimension;
  /** '' for the total; the kind, country code or area code otherwise. */
  key: string;
  n: number;
}

export type Counter = Selectable<CounterTable>;
