import pg from 'pg';
import Cursor from 'pg-cursor';
import { connectDb } from '../api/db/connect.ts';
import { daysOf, recountSql, sameCounters, seededColumns, seedRows } from './seed.ts';

/** Rows per INSERT: one array parameter per column, so a batch is one statement whatever its size. */
const batch = 20_000;

/** The type of each seeded column in PostgreSQL (only `show_name` is a number). */
const arrayType = (column: string) => (column === 'show_name' ? 'int[]' : 'text[]');

/**
 * The same letter `seedLetter` writes into SQLite, written into the PostgreSQL database at `url`
 * (migrated first by the real migrations): the rows as `unnest` of one array per column, a batch
 * per statement, then the matching counter rows and list version.
 */
export async function seedPostgresLetter(url: string, letter: string, rows: number, from: Date, to: Date): Promise<void> {
  await (await connectDb({ dataDir: '/nonexistent', databaseUrl: url })).destroy();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // Seeding only: a crash just means seeding again.
    await client.query('set synchronous_commit = off');
    const insert = `insert into signatures (${seededColumns.join(', ')}, state, updates, locale, source)
      select *, 'verified', 0, 'en', 'demo' from unnest(${seededColumns.map((c, i) => `$${i + 1}::${arrayType(c)}`).join(', ')})`;
    const seed = seedRows(letter, rows, from, to);
    for (let start = 0; start < rows; start += batch) {
      const values = seed.batch(start, Math.min(rows, start + batch));
      await client.query(insert, seededColumns.map((_, c) => values.map((row) => row[c])));
    }
    const counters = seed.counters();
    await client.query(
      'insert into counters (letter, dimension, key, n) select $1, * from unnest($2::text[], $3::text[], $4::int[])',
      [letter, counters.map((c) => c[0]), counters.map((c) => c[1]), counters.map((c) => c[2])],
    );
    await client.query('insert into list_versions (letter, version, changed_at) values ($1, $2, $3)', [letter, rows, to.toISOString()]);
    await client.query('analyze signatures');
  } finally {
    await client.end();
  }
}

/** `verifyCounters` on PostgreSQL: the counter rows must equal a recount of the rows, every dimension. */
export async function verifyPostgresCounters(url: string, letter: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const recount = (await client.query(recountSql('$1'), [letter])).rows;
    const cursor = client.query(new Cursor("select verified_at as at from signatures where letter = $1 and state = 'verified'", [letter]));
    const times: string[] = [];
    for (let page = await cursor.read(50_000); page.length > 0; page = await cursor.read(50_000)) times.push(...page.map((r: { at: string }) => r.at));
    await cursor.close();
    recount.push(...daysOf(times));
    sameCounters((await client.query('select dimension, key, n from counters where letter = $1', [letter])).rows, recount);
  } finally {
    await client.end();
  }
}
