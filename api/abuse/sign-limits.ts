import { sql } from 'kysely';
import type { Db } from '../db/database.ts';
import { lockName } from '../db/dialect.ts';
import { type AddressRange, inRange } from './client-address.ts';

export type Window = { count: number; seconds: number };

/**
 * How many signatures one network may make on one letter before the next is set aside for a
 * campaigner: `burst` in a short window and `sustained` in a longer one (the UK Parliament's
 * petitions use 1 a minute and 5 in five minutes). `allow`: ranges that are never limited (a
 * campaign stall, a university behind one address). `formMinMs`: a page's form sent sooner
 * than this after it was shown was not filled in by a person.
 */
export type AbusePolicy = { burst: Window; sustained: Window; allow: AddressRange[]; trustProxy: number; formMinMs: number };

export const defaultAbusePolicy: AbusePolicy = {
  burst: { count: 1, seconds: 60 },
  sustained: { count: 5, seconds: 300 },
  allow: [],
  trustProxy: 0,
  formMinMs: 3000,
};

export type Signing = { letter: string; address: string | null; network: string | null; at: string };

const keyOf = (s: { letter: string; network: string | null }) => `${s.letter}\n${s.network}`;

/**
 * For each new signature, in order: is it over its network's limits on its letter? Counted from
 * the rows already stored and those before it here, flagged ones too (a bot that keeps going
 * stays over). Signatures from an unknown address (the import, a test's in-process request) or
 * an allowed range are never over. On PostgreSQL each network is locked until the transaction
 * ends, so two servers cannot both let through a network's next signature.
 */
export async function overLimits(tx: Db, signings: Signing[], policy: AbusePolicy): Promise<boolean[]> {
  const limited = signings.map((s) => s.network !== null && s.address !== null && !policy.allow.some((r) => inRange(s.address!, r)));
  const watched = [...new Set(signings.filter((_, i) => limited[i]).map(keyOf))].sort();
  if (watched.length === 0) return signings.map(() => false);
  for (const key of watched) await lockName(tx, `sign-limit\n${key}`);

  const at = Math.min(...signings.map((s) => Date.parse(s.at)));
  const since = (w: Window) => new Date(at - w.seconds * 1000).toISOString();
  const [burstSince, sustainedSince] = [since(policy.burst), since(policy.sustained)];
  const networks = [...new Set(signings.flatMap((s, i) => (limited[i] ? [s.network!] : [])))];
  const rows = await tx
    .selectFrom('signatures')
    .select(['letter', 'client_network'])
    .select(sql<number>`sum(case when created_at > ${burstSince} then 1 else 0 end)`.as('burst'))
    .select(sql<number>`sum(case when created_at > ${sustainedSince} then 1 else 0 end)`.as('sustained'))
    .where('client_network', 'in', networks)
    .where('created_at', '>', burstSince < sustainedSince ? burstSince : sustainedSince)
    .groupBy(['letter', 'client_network'])
    .execute();
  const seen = new Map(rows.map((r) => [keyOf({ letter: r.letter, network: r.client_network }), { burst: Number(r.burst), sustained: Number(r.sustained) }]));
  return signings.map((s, i) => {
    if (!limited[i]) return false;
    const counts = seen.get(keyOf(s)) ?? { burst: 0, sustained: 0 };
    seen.set(keyOf(s), { burst: counts.burst + 1, sustained: counts.sustained + 1 });
    return counts.burst >= policy.burst.count || counts.sustained >= policy.sustained.count;
  });
}
