import { sql } from 'kysely';
import type { Db } from '../db/database.ts';
import { isPostgres } from '../db/dialect.ts';
import { publicAuthorities } from '../organisations/authority.ts';
import { organisationTypes } from '../organisations/organisation-type.ts';
import { searchKey } from '../signatures/signature.service.ts';
import type { Signature } from '../signatures/signature.table.ts';
import { anonymousName, type Signatory, type SignatoryQuery } from './signatory.schema.ts';

/** Where the list stands: `group` only when it is in organisations-first order (see `groupOf`). */
type Position = { at: string; id: number; group?: number };

export const encodeCursor = (p: Position) =>
  Buffer.from([p.at, p.id, ...(p.group === undefined ? [] : [p.group])].join('|')).toString('base64url');

function decodeCursor(cursor: string | undefined): Position | undefined {
  if (!cursor) return undefined;
  const [at, id, group] = Buffer.from(cursor, 'base64url').toString().split('|');
  if (!at || !/^\d+$/.test(id ?? '') || Number.isNaN(Date.parse(at))) return undefined;
  return { at, id: Number(id), ...(group && /^\d+$/.test(group) ? { group: Number(group) } : {}) };
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

export const signatoryColumns = ['id', 'name', 'kind', 'organisation', 'organisation_type', 'role', 'place', 'country', 'show_name', 'verified_at', 'authority', 'website', 'logo', 'notable'] as const;
/** What a signature shows on the public list: the only columns any public output reads. */
export type SignatoryRow = Pick<Signature, (typeof signatoryColumns)[number]>;
type Row = SignatoryRow;

const isVerifiedOrganisation = (r: Row) => r.kind === 'organisation' && (publicAuthorities as readonly (string | null)[]).includes(r.authority);

/** Where a logo is served: named by the random part of its key, which says nothing of who signed or when. */
const logoPrefix = 'logo/';
export const logoUrl = (letter: string, key: string) => `/api/letters/${letter}/signatories/logos/${key.slice(logoPrefix.length)}`;

export function toSignatory(r: Row, letter: string): Signatory {
  const shown = r.show_name === 1;
  const organisation = r.kind === 'organisation';
  return {
    name: shown ? r.name : anonymousName,
    kind: r.kind,
    // An individual's employer next to "Anonymous" could name them; an organisation is public by nature.
    organisation: shown || r.kind === 'organisation' ? r.organisation : null,
    organisation_type: r.kind === 'organisation' ? r.organisation_type : null,
    role: shown ? r.role : null,
    place: shown ? r.place : null,
    country: r.country,
    signed_at: r.verified_at ?? '',
    verified: isVerifiedOrganisation(r),
    // Shown so a reader can judge "verified": the domain the organisation proved it mails from.
    website: organisation ? r.website : null,
    // An organisation's logo is its own, published with its name whatever the signer chose for theirs.
    logo_url: organisation && r.logo ? logoUrl(letter, r.logo) : null,
    notable: organisation && r.notable === 1,
  };
}

/**
 * Organisations-first order: the organisations a campaigner marked notable are the first group;
 * then each type of organisation is a group, numbered by its place in `organisationTypes`; an
 * organisation without a type comes after them, individuals last.
 */
const notableGroup = 0;
const untypedGroup = organisationTypes.length + 1;
const individualsGroup = untypedGroup + 1;
// Literal numbers, not parameters: PostgreSQL cannot infer a parameter's type in a CASE result.
const groupOf = sql<number>`case when notable = 1 then ${sql.lit(notableGroup)} ${sql.join(
  organisationTypes.map((type, i) => sql`when organisation_type = ${type} then ${sql.lit(i + 1)}`),
  sql` `,
)} else ${sql.lit(untypedGroup)} end`;

/**
 * Verified signatures that are public: every individual, and organisations whose authority is
 * established (an organisation awaiting a campaigner is neither listed nor counted).
 */
function publicRows(db: Db, letter: string, query: Partial<Pick<SignatoryQuery, 'kind' | 'country' | 'q'>>) {
  let q = db
    .selectFrom('signatures')
    .select(signatoryColumns)
    .where('letter', '=', letter)
    .where('state', '=', 'verified')
    .where((eb) => eb.or([eb('kind', '=', 'individual'), eb('authority', 'in', publicAuthorities)]));
  if (query.kind) q = q.where('kind', '=', query.kind);
  if (query.country) q = q.where('country', '=', query.country);
  if (query.q) {
    // Hidden names are never searchable: a match would reveal them.
    const pattern = `%${escapeLike(searchKey(query.q))}%`;
    q = q.where('show_name', '=', 1).where(sql<boolean>`search_name like ${pattern} escape '\\'`);
  }
  return q;
}
type PublicRows = ReturnType<typeof publicRows>;

async function newestFirst(rows: PublicRows, after: Position | undefined, limit: number): Promise<Row[]> {
  let q = rows;
  if (after) {
    // A row value, not `a < x OR (a = x AND id < y)`: SQLite seeks the index only for the row
    // value; with the OR it scans from the newest row, and the page at row 900,000 reads 900,000 rows.
    q = q.where((eb) => eb(eb.refTuple('verified_at', 'id'), '<', eb.tuple(after.at, after.id)));
  }
  return q.orderBy('verified_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
}

/**
 * Organisations by group, then individuals exactly as `newestFirst` reads them. Organisations
 * are few, so their OR-shaped keyset costs little; the long tail of individuals keeps its index seek.
 */
async function organisationsFirst(rows: PublicRows, after: Position | undefined, limit: number): Promise<(Row & { group: number })[]> {
  const page: (Row & { group: number })[] = [];
  if (!after || after.group === undefined || after.group < individualsGroup) {
    const from = after?.group === undefined ? undefined : { ...after, group: after.group };
    let q = rows.where('kind', '=', 'organisation').select(groupOf.as('group'));
    if (from) {
      q = q.where((eb) =>
        eb.or([
          eb(groupOf, '>', from.group),
          eb.and([eb(groupOf, '=', from.group), eb(eb.refTuple('verified_at', 'id'), '<', eb.tuple(from.at, from.id))]),
        ]),
      );
    }
    const organisations = await q.orderBy(groupOf).orderBy('verified_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
    page.push(...organisations.map((r) => ({ ...r, group: Number(r.group) })));
  }
  if (page.length < limit) {
    const fromIndividuals = after?.group === individualsGroup ? after : undefined;
    const individuals = await newestFirst(rows.where('kind', '=', 'individual'), fromIndividuals, limit - page.length);
    page.push(...individuals.map((r) => ({ ...r, group: individualsGroup })));
  }
  return page;
}

/**
 * A page of public signatories, newest first or organisations first, by keyset: the page
 * after row 900,000 is an index seek from the cursor, never an OFFSET scan.
 */
export async function listSignatories(
  db: Db,
  letter: string,
  query: SignatoryQuery,
): Promise<{ items: Signatory[]; next: string | null }> {
  const after = decodeCursor(query.cursor);
  const rows = publicRows(db, letter, query);
  const grouped = query.order === 'organisations';
  const found: (Row & { group?: number })[] = grouped
    ? await organisationsFirst(rows, after, query.limit + 1)
    : await newestFirst(rows, after, query.limit + 1);
  const page = found.slice(0, query.limit);
  const last = page.at(-1);
  const next =
    found.length > query.limit && last ? encodeCursor({ at: last.verified_at ?? '', id: last.id, group: grouped ? last.group : undefined }) : null;
  return { items: page.map((r) => toSignatory(r, letter)), next };
}

/**
 * The upload key of a logo shown on the list, by the file name in its address; undefined unless
 * its organisation is listed now (a pending, withdrawn, waiting or rejected one's is never served).
 */
export async function publicLogo(db: Db, letter: string, file: string): Promise<string | undefined> {
  const row = await publicRows(db, letter, {})
    .where('kind', '=', 'organisation')
    .where('logo', '=', `${logoPrefix}${file}`)
    .executeTakeFirst();
  return row?.logo ?? undefined;
}

/**
 * Rows per page of a whole-list read: a page is one query, so on SQLite's one reader connection
 * several downloads take turns a page at a time, each turn a few milliseconds. Measured on a
 * million rows, pages of 5,000 were no faster and raised the server's peak memory by 70 MB.
 */
const exportPage = 1000;

/**
 * Every row of the list, a page at a time, so an export of a million names holds one page in
 * memory; a page is handed on whole, since one await per row would cost more than the query.
 */
export async function* signatoryPages(db: Db, letter: string, query: SignatoryQuery): AsyncGenerator<Signatory[]> {
  if (isPostgres(db) && query.order !== 'organisations') {
    yield* streamedNewestFirst(db, letter, query);
    return;
  }
  let cursor: string | undefined;
  do {
    const page = await listSignatories(db, letter, { ...query, cursor, limit: exportPage });
    if (page.items.length > 0) yield page.items;
    cursor = page.next ?? undefined;
  } while (cursor);
}

/**
 * On PostgreSQL, newest first as one query read through a cursor a page at a time: the
 * downloads' own pool (api/db/reader.ts) has a connection to spare for it, and a million rows
 * cost one query instead of a thousand.
 */
async function* streamedNewestFirst(db: Db, letter: string, query: SignatoryQuery): AsyncGenerator<Signatory[]> {
  const rows = publicRows(db, letter, query).orderBy('verified_at', 'desc').orderBy('id', 'desc').stream(exportPage);
  let page: Signatory[] = [];
  for await (const row of rows) {
    page.push(toSignatory(row, letter));
    if (page.length === exportPage) {
      yield page;
      page = [];
    }
  }
  if (page.length > 0) yield page;
}

/** The rows of `signatoryPages` one by one. */
export async function* allSignatories(db: Db, letter: string, query: SignatoryQuery): AsyncGenerator<Signatory> {
  for await (const page of signatoryPages(db, letter, query)) yield* page;
}
