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

export type CountChange = { signature: Counted; delta: 1 | -1 };

/**
 * Every counter a signature adds to; called inside the transaction that changes its state.
 * Its day is always the day it was confirmed (a paper row's signed day), so a withdrawal or a
 * late approval takes back from, or adds to, the day the chart shows it on.
 */
function countersOf(s: Counted): [CounterDimension, string][] {
  if (!s.verified_at) throw new Error('only a confirmed signature is counted');
  const keys: [CounterDimension, string][] = [
    ['total', ''],
    ['kind', s.kind],
    ['country', s.country],
    ['day', campaignDay(new Date(s.verified_at))],
  ];
  if (s.area) keys.push(['area', s.area]);
  if (s.kind === 'organisation' && s.organisation_type) keys.push(['organisation_type', s.organisation_type]);
  return keys;
}

export async function adjustCounts(db: Db, s: Counted, delta: 1 | -1): Promise<void> {
  await applyCountChanges(db, [{ signature: s, delta }]);
}

/**
 * Many signatures' changes as one write per counter: a batch of confirmations touches a
 * popular letter's `total` row once. Rows are written in one order (by letter, dimension,
 * key) by every transaction, so two servers' batches never wait on each other in a circle.
 */
export async function applyCountChanges(db: Db, changes: CountChange[]): Promise<void> {
  const net = new Map<string, { letter: string; dimension: CounterDimension; key: string; n: number }>();
  for (const { signature, delta } of changes) {
    for (const [dimension, key] of countersOf(signature)) {
      const id = JSON.stringify([signature.letter, dimension, key]);
      const entry = net.get(id) ?? { letter: signature.letter, dimension, key, n: 0 };
      entry.n += delta;
      net.set(id, entry);
    }
  }
  for (const id of [...net.keys()].sort()) {
    const { letter, dimension, key, n } = net.get(id)!;
    if (n > 0) {
      await db
        .insertInto('counters')
        .values({ letter, dimension, key, n })
        .onConflict((oc) => oc.columns(['letter', 'dimension', 'key']).doUpdateSet({ n: sql`counters.n + ${n}` }))
        .execute();
    } else if (n < 0) {
      // Takes back what confirmations added, so the row exists. Not an upsert: the database
      // checks `n >= 0` on the row it would insert before it finds the conflict.
      await db
        .updateTable('counters')
        .set({ n: sql`n - ${-n}` })
        .where('letter', '=', letter)
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
