import { publicAuthorities } from '../../api/organisations/authority.ts';
import { openLetter } from './app.ts';
import type { TestApp } from './signatures.ts';

/** What the counters must equal: a direct count over the rows the public count counts. */
export async function countedDirectly(app: TestApp, letter = openLetter) {
  const rows = await app.db
    .selectFrom('signatures')
    .select(['kind', 'country', 'area'])
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
  };
}
