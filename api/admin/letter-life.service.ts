import { countsFrom, type DailyCount, dailyFrom, readCounterRows } from '../counts/counter.repository.ts';
import type { Deps } from '../deps.ts';
import { findLetter, letterSummary, type LetterSummary } from '../letters/letter.service.ts';
import { readOverride } from '../letters/letter-override.service.ts';
import type { LetterOverride } from '../letters/letter-override.table.ts';

export type LetterLife = {
  summary: LetterSummary;
  override: LetterOverride | undefined;
  figures: { verified: number; organisations: number; individuals: number; pending: number; withdrawn: number };
  daily: DailyCount[];
};

/** One letter as a campaigner runs it: its status, the figures now, and signatures per day. */
export async function letterLife(deps: Deps, slug: string): Promise<LetterLife> {
  findLetter(deps, slug);
  const [summary, counters, override, states] = await Promise.all([
    letterSummary(deps, slug),
    readCounterRows(deps.db, slug),
    readOverride(deps.db, slug),
    deps.db
      .selectFrom('signatures')
      .select((eb) => ['state', eb.fn.countAll<number>().as('n')])
      .where('letter', '=', slug)
      .where('state', 'in', ['pending', 'withdrawn'])
      .groupBy('state')
      .execute(),
  ]);
  const counts = countsFrom(counters);
  const count = (state: string) => Number(states.find((r) => r.state === state)?.n ?? 0);
  return {
    summary,
    override,
    figures: { verified: counts.total, organisations: counts.organisations, individuals: counts.individuals, pending: count('pending'), withdrawn: count('withdrawn') },
    daily: dailyFrom(counters),
  };
}
