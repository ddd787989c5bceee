import { countsFrom, readCounterRows, tallyOf } from '../../api/counts/counter.repository.ts';
import type { Db } from '../../api/db/database.ts';
import { campaignDay } from '../../api/letters/letter.time.ts';
import { publicAuthorities } from '../../api/organisations/authority.ts';
import { openLetter } from './app.ts';

type WithDb = { db: Db };

/** What the counters must equal: a direct count over the rows the public count counts. */
export async function countedDirectly(app: WithDb, letter = openLetter) {
  const rows = await app.db
    .selectFrom('signatures')
    .select(['kind', 'country', 'area', 'organisation_type', 'verified_at'])
    .where('letter', '=', letter)
    .where('state', '=', 'verified')
    .where((eb) => eb.or([eb('kind', '=', 'individual'), eb('authority', 'in', publicAuthorities)]))
    .execute();
  const tally = (key: (r: (typeof rows)[number]) => string | null) => {
    const out: Record<string, number> = {};
    for (const r of rows) {
      const k = key(r);
      if (k) out[k] = (out[k] ?? 0) + 1;
    }
    return out;
  };
  return {
    total: rows.length,
    individuals: rows.filter((r) => r.kind === 'individual').length,
    organisations: rows.filter((r) => r.kind === 'organisation').length,
    by_country: tally((r) => r.country),
    by_area: tally((r) => r.area),
    by_organisation_type: tally((r) => (r.kind === 'organisation' ? r.organisation_type : null)),
    by_day: tally((r) => campaignDay(new Date(r.verified_at!))),
  };
}

/** The counters as they stand, in the shape of `countedDirectly`. */
export async function countersNow(app: WithDb, letter = openLetter): Promise<Awaited<ReturnType<typeof countedDirectly>>> {
  const rows = await readCounterRows(app.db, letter);
  return { ...countsFrom(rows), by_organisation_type: tallyOf(rows, 'organisation_type'), by_day: tallyOf(rows, 'day') };
}
