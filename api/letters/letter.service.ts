import { type Counts, readAllCounts, readCounts } from '../counts/counter.repository.ts';
import type { Deps } from '../deps.ts';
import { LetterClosedError, NotFoundError } from '../errors.ts';
import type { Letter } from './letter.catalogue.ts';
import type { LetterStatus } from './letter.schema.ts';
import { isoDay, letterStatus } from './letter.time.ts';

export type LetterSummary = {
  slug: string;
  title: string;
  recipient: string;
  status: LetterStatus;
  opens: string;
  closes: string | null;
  goal: number | null;
  counts: Omit<Counts, 'by_area'>;
  as_of: string;
};

export function findLetter(deps: Pick<Deps, 'letters'>, slug: string): Letter {
  const letter = deps.letters.get(slug);
  if (!letter) throw new NotFoundError('letter');
  return letter;
}

/** The letter as someone about to sign it must find it: existing and open. */
export function openLetter(deps: Pick<Deps, 'letters' | 'clock'>, slug: string): Letter {
  const letter = findLetter(deps, slug);
  if (letterStatus(letter, deps.clock()) !== 'open') throw new LetterClosedError();
  return letter;
}

function summarise(letter: Letter, counts: Counts, now: Date): LetterSummary {
  const { by_area: _, ...publicCounts } = counts;
  return {
    slug: letter.slug,
    title: letter.title,
    recipient: letter.recipient,
    status: letterStatus(letter, now),
    opens: isoDay(letter.opens),
    closes: letter.closes ? isoDay(letter.closes) : null,
    goal: letter.goal ?? null,
    counts: publicCounts,
    as_of: now.toISOString(),
  };
}

export async function letterSummary(deps: Deps, slug: string): Promise<LetterSummary> {
  const letter = findLetter(deps, slug);
  return summarise(letter, await readCounts(deps.db, slug), deps.clock());
}

/** Every letter, open ones first, newest first within each. */
export async function letterSummaries(deps: Deps): Promise<LetterSummary[]> {
  const all = await readAllCounts(deps.db);
  const now = deps.clock();
  const empty: Counts = { total: 0, individuals: 0, organisations: 0, by_country: {}, by_area: {} };
  const rank = { open: 0, upcoming: 1, closed: 2 } as const;
  return deps.letters
    .list()
    .map((l) => summarise(l, all.get(l.slug) ?? empty, now))
    .sort((a, b) => rank[a.status] - rank[b.status]);
}
