import type { Db } from '../db/database.ts';
import { domainOf } from '../db/dialect.ts';
import type { Deps } from '../deps.ts';

/**
 * Where a letter's confirmations came from in one hour, for a campaigner looking for a flood:
 * the busiest client addresses, IPv6 networks (/64: one household or phone), email domains and
 * countries. A source at or over `notice` confirmations an hour is worth a look, at `alert` it
 * is mailed to the campaigners (api/abuse/trend-alert.service.ts). Only confirmed signatures
 * still counted are read: once a flood is invalidated, its sources leave the report.
 */
export type Thresholds = { notice: number; alert: number };
export const defaultThresholds: Thresholds = { notice: 100, alert: 200 };

export const trendSources = ['address', 'network', 'domain', 'country'] as const;
export type TrendSource = (typeof trendSources)[number];

export type TrendRow = { letter: string; value: string; n: number; level: 'alert' | 'notice' | undefined };
export type TrendReport = {
  from: Date;
  to: Date;
  /** Confirmations in the hour, by letter: what the sources are out of. */
  totals: { letter: string; n: number }[];
  bySource: Record<TrendSource, TrendRow[]>;
};

const hourMs = 3_600_000;
/** How many of each kind of source the report lists: the busiest. */
export const reportRows = 10;

/** A letter's confirmations in the hour: one range of the list's index (letter, state, verified_at) per letter. */
function confirmedIn(db: Db, letters: string[], from: Date, to: Date) {
  return db
    .selectFrom('signatures')
    .where('letter', 'in', letters)
    .where('state', '=', 'verified')
    .where('verified_at', '>', from.toISOString())
    .where('verified_at', '<=', to.toISOString());
}

function grouped(db: Db, letters: string[], source: TrendSource, from: Date, to: Date) {
  const base = confirmedIn(db, letters, from, to);
  const value =
    source === 'address'
      ? base.select('client_address as value').where('client_address', 'is not', null).groupBy(['letter', 'client_address'])
      : source === 'network'
        ? // An IPv4 address is its own network: those are under `address` already.
          base.select('client_network as value').where('client_network', 'like', '%/64').groupBy(['letter', 'client_network'])
        : source === 'domain'
          ? base.select(domainOf(db, 'email_key').as('value')).where('email_key', 'like', '%@%').groupBy(['letter', domainOf(db, 'email_key')])
          : base.select('country as value').groupBy(['letter', 'country']);
  return value.select(['letter', (eb) => eb.fn.countAll<number>().as('n')]);
}

/** The hour that ended `hoursAgo` whole hours before now (0: the last sixty minutes). */
export async function trendingReport(deps: Pick<Deps, 'db' | 'clock' | 'letters'>, thresholds: Thresholds, hoursAgo = 0): Promise<TrendReport> {
  const letters = deps.letters.list().map((l) => l.slug);
  const to = new Date(deps.clock().getTime() - hoursAgo * hourMs);
  const from = new Date(to.getTime() - hourMs);
  const levelOf = (n: number) => (n >= thresholds.alert ? 'alert' : n >= thresholds.notice ? 'notice' : undefined);
  const bySource = {} as Record<TrendSource, TrendRow[]>;
  for (const source of trendSources) {
    const rows = await grouped(deps.db, letters, source, from, to).orderBy('n', 'desc').orderBy('value').limit(reportRows).execute();
    bySource[source] = rows.map((r) => ({ letter: r.letter, value: String(r.value), n: Number(r.n), level: levelOf(Number(r.n)) }));
  }
  const totals = await confirmedIn(deps.db, letters, from, to)
    .select(['letter', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('letter')
    .orderBy('letter')
    .execute();
  return { from, to, totals: totals.map((t) => ({ letter: t.letter, n: Number(t.n) })), bySource };
}
