import { countsFrom, dailyFrom, readCounterRows, tallyOf } from '../counts/counter.repository.ts';
import type { Deps } from '../deps.ts';
import { findLetter } from '../letters/letter.service.ts';
import type { LetterStats } from './stats.schema.ts';

/** A letter's numbers and breakdowns in one read of its counters: never a scan of the signatures. */
export async function letterStats(deps: Pick<Deps, 'db' | 'letters' | 'clock'>, slug: string): Promise<LetterStats> {
  const letter = findLetter(deps, slug);
  const asOf = deps.clock();
  const rows = await readCounterRows(deps.db, letter.slug);
  const counts = countsFrom(rows);
  return {
    slug: letter.slug,
    as_of: asOf.toISOString(),
    counts: {
      total: counts.total,
      individuals: counts.individuals,
      organisations: counts.organisations,
      countries: Object.keys(counts.by_country).length,
    },
    by_kind: tallyOf(rows, 'kind'),
    by_organisation_type: tallyOf(rows, 'organisation_type'),
    by_country: counts.by_country,
    by_area: counts.by_area,
    daily: dailyFrom(rows),
  };
}
