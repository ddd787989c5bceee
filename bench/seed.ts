import path from 'node:path';
import Database from 'better-sqlite3';
import type { CounterDimension } from '../api/counts/counter.table.ts';
import { connectDb } from '../api/db/connect.ts';
import { campaignDay } from '../api/letters/letter.time.ts';
import { walesAreaCodes } from '../api/places/wales-areas.ts';
import { emailKey } from '../api/signatures/email.ts';
import { searchKey } from '../api/signatures/signature.service.ts';
import { englishSurnames, welshFirstNames, welshSurnames } from '../scripts/demo/people.ts';

const batch = 50_000;

/** Where row i signs from: mostly Wales, round every area; a few from elsewhere. */
function countryOf(i: number): { country: string; area: string | null } {
  const r = i % 100;
  if (r < 85) return { country: 'GB-WLS', area: walesAreaCodes[i % walesAreaCodes.length]! };
  return { country: r < 91 ? 'GB-ENG' : r < 95 ? 'GB-SCT' : r < 98 ? 'US' : 'AU', area: null };
}

/** The columns a seeded signature fills, in the order `seedRows` gives them. */
export const seededColumns = ['letter', 'kind', 'name', 'search_name', 'email', 'email_key', 'organisation', 'country', 'area', 'show_name', 'created_at', 'verified_at', 'organisation_type', 'authority'] as const;
type SeededRow = (string | number | null)[];

/**
 * A letter's `rows` verified signatures spread evenly from `from` to `to`, each as the values of
 * `seededColumns`, and the counter rows that match them once every row has gone by: both
 * databases are seeded from this one list.
 */
export function seedRows(letter: string, rows: number, from: Date, to: Date) {
  const counters = new Map<string, number>();
  const count = (dimension: CounterDimension, key: string) => {
    const k = `${dimension}\u0000${key}`;
    counters.set(k, (counters.get(k) ?? 0) + 1);
  };
  const first = welshFirstNames;
  const last = [...welshSurnames, ...englishSurnames];
  const step = (to.getTime() - from.getTime()) / rows;
  function row(i: number): SeededRow {
    const organisation = i % 10 === 0 ? `Bench Organisation ${i}` : null;
    const kind = organisation ? 'organisation' : 'individual';
    const name = `${first[i % first.length]} ${last[Math.floor(i / first.length) % last.length]}`;
    const email = `signer-${i}@example.org`;
    const { country, area } = countryOf(i);
    const verifiedAt = new Date(from.getTime() + i * step);
    const createdAt = new Date(verifiedAt.getTime() - 10 * 60_000);
    const showName = i % 20 === 7 ? 0 : 1;
    // Every bench organisation is verified by its domain, so every row is public and counted.
    const [type, authority] = organisation ? ['other', 'domain_match'] : [null, null];
    count('total', '');
    count('kind', kind);
    count('country', country);
    if (area) count('area', area);
    if (type) count('organisation_type', type);
    count('day', campaignDay(verifiedAt));
    return [letter, kind, name, searchKey(name), email, emailKey(email), organisation, country, area, showName, createdAt.toISOString(), verifiedAt.toISOString(), type, authority];
  }
  return {
    /** Rows `start` to `end` (exclusive). */
    batch: (start: number, end: number) => Array.from({ length: end - start }, (_, k) => row(start + k)),
    /** The counter rows of every row given so far: `[dimension, key, n]`. */
    counters: () => [...counters].map(([k, n]) => [...k.split('\u0000'), n] as [CounterDimension, string, number]),
  };
}

/**
 * A letter with `rows` verified signatures, written straight into a fresh database: the
 * services would take hours for a million (one fsync'd transaction each), so the rows go in
 * with prepared inserts in big transactions, after the real migrations made the schema, and
 * the counter rows are built to match. `verify` then recounts from the rows.
 */
