import { sql } from 'kysely';
import type { Db } from '../db/database.ts';
import type { Signature } from '../signatures/signature.table.ts';
import type { CounterDimension } from './counter.table.ts';

export type Counts = {
  total: number;
  individuals: number;
  organisations: number;
  by_country: Record<string, number>;
  by_area: Record<string, number>;
};

type Counted = Pick<Signature, 'letter' | 'kind' | 'country' | 'area'>;

/** Every counter a signature adds to; called inside the transaction that changes its state. */
export async function adjustCounts(db: Db, s: Counted, delta: 1 | -1): Promise<void> {
  const keys: [CounterDimension, string][] = [
    ['total', ''],
    ['kind', s.kind],
    ['country', s.country],
  ];
  if (s.area) keys.push(['area', s.area]);
  for (const [dimension, key] of keys) {
    if (delta === 1) {
      await db
        .insertInto('counters')
        .values({ letter: s.letter, dimension, key, n: 1 })
        .onConflict((oc) => oc.columns(['letter', 'dimension', 'key']).doUpdateSet({ n: sql`counters.n + 1` }))
        .execute();
    } else {
      // Takes back what a confirmation added, so the row exists. Not an upsert: the database
      // checks `n >= 0` on the row it would insert (n = -1) before it finds the conflict.
      await db
        .updateTable('counters')
        .set({ n: sql`n - 1` })
        .where('letter', '=', s.letter)
        .where('dimension', '=', dimension)
        .where('key', '=', key)
        .execute();
    }
  }
}

export async function readCounts(db: Db, letter: string): Promise<Counts> {
  const rows = await db.selectFrom('counters').select(['dimension', 'key', 'n']).where('letter', '=', letter).execute();
  return countsFrom(rows);
}

/** The counts of every letter in one read, for the home page and `GET /api/letters`. */
export async function readAllCounts(db: Db): Promise<Map<string, Counts>> {
  const rows = await db
    .selectFrom('counters')
    .select(['letter', 'dimension', 'key', 'n'])
    .execute();
  const byLetter = new Map<string, typeof rows>();
  for (const row of rows) byLetter.set(row.letter, [...(byLetter.get(row.letter) ?? []), row]);
  return new Map([...byLetter].map(([letter, r]) => [letter, countsFrom(r)]));
}

function countsFrom(rows: { dimension: CounterDimension; key: string; n: number }[]): Counts {
  const counts: Counts = { total: 0, individuals: 0, organisations: 0, by_country: {}, by_area: {} };
  for (const { dimension, key, n } of rows) {
    if (n === 0) continue;
    if (dimension === 'total') counts.total = Number(n);
    else if (dimension === 'kind') counts[key === 'organisation' ? 'organisations' : 'individuals'] = Number(n);
    else if (dimension === 'country') counts.by_country[key] = Number(n);
    else counts.by_area[key] = Number(n);
  }
  return counts;
}
