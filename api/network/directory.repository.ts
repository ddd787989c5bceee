import type { Db } from '../db/database.ts';
import { publicAuthorities } from '../organisations/authority.ts';
import { areaName } from '../places/wales-areas.ts';
import { searchKey } from '../signatures/signature.service.ts';
import { type DirectoryField, directoryFields, type Member } from './member.table.ts';
import { type DirectoryEntry, type DirectoryQuery } from './directory.schema.ts';
import { beyondWales, practices } from './practices.ts';

/**
 * The public directory. Who is in it: `active` members who have not lapsed (the yearly
 * question). What of them: only the fields each chose (`shown`); one who chose none is counted
 * but not listed, since an entry saying nothing but "a member" helps no one.
 *
 * Every public output (page, JSON, CSV, search, counts by area) reads members through
 * `toEntry`, so a hidden field is never even in memory beside the answer. The network is
 * hundreds of members, not millions of signers: the entries are projected in the process and
 * paged by keyset over (group, name, id), which keeps a page stable while members join or leave.
 */
const columns = ['id', 'name', 'kind', 'organisation', 'organisation_type', 'website', 'authority', 'notable', 'role', 'area', 'practices', 'profile', 'shown'] as const;
type Row = Pick<Member, (typeof columns)[number]>;

export function shownFields(shown: string): Set<DirectoryField> {
  try {
    const parsed: unknown = JSON.parse(shown);
    return new Set(Array.isArray(parsed) ? directoryFields.filter((f) => parsed.includes(f)) : []);
  } catch {
    return new Set();
  }
}

export function practicesOf(json: string): string[] {
  try {
    const parsed: unknown = JSON.parse(json);
    return Array.isArray(parsed) ? parsed.filter((p): p is string => typeof p === 'string') : [];
  } catch {
    return [];
  }
}

export function toEntry(r: Row): DirectoryEntry {
  const shown = shownFields(r.shown);
  const organisation = r.kind === 'organisation' && shown.has('organisation');
  return {
    name: shown.has('name') ? r.name : null,
    kind: r.kind,
    organisation: organisation ? r.organisation : null,
    organisation_type: organisation ? r.organisation_type : null,
    role: shown.has('role') ? r.role : null,
    area: shown.has('area') ? r.area : null,
    practices: shown.has('practice') ? practicesOf(r.practices) : [],
    profile: shown.has('profile') ? r.profile : null,
    website: shown.has('website') ? r.website : null,
    verified: organisation && (publicAuthorities as readonly (string | null)[]).includes(r.authority),
    // Marked only beside the name it was given to: an organisation's, or an individual's own.
    notable: r.notable === 1 && (organisation || (r.kind === 'individual' && shown.has('name'))),
  };
}

const listedRows = (db: Db) => db.selectFrom('members').select(columns).where('state', '=', 'active').where('lapsed_at', 'is', null);

/** Notable organisations, other organisations, notable individuals, other individuals; by the name shown, A to Z; unnamed entries last in their group. */
type Keyed = { entry: DirectoryEntry; group: number; key: string; id: number };
const unnamed = '\uffff';
const titleOf = (e: DirectoryEntry) => e.organisation ?? e.name;

function keyed(r: Row): Keyed {
  const entry = toEntry(r);
  const group = entry.kind === 'organisation' ? (entry.notable ? 0 : 1) : entry.notable ? 2 : 3;
  const title = titleOf(entry);
  return { entry, group, key: title ? searchKey(title) : unnamed, id: r.id };
}

const after = (a: Keyed, b: Pick<Keyed, 'group' | 'key' | 'id'>) => a.group - b.group || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0) || a.id - b.id;

/** Everything a search can match: the shown values only, areas and practices by their names in both languages. */
function searchText(e: DirectoryEntry): string {
  const area = e.area ? (e.area === beyondWales ? 'beyond wales tu hwnt i gymru' : `${areaName(e.area, 'en')} ${areaName(e.area, 'cy')}`) : '';
  const named = practices.filter((p) => e.practices.includes(p.code)).map((p) => `${p.en} ${p.cy}`);
  return searchKey([e.name, e.organisation, e.role, e.profile, e.website, area, ...named].filter(Boolean).join('\n'));
}

const listed = (e: DirectoryEntry) =>
  e.name !== null || e.organisation !== null || e.role !== null || e.area !== null || e.practices.length > 0 || e.profile !== null || e.website !== null;

export const encodeDirectoryCursor = (k: Pick<Keyed, 'group' | 'key' | 'id'>) => Buffer.from(JSON.stringify([k.group, k.key, k.id])).toString('base64url');

function decodeCursor(cursor: string | undefined): Pick<Keyed, 'group' | 'key' | 'id'> | undefined {
  if (!cursor) return undefined;
  try {
    const [group, key, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString()) as unknown[];
    return typeof group === 'number' && typeof key === 'string' && typeof id === 'number' ? { group, key, id } : undefined;
  } catch {
    return undefined;
  }
}

/** The listed entries that match the query's filters and search, in directory order. */
async function matching(db: Db, query: Omit<DirectoryQuery, 'cursor' | 'limit'>): Promise<Keyed[]> {
  const wanted = query.q ? searchKey(query.q) : undefined;
  return (await listedRows(db).execute())
    .map(keyed)
    .filter(({ entry: e }) => listed(e))
    .filter(({ entry: e }) => !query.kind || e.kind === query.kind)
    .filter(({ entry: e }) => !query.area || e.area === query.area)
    .filter(({ entry: e }) => !query.practice || e.practices.includes(query.practice))
    .filter(({ entry: e }) => !wanted || searchText(e).includes(wanted))
    .sort(after);
}

/** A page of the directory and the cursor of the next (null on the last). */
export async function listDirectory(db: Db, query: DirectoryQuery): Promise<{ items: DirectoryEntry[]; next: string | null }> {
  const from = decodeCursor(query.cursor);
  const rest = (await matching(db, query)).filter((k) => !from || after(k, from) > 0);
  const page = rest.slice(0, query.limit);
  const last = page.at(-1);
  return { items: page.map((k) => k.entry), next: rest.length > query.limit && last ? encodeDirectoryCursor(last) : null };
}

/** Every matching entry, for the CSV. */
export async function allDirectory(db: Db, query: DirectoryQuery): Promise<DirectoryEntry[]> {
  return (await matching(db, query)).map((k) => k.entry);
}

/** How many belong (active, not lapsed), listed or not: the network's headline numbers. */
export async function memberCounts(db: Db): Promise<{ organisations: number; individuals: number }> {
  const rows = await listedRows(db).execute();
  return { organisations: rows.filter((r) => r.kind === 'organisation').length, individuals: rows.filter((r) => r.kind === 'individual').length };
}

/**
 * Members by area, for the table and chart: an area counts only members who show it, the rest
 * are one "not shown" figure, so the counts never place a member who chose not to say where.
 */
export async function countsByArea(db: Db): Promise<{ areas: { area: string; n: number }[]; notShown: number }> {
  const counts = new Map<string, number>();
  let notShown = 0;
  for (const row of await listedRows(db).execute()) {
    const { area } = toEntry(row);
    if (area === null) notShown++;
    else counts.set(area, (counts.get(area) ?? 0) + 1);
  }
  return { areas: [...counts].map(([area, n]) => ({ area, n })).sort((a, b) => b.n - a.n || a.area.localeCompare(b.area)), notShown };
}