export async function seedLetter(dataDir: string, letter: string, rows: number, from: Date, to: Date): Promise<void> {
  const kysely = await connectDb({ dataDir, databaseUrl: undefined });
  await kysely.destroy();

  const sqlite = new Database(path.join(dataDir, 'llofnod.sqlite'));
  // Seeding only: a crash just means seeding again. The server reopens it with synchronous=FULL.
  sqlite.pragma('synchronous = OFF');
  const insert = sqlite.prepare(`insert into signatures
    (${seededColumns.join(', ')}, state, role, place, comment, updates, locale, source, withdrawn_at)
    values (${seededColumns.map(() => '?').join(', ')}, 'verified', null, null, null, 0, 'en', 'demo', null)`);
  const seed = seedRows(letter, rows, from, to);
  const insertBatch = sqlite.transaction((start: number, end: number) => {
    for (const values of seed.batch(start, end)) insert.run(values);
  });
  for (let start = 0; start < rows; start += batch) insertBatch(start, Math.min(rows, start + batch));

  const putCounter = sqlite.prepare('insert into counters (letter, dimension, key, n) values (?, ?, ?, ?)');
  sqlite.transaction(() => {
    for (const [dimension, key, n] of seed.counters()) putCounter.run(letter, dimension, key, n);
  })();
  // The list has changed as often as rows went in; what matters to the server is that it is not 0.
  sqlite.prepare('insert into list_versions (letter, version, changed_at) values (?, ?, ?)').run(letter, rows, to.toISOString());
  sqlite.pragma('wal_checkpoint(TRUNCATE)');
  sqlite.close();
}

type CounterRow = { dimension: string; key: string; n: number };

/** The recount of every dimension but the days, from the rows; `letter` is the slug's placeholder (`@letter`, `$1`). */
export const recountSql = (letter: string) =>
  `select 'total' as dimension, '' as key, count(*) as n from signatures where letter = ${letter} and state = 'verified'
   union all select 'kind', kind, count(*) from signatures where letter = ${letter} and state = 'verified' group by kind
   union all select 'country', country, count(*) from signatures where letter = ${letter} and state = 'verified' group by country
   union all select 'area', area, count(*) from signatures where letter = ${letter} and state = 'verified' and area is not null group by area
   union all select 'organisation_type', organisation_type, count(*) from signatures where letter = ${letter} and state = 'verified' and kind = 'organisation' group by organisation_type`;

/** The day counters a recount finds: one per campaign day (in Wales), from every verified row's time. */
export function daysOf(times: Iterable<string>): CounterRow[] {
  const days = new Map<string, number>();
  for (const at of times) {
    const day = campaignDay(new Date(at));
    days.set(day, (days.get(day) ?? 0) + 1);
  }
  return [...days].map(([key, n]) => ({ dimension: 'day', key, n }));
}

/** Throws unless the counter rows stored equal the recount, every dimension. */
export function sameCounters(stored: CounterRow[], recount: CounterRow[]): void {
  const asText = (rows: CounterRow[]) => rows.map((r) => `${r.dimension}/${r.key}=${Number(r.n)}`).sort().join(' ');
  if (asText(recount) !== asText(stored)) throw new Error(`counters do not match the rows:\n${asText(stored)}\n${asText(recount)}`);
}

/** Recounts the verified rows and compares them with the counter rows, every dimension: they must be equal. */
export function verifyCounters(dataDir: string, letter: string): void {
  const sqlite = new Database(path.join(dataDir, 'llofnod.sqlite'), { readonly: true });
  try {
    const recount = sqlite.prepare(recountSql('@letter')).all({ letter }) as CounterRow[];
    const times = sqlite.prepare("select verified_at as at from signatures where letter = ? and state = 'verified'").pluck().iterate(letter) as Iterable<string>;
    recount.push(...daysOf(times));
    sameCounters(sqlite.prepare('select dimension, key, n from counters where letter = ?').all(letter) as CounterRow[], recount);
  } finally {
    sqlite.close();
  }
}

/** The cursor position just before the 1-based row `row` of the public list, and that row's time. */
export function positionBefore(dataDir: string, letter: string, row: number): { at: string; id: number; rowSignedAt: string } {
  const sqlite = new Database(path.join(dataDir, 'llofnod.sqlite'), { readonly: true });
  try {
    const found = sqlite
      .prepare(
        `select verified_at as at, id from signatures where letter = ? and state = 'verified'
         order by verified_at desc, id desc limit 2 offset ?`,
      )
      .all(letter, row - 2) as { at: string; id: number }[];
    const [before, target] = found;
    if (!before || !target) throw new Error(`the list has fewer than ${row} rows`);
    return { at: before.at, id: before.id, rowSignedAt: target.at };
  } finally {
    sqlite.close();
  }
}

/** How many signatures a bench server stored (all states): every 2xx must be one. */
export function storedRows(file: string): number {
  const sqlite = new Database(file, { readonly: true });
  try {
    return (sqlite.prepare('select count(*) as n from signatures').get() as { n: number }).n;
  } finally {
    sqlite.close();
  }
}
