import { createHash, randomBytes } from 'node:crypto';
import type { Counts } from '../counts/counter.repository.ts';
import type { Deps } from '../deps.ts';
import { NotFoundError } from '../errors.ts';
import { findLetter } from '../letters/letter.service.ts';
import { readListVersion } from '../lists/list-version.ts';
import { signatoriesCsv } from '../signatories/signatory.csv.ts';
import { signatoryPages } from '../signatories/signatory.repository.ts';
import { type Signatory, signatoryQuerySchema } from '../signatories/signatory.schema.ts';
import { withLetterLock } from './letter.lock.ts';
import { insertSnapshot, latestSnapshot, snapshotById, snapshotOfVersion } from './snapshot.repository.ts';
import { snapshotIdSchema, type SnapshotView } from './snapshot.schema.ts';
import type { Snapshot } from './snapshot.table.ts';

type PublicCounts = Omit<Counts, 'by_area'>;

/** Tries to freeze a list that keeps changing under it before settling for the last try (see `takeSnapshot`). */
const attempts = 3;

/**
 * Anyone may freeze a list, and a busy letter's list changes every few seconds: without a
 * pause, one script could write a million-name file again and again. So a changed list is
 * frozen again only once its latest snapshot is older than 6 ms for each of its rows (a list
 * of 10,000: a minute; of 1,000,000: 100 minutes). Whatever the size, that bounds what anyone
 * can make a letter write to about 40 MB an hour and a tenth of a percent of a core; a short
 * list is hardly held back at all.
 */
const pausePerRowMs = 6;
const refreezeAfterMs = (rows: number) => rows * pausePerRowMs;

/** The list's pages as they go by, their rows counted the way `GET /api/letters/:slug` counts them. */
async function* tallied(pages: AsyncIterable<Signatory[]>, counts: PublicCounts): AsyncGenerator<Signatory[]> {
  for await (const page of pages) {
    for (const row of page) {
      counts.total++;
      counts[row.kind === 'organisation' ? 'organisations' : 'individuals']++;
      counts.by_country[row.country] = (counts.by_country[row.country] ?? 0) + 1;
    }
    yield page;
  }
}

/** Chunks passed on as they are, each added to `hash` on the way: a file hashed while it is written. */
export async function* hashed(chunks: AsyncIterable<Uint8Array>, hash: ReturnType<typeof createHash>): AsyncGenerator<Uint8Array> {
  for await (const chunk of chunks) {
    hash.update(chunk);
    yield chunk;
  }
}

/**
 * The public CSV exactly as `GET /api/letters/:slug/signatories.csv` streams it, written to the
 * upload store and hashed on the way: a page of rows in memory at a time, however long the list.
 * The counts come from the same rows, so they always agree with the file.
 */
async function freeze(deps: Deps, letter: string) {
  const counts: PublicCounts = { total: 0, individuals: 0, organisations: 0, by_country: {} };
  const hash = createHash('sha256');
  const rows = tallied(signatoryPages(deps.reader, letter, signatoryQuerySchema.parse({})), counts);
  const file = await deps.uploads.saveStream('snapshot', hashed(signatoriesCsv(rows), hash));
  return { file, counts, sha256: hash.digest('hex') };
}

/**
 * Freezes a letter's public list, unless it has not changed since its last snapshot, or that
 * one is too recent to freeze a long list again (`refreezeAfterMs`): then it is the answer
 * (`created: false`), and nothing is written. `asItStands` (a delivery: the list exactly as it
 * went) skips the pause. One at a time per letter.
 *
 * The list may change while a long one is written: the list version is read before and after,
 * and a changed one means another try. After the last try the snapshot is kept with the version
 * read before it, so the next request sees a change and freezes afresh.
 */
export async function takeSnapshot(deps: Deps, slug: string, { asItStands = false } = {}): Promise<{ snapshot: Snapshot; created: boolean }> {
  const letter = findLetter(deps, slug).slug;
  return withLetterLock(deps.db, letter, async () => {
    let { version } = await readListVersion(deps.db, letter);
    const last = await latestSnapshot(deps.db, letter);
    if (last?.list_version === version) return { snapshot: last, created: false };
    const age = deps.clock().getTime() - Date.parse(last?.created_at ?? '');
    if (last && !asItStands && age < refreezeAfterMs(last.rows)) return { snapshot: last, created: false };
    for (let attempt = 1; ; attempt++) {
      const createdAt = deps.clock().toISOString();
      const { file, counts, sha256 } = await freeze(deps, letter);
      const after = (await readListVersion(deps.db, letter)).version;
      if (after !== version && attempt < attempts) {
        await deps.uploads.remove(file);
        version = after;
        continue;
      }
      const snapshot: Snapshot = {
        id: randomBytes(16).toString('base64url'),
        letter,
        created_at: createdAt,
        total: counts.total,
        individuals: counts.individuals,
        organisations: counts.organisations,
        by_country: JSON.stringify(counts.by_country),
        rows: counts.total,
        sha256,
        list_version: version,
        file,
        original_sha256: null,
        amended_at: null,
      };
      try {
        if (await insertSnapshot(deps.db, snapshot)) return { snapshot, created: true };
      } catch (error) {
        await deps.uploads.remove(file);
        throw error;
      }
      // Another server froze this very version first: theirs is the snapshot.
      await deps.uploads.remove(file);
      const theirs = await snapshotOfVersion(deps.db, letter, version);
      if (!theirs) throw new Error(`snapshot of ${letter} version ${version} vanished`);
      return { snapshot: theirs, created: false };
    }
  });
}

export async function findSnapshot(deps: Pick<Deps, 'db'>, id: string): Promise<Snapshot> {
  const parsed = snapshotIdSchema.safeParse(id);
  const snapshot = parsed.success ? await snapshotById(deps.db, parsed.data) : undefined;
  if (!snapshot) throw new NotFoundError('snapshot');
  return snapshot;
}

export const snapshotPath = (id: string) => `/snapshots/${id}`;
export const snapshotCsvPath = (id: string) => `/api/snapshots/${id}.csv`;

export function snapshotView(s: Snapshot, origin: string): SnapshotView {
  return {
    id: s.id,
    url: `${origin}${snapshotPath(s.id)}`,
    letter: s.letter,
    created_at: s.created_at,
    counts: { total: s.total, individuals: s.individuals, organisations: s.organisations, by_country: JSON.parse(s.by_country) as Record<string, number> },
    rows: s.rows,
    sha256: s.sha256,
    csv_url: `${origin}${snapshotCsvPath(s.id)}`,
    original_sha256: s.original_sha256,
    amended_at: s.amended_at,
  };
}

/** The file name a download is offered under: the letter and the moment, never anything about a signer. */
export const snapshotFileName = (s: Snapshot) => `${s.letter}-snapshot-${s.created_at.replace(/\.\d+Z$/, 'Z').replaceAll(':', '-')}.csv`;
