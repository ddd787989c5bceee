import { sql } from 'kysely';
import type { Db } from '../db/database.ts';
import { searchKey } from '../signatures/signature.service.ts';
import type { Signature } from '../signatures/signature.table.ts';
import { anonymousName, type Signatory, type SignatoryQuery } from './signatory.schema.ts';

type Position = { at: string; id: number };

export const encodeCursor = (p: Position) => Buffer.from(`${p.at}|${p.id}`).toString('base64url');

function decodeCursor(cursor: string | undefined): Position | undefined {
  if (!cursor) return undefined;
  const [at, id] = Buffer.from(cursor, 'base64url').toString().split('|');
  return at && /^\d+$/.test(id ?? '') && !Number.isNaN(Date.parse(at)) ? { at, id: Number(id) } : undefined;
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

type Row = Pick<Signature, 'id' | 'name' | 'kind' | 'organisation' | 'role' | 'place' | 'country' | 'show_name' | 'verified_at'>;

function toSignatory(r: Row): Signatory {
  const shown = r.show_name === 1;
  return {
    name: shown ? r.name : anonymousName,
    kind: r.kind,
    // An individual's employer next to "Anonymous" could name them; an organisation is public by nature.
    organisation: shown || r.kind === 'organisation' ? r.organisation : null,
    role: shown ? r.role : null,
    place: shown ? r.place : null,
    country: r.country,
    signed_at: r.verified_at ?? '',
  };
}

/**
 * A page of verified signatories, newest first, by keyset: the page after row 900,000 is an
 * index seek from the cursor, never an OFFSET scan.
 */
export async function listSignatories(
  db: Db,
  letter: string,
  query: SignatoryQuery,
): Promise<{ items: Signatory[]; next: string | null }> {
  const after = decodeCursor(query.cursor);
  let q = db
    .selectFrom('signatures')
    .select(['id', 'name', 'kind', 'organisation', 'role', 'place', 'country', 'show_name', 'verified_at'])
    .where('letter', '=', letter)
    .where('state', '=', 'verified');
  if (query.kind) q = q.where('kind', '=', query.kind);
  if (query.country) q = q.where('country', '=', query.country);
  if (query.q) {
    // Hidden names are never searchable: a match would reveal them.
    const pattern = `%${escapeLike(searchKey(query.q))}%`;
    q = q.where('show_name', '=', 1).where(sql<boolean>`search_name like ${pattern} escape '\\'`);
  }
  if (after) {
    // A row value, not `a < x OR (a = x AND id < y)`: SQLite seeks the index only for the row
    // value; with the OR it scans from the newest row, and the page at row 900,000 reads 900,000 rows.
    q = q.where((eb) => eb(eb.refTuple('verified_at', 'id'), '<', eb.tuple(after.at, after.id)));
  }
  const rows = await q.orderBy('verified_at', 'desc').orderBy('id', 'desc').limit(query.limit + 1).execute();
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  const next = rows.length > query.limit && last ? encodeCursor({ at: last.verified_at ?? '', id: last.id }) : null;
  return { items: page.map(toSignatory), next };
}

/** Every row of the list, a page at a time, so an export of a million names holds one page in memory. */
export async function* allSignatories(db: Db, letter: string, query: SignatoryQuery): AsyncGenerator<Signatory> {
  let cursor: string | undefined;
  do {
    const page = await listSignatories(db, letter, { ...query, cursor, limit: 1000 });
    yield* page.items;
    cursor = page.next ?? undefined;
  } while (cursor);
}
