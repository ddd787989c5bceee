import { sql } from 'kysely';
import type { Db } from '../db/database.ts';
import { campaignDay, isoDay } from '../letters/letter.time.ts';
import type { Signature } from '../signatures/signature.table.ts';
import type { CounterDimension } from './counter.table.ts';

export type Counts = {
  total: number;
  individuals: number;
  organisations: number;
  by_country: Record<string, number>;
  by_area: Record<string, number>;
};

export type DailyCount = { date: string; n: number };

type Counted = Pick<Signature, 'letter' | 'kind' | 'country' | 'area' | 'organisation_type' | 'verified_at'>;

/**
 * Every counter a signature adds to; called inside the transaction that changes its state.
 * Its day is always the day it was confirmed (a paper row's signed day), so a withdrawal or a
 * late approval takes back from, or adds to, the day the chart shows it on.
 */
export async function adjustCounts(db: Db, s: Counted, delta: 1 | -1): Promise<void> {
  if (!s.verified_at) throw new Error('only a confirmed signature is counted');
  const keys: [CounterDimension, string][] = [
    ['total', ''],
    ['kind', s.kind],
    ['country', s.country],
    ['day', campaignDay(new Date(s.verified_at))],
  ];
  if (s.area) keys.push(['area', s.area]);
  if (s.kind === 'organisation' && s.organisation_type) keys.push(['organisation_type', s.organisation_type]);
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

type CounterRow = { dimension: CounterDimension; key: string; n: number };

/** The counts the letter summary shows (the breakdowns by type and by day stay out of this read). */
const summaryDimensions = ['total', 'kind', 'country', 'area'] as const satisfies CounterDimension[];

export async function readCounts(db: Db, letter: string): Promise<Counts> {
  const rows = await db
    .selectFrom('counters')
    .select(['dimension', 'key', 'n'])
    .where('letter', '=', letter)
    .where('dimension', 'in', summaryDimensions)
    .execute();
  return countsFrom(rows);
}

/** Every counter of one letter, in one read: the stats and the workspace build on this. */
export async function readCounterRows(db: Db, letter: string): Promise<CounterRow[]> {
  return db.selectFrom('counters').select(['dimension', 'key', 'n']).where('letter', '=', letter).execute();
}

/** A dimension's non-zero counters as `{key: n}`. */
export function tallyOf(rows: CounterRow[], dimension: CounterDimension): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of rows) if (r.dimension === dimension && Number(r.n) > 0) out[r.key] = Number(r.n);
  return out;
}

/** Signatures per campaign day, every day from the first to the last with one (days with none are 0). */
export function dailyFrom(rows: CounterRow[]): DailyCount[] {
  const byDay = tallyOf(rows, 'day');
  const days = Object.keys(byDay).sort();
  if (days.length === 0) return [];
  const series: DailyCount[] = [];
  for (let d = new Date(`${days[0]}T00:00:00Z`); isoDay(d) <= days.at(-1)!; d = new Date(d.getTime() + 86_400_000)) {
    series.push({ date: isoDay(d), n: byDay[isoDay(d)] ?? 0 });
  }
  return series;
}

/** The counts of every letter in one read, for the home page and `GET /api/letters`. */
export async function readAllCounts(db: Db): Promise<Map<string, Counts>> {
  const rows = await db
    .selectFrom('counters')
    .select(['letter', 'dimension', 'key', 'n'])
    .where('dimension', 'in', summaryDimensions)
    .execute();
  const byLetter = new Map<string, typeof rows>();
  for (const row of rows) byLetter.set(row.letter, [...(byLetter.get(row.letter) ?? []), row]);
  return new Map([...byLetter].map(([letter, r]) => [letter, countsFrom(r)]));
}

export function countsFrom(rows: CounterRow[]): Counts {
  const kinds = tallyOf(rows, 'kind');
  return {
    total: Number(rows.find((r) => r.dimension === 'total')?.n ?? 0),
    individuals: kinds['individual'] ?? 0,
    organisations: kinds['organisation'] ?? 0,
    by_country: tallyOf(rows, 'country'),
    by_area: tallyOf(rows, 'area'),
  };
}
