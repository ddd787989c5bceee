import type { Kysely } from 'kysely';
import { campaignDay } from '../../letters/letter.time.ts';

// Written against Kysely<any> so it stays as it was on the day it shipped.
// Two more running totals (by organisation type, by the day a signature was confirmed), filled
// from the signatures already counted so the counters equal a recount from the first day on.

// The counting rule as it stood that day: confirmed, and an individual or an organisation whose authority is established.
const counted = (db: Kysely<any>) =>
  db
    .selectFrom('signatures')
    .where('state', '=', 'verified')
    .where((eb) => eb.or([eb('kind', '=', 'individual'), eb('authority', 'in', ['domain_match', 'approved'])]));

export async function up(db: Kysely<any>): Promise<void> {
  const byType = await counted(db)
    .select(['letter', 'organisation_type as key', (eb) => eb.fn.countAll().as('n')])
    .where('kind', '=', 'organisation')
    .where('organisation_type', 'is not', null)
    .groupBy(['letter', 'organisation_type'])
    .execute();
  // Grouped by UTC hour, put into days here: Wales is a whole number of hours from UTC, so each
  // hour falls in one day, and a million signatures come back as a few thousand rows.
  const byHour = await counted(db)
    .select(['letter', (eb) => eb.fn('substr', ['verified_at', eb.val(1), eb.val(13)]).as('hour'), (eb) => eb.fn.countAll().as('n')])
    .groupBy(['letter', 'hour'])
    .execute();
  const days = new Map<string, { letter: string; key: string; n: number }>();
  for (const { letter, hour, n } of byHour) {
    const key = campaignDay(new Date(`${hour}:00:00Z`));
    const row = days.get(`${letter}|${key}`) ?? { letter, key, n: 0 };
    row.n += Number(n);
    days.set(`${letter}|${key}`, row);
  }
  const rows = [
    ...byType.map((r) => ({ letter: r.letter, dimension: 'organisation_type', key: r.key, n: Number(r.n) })),
    ...[...days.values()].map((r) => ({ ...r, dimension: 'day' })),
  ];
  for (let i = 0; i < rows.length; i += 500) {
    await db.insertInto('counters').values(rows.slice(i, i + 500)).execute();
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.deleteFrom('counters').where('dimension', 'in', ['organisation_type', 'day']).execute();
}
