import type { Selectable } from 'kysely';

export const counterDimensions = ['total', 'kind', 'country', 'area', 'organisation_type', 'day'] as const;
export type CounterDimension = (typeof counterDimensions)[number];

/**
 * Running totals of verified, visible signatures, changed in the same transaction as the
 * signature itself, so a count is one indexed read however many people have signed.
 */
export interface CounterTable {
  letter: string;
  dimension: CounterDimension;
  /**
   * '' for the total; the kind, country code, area code or organisation type otherwise; for
   * `day`, the campaign day (`YYYY-MM-DD` in Wales) the signature was confirmed on.
   */
  key: string;
  n: number;
}

export type Counter = Selectable<CounterTable>;
