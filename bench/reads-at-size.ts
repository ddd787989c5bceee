/**
 * Issue 12's reads at size, on SQLite and on PostgreSQL (durable, in a throwaway cluster):
 * - the letter page, the count and the stats of a letter with 100,000 verified signatures, each
 *   under a read load while a trickle of signatures keeps arriving (req/s, p50, p99);
 * - the full CSV of a letter with 1,000,000: time, the server's peak RSS, and how signing fared
 *   while it streamed.
 */
import { execFileSync } from 'node:child_process';
import { startLocalPostgres } from '../scripts/lib/postgres.ts';
import { type LoadResult, readLoad, signLoad } from './load.ts';
import { type Download, downloadWatchingMemory } from './measure.ts';
import { createDatabase } from './postgres.ts';
import { seedPostgresLetter, verifyPostgresCounters } from './seed-postgres.ts';
import { seedLetter, verifyCounters } from './seed.ts';
import { type Server, startLlofnod } from './servers.ts';

export type ReadsAtSizeOptions = {
  slug: string;
  from: Date;
  to: Date;
  seconds: number;
  postgres: boolean;
  tempDir: (name: string) => string;
  log: (line: string) => void;
};

/** Signatures a second arriving beside the reads: a busy letter's steady stream, not a spike. */
const tricklePerSecond = 20;
/** Clients reading at once: the load the signing bench puts on a server. */
const connections = 50;
const pageRows = 100_000;
const csvRows = 1_000_000;

type Reads = { page: LoadResult; count: LoadResult; stats: LoadResult; trickle: LoadResult[] };
type Csv = Download & { expectedLines: number; signing: LoadResult };
export type ReadsAtSize = { load: string; sqlite: { reads: Reads; csv: Csv }; postgres?: { reads: Reads; csv: Csv } };

/** A database the bench seeds and a server runs on: a SQLite folder, or a PostgreSQL database. */
type Place = { seed(rows: number): Promise<void>; start(): Promise<Server> };

async function measureReads(server: Server, o: ReadsAtSizeOptions): Promise<Reads> {
  const paths = { page: `/letters/${o.slug}`, count: `/api/letters/${o.slug}`, stats: `/api/letters/${o.slug}/stats` };
  const result: Partial<Reads> = { trickle: [] };
  for (const [name, path] of Object.entries(paths) as [keyof typeof paths, string][]) {
    await readLoad(server.origin, path, connections, 1);
    const [read, trickle] = await Promise.all([
      readLoad(server.origin, path, connections, o.seconds),
      signLoad(server.origin, o.slug, 2, o.seconds, { perSecond: tricklePerSecond }),
    ]);
    if (read.non2xx + read.errors > 0 || trickle.non2xx + trickle.errors > 0) throw new Error(`GET ${path}: ${read.non2xx + read.errors} failed reads, ${trickle.non2xx + trickle.errors} failed signatures`);
    o.log(`  ${path}: ${Math.round(read.perSecond)} req/s, p99 ${read.latencyP99Ms} ms; signing beside it p99 ${trickle.latencyP99Ms} ms`);
    result[name] = read;
    result.trickle!.push(trickle);
  }
  return result as Reads;
}

async function measureCsv(server: Server, o: ReadsAtSizeOptions): Promise<Csv> {
  const url = `${server.origin}/api/letters/${o.slug}/signatories.csv`;
  // Signing goes on beside the download, for as long as it lasts (the trickle stops at the bound).
  const signing = signLoad(server.origin, o.slug, 2, 5, { perSecond: tricklePerSecond });
  const csv = await downloadWatchingMemory(url, server.pid);
  return { ...csv, expectedLines: csvRows + 1, signing: await signing };
}

