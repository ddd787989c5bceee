import { readCounts } from '../counts/counter.repository.ts';
import type { Deps } from '../deps.ts';
import { findLetter, letterSummary, type LetterSummary } from '../letters/letter.service.ts';
import { readOverride } from '../letters/letter-override.service.ts';
import type { LetterOverride } from '../letters/letter-override.table.ts';
import { campaignDay } from '../letters/letter.time.ts';
import { publicAuthorities } from '../organisations/authority.ts';

export type DailyCount = { date: string; n: number };

export type LetterLife = {
  summary: LetterSummary;
  override: LetterOverride | undefined;
  figures: { verified: number; organisations: number; individuals: number; pending: number; withdrawn: number };
  daily: DailyCount[];
};

/**
 * Counted signatures by the day (in Wales) their email was confirmed, every day from the first
 * to the last with a signature (days with none are 0). One grouped query over the letter's
 * verified rows, by UTC hour: Wales is a whole number of hours from UTC, so each UTC hour falls
 * in one Welsh day, and the hours are put into days here. Only for the workspace: a public page
 * reads the counters, never a scan of signatures.
 */
export async function dailySeries(deps: Pick<Deps, 'db'>, slug: string): Promise<DailyCount[]> {
  const rows = await deps.db
    .selectFrom('signatures')
    .select((eb) => [eb.fn<string>('substr', ['verified_at', eb.val(1), eb.val(13)]).as('hour'), eb.fn.countAll<number>().as('n')])
    .where('letter', '=', slug)
    .where('state', '=', 'verified')
    .where((eb) => eb.or([eb('kind', '=', 'individual'), eb('authority', 'in', publicAuthorities)]))
    .groupBy('hour')
    .execute();
  const byDay = new Map<string, number>();
  for (const { hour, n } of rows) {
    const day = campaignDay(new Date(`${hour}:00:00Z`));
    byDay.set(day, (byDay.get(day) ?? 0) + Number(n));
  }
  const days = [...byDay.keys()].sort();
  if (days.length === 0) return [];
  const series: DailyCount[] = [];
  for (let d = new Date(`${days[0]}T00:00:00Z`); isoOf(d) <= days.at(-1)!; d = new Date(d.getTime() + 86_400_000)) {
    series.push({ date: isoOf(d), n: byDay.get(isoOf(d)) ?? 0 });
  }
  return series;
}

const isoOf = (d: Date) => d.toISOString().slice(0, 10);

/** One letter as a campaigner runs it: its status, the figures now, and signatures per day. */
export async function letterLife(deps: Deps, slug: string): Promise<LetterLife> {
  findLetter(deps, slug);
  const [summary, counts, override, states, daily] = await Promise.all([
    letterSummary(deps, slug),
    readCounts(deps.db, slug),
    readOverride(deps.db, slug),
    deps.db
      .selectFrom('signatures')
      .select((eb) => ['state', eb.fn.countAll<number>().as('n')])
      .where('letter', '=', slug)
      .where('state', 'in', ['pending', 'withdrawn'])
      .groupBy('state')
      .execute(),
    dailySeries(deps, slug),
  ]);
  const count = (state: string) => Number(states.find((r) => r.state === state)?.n ?? 0);
  return {
    summary,
    override,
    figures: { verified: counts.total, organisations: counts.organisations, individuals: counts.individuals, pending: count('pending'), withdrawn: count('withdrawn') },
    daily,
  };
}
