import { type Counts, readAllCounts, readCounts } from '../counts/counter.repository.ts';
import type { Deps } from '../deps.ts';
import { LetterClosedError, NotFoundError } from '../errors.ts';
import { assertNotPaused } from '../settings/pause.service.ts';
import type { Letter } from './letter.catalogue.ts';
import { effectiveStatus, readAllOverrides, readOverride } from './letter-override.service.ts';
import type { LetterOverride } from './letter-override.table.ts';
import type { LetterStatus, LetterSummary } from './letter.schema.ts';

export type { LetterSummary };
import { isoDay } from './letter.time.ts';


export function findLetter(deps: Pick<Deps, 'letters'>, slug: string): Letter {
  const letter = deps.letters.get(slug);
  if (!letter) throw new NotFoundError('letter');
  return letter;
}

/** A letter's status now: its dates, and any early close a campaigner made (one small read). */
export async function letterStatusOf(deps: Pick<Deps, 'db' | 'clock'>, letter: Letter): Promise<LetterStatus> {
  return effectiveStatus(letter, await readOverride(deps.db, letter.slug), deps.clock());
}

/**
 * The letter as someone about to sign it (or send a letter of support) must find it: existing,
 * the site not paused, and open.
 */
export async function openLetter(deps: Pick<Deps, 'letters' | 'clock' | 'db'>, slug: string): Promise<Letter> {
  const letter = findLetter(deps, slug);
  await assertNotPaused(deps);
  if ((await letterStatusOf(deps, letter)) !== 'open') throw new LetterClosedError();
  return letter;
}

function summarise(letter: Letter, counts: Counts, override: LetterOverride | undefined, now: Date): LetterSummary {
  const { by_area: _, ...publicCounts } = counts;
  const status = effectiveStatus(letter, override, now);
  // An override is only ever made while a letter is open by its dates, so it always closed it early.
  const closedEarly = status === 'closed' && override !== undefined;
  return {
    slug: letter.slug,
    title: letter.title,
    recipient: letter.recipient,
    status,
    opens: isoDay(letter.opens),
    closes: letter.closes ? isoDay(letter.closes) : null,
    goal: letter.goal ?? null,
    counts: publicCounts,
    as_of: now.toISOString(),
    closed_early: closedEarly,
    closed_at: closedEarly ? (override?.closed_at ?? null) : null,
  };
}

export async function letterSummary(deps: Deps, slug: string): Promise<LetterSummary> {
  const letter = findLetter(deps, slug);
  const [counts, override] = await Promise.all([readCounts(deps.db, slug), readOverride(deps.db, slug)]);
  return summarise(letter, counts, override, deps.clock());
}

/** Every letter, open ones first, newest first within each. */
export async function letterSummaries(deps: Deps): Promise<LetterSummary[]> {
  const [all, overrides] = await Promise.all([readAllCounts(deps.db), readAllOverrides(deps.db)]);
  const now = deps.clock();
  const empty: Counts = { total: 0, individuals: 0, organisations: 0, by_country: {}, by_area: {} };
  const rank = { open: 0, upcoming: 1, closed: 2 } as const;
  return deps.letters
    .list()
    .map((l) => summarise(l, all.get(l.slug) ?? empty, overrides.get(l.slug), now))
    .sort((a, b) => rank[a.status] - rank[b.status]);
}