async function onPlace(label: string, place: Place, o: ReadsAtSizeOptions) {
  o.log(`${label}: seeding ${pageRows.toLocaleString('en-GB')} verified signatures, then reads under load (${connections} connections × ${o.seconds} s each, ${tricklePerSecond} signatures/s beside)`);
  await place.seed(pageRows);
  const first = await place.start();
  const reads = await measureReads(first, o).finally(() => first.stop());
  o.log(`${label}: seeding ${csvRows.toLocaleString('en-GB')} verified signatures, then the full CSV`);
  await place.seed(csvRows);
  const second = await place.start();
  const csv = await measureCsv(second, o).finally(() => second.stop());
  if (csv.lines !== csv.expectedLines) throw new Error(`${label}: the CSV has ${csv.lines} lines, expected ${csv.expectedLines}`);
  o.log(`${label}: CSV in ${csv.seconds.toFixed(1)} s, peak RSS ${csv.peakRssMiB.toFixed(0)} MiB; signing beside it p99 ${csv.signing.latencyP99Ms} ms`);
  return { reads, csv };
}

const sqlitePlace = (o: ReadsAtSizeOptions): Place => {
  let dir = '';
  return {
    async seed(rows) {
      dir = o.tempDir(`reads-${rows}`);
      await seedLetter(dir, o.slug, rows, o.from, o.to);
      verifyCounters(dir, o.slug);
    },
    start: () => startLlofnod(dir),
  };
};

function postgresPlace(o: ReadsAtSizeOptions, adminUrl: string): Place {
  let url = '';
  return {
    async seed(rows) {
      url = await createDatabase(adminUrl, `reads_${rows}`);
      await seedPostgresLetter(url, o.slug, rows, o.from, o.to);
      await verifyPostgresCounters(url, o.slug);
    },
    start: () => startLlofnod(o.tempDir('reads-pg'), { DATABASE_URL: url }),
  };
}

export async function readsAtSize(o: ReadsAtSizeOptions): Promise<ReadsAtSize> {
  // The machine may be shared: the figures mean little without the load they were taken under.
  const load = execFileSync('uptime', { encoding: 'utf8' }).trim();
  o.log(`load: ${load}`);
  const sqlite = await onPlace('SQLite', sqlitePlace(o), o);
  if (!o.postgres) return { load, sqlite };
  const cluster = await startLocalPostgres({ durable: true });
  try {
    return { load, sqlite, postgres: await onPlace('PostgreSQL', postgresPlace(o, cluster.url), o) };
  } finally {
    cluster.remove();
  }
}

const int = (n: number) => Math.round(n).toLocaleString('en-GB');
const readRow = (name: string, r: LoadResult) => `  ${name.padEnd(36)}${int(r.perSecond).padStart(8)}${String(r.latencyP50Ms).padStart(8)}${String(r.latencyP99Ms).padStart(8)}`;

function placeReport(label: string, slug: string, p: { reads: Reads; csv: Csv }): string {
  const worstTrickle = Math.max(...p.reads.trickle.map((t) => t.latencyP99Ms));
  return `
${label}: ${int(pageRows)} verified signatures, ${tricklePerSecond} signatures/s arriving (their worst p99: ${worstTrickle} ms)
  read                                   req/s  p50 ms  p99 ms
${readRow(`GET /letters/${slug}`, p.reads.page)}
${readRow('GET /api/letters/:slug (the count)', p.reads.count)}
${readRow('GET /api/letters/:slug/stats', p.reads.stats)}
${label}: GET /api/letters/:slug/signatories.csv of ${int(csvRows)}
  time ${p.csv.seconds.toFixed(1)} s (${(p.csv.bytes / 1048576).toFixed(1)} MiB, ${int(p.csv.lines)} lines), peak RSS ${p.csv.peakRssMiB.toFixed(0)} MiB (${p.csv.peakFrom}; ${p.csv.baselineRssMiB.toFixed(0)} MiB before)
  signing while it streamed: ${int(p.csv.signing.accepted)} accepted, ${p.csv.signing.non2xx + p.csv.signing.errors} failed, p50 ${p.csv.signing.latencyP50Ms} ms, p99 ${p.csv.signing.latencyP99Ms} ms
`;
}

export const readsAtSizeReport = (r: ReadsAtSize, slug: string, seconds: number) => `
Reads at size (issue 12): ${connections} connections × ${seconds} s per read; load when it began: ${r.load}
${placeReport('SQLite', slug, r.sqlite)}${r.postgres ? placeReport('PostgreSQL 15 (fsync on)', slug, r.postgres) : ''}`;
