/**
 * `npm run bench`: the figures issue 2 asks for, in one bounded run on 127.0.0.1.
 *   a. signatures accepted per second: Llofnod vs a bare Hono + better-sqlite3 server, same load;
 *   b. list and count reads on a letter with a million verified signatures;
 *   c. the full CSV export of that letter: time, peak server memory, line count;
 *   d. issue 6's reads on it: the figures (stats), a cache's revalidation of the CSV (304), freezing
 *      the list as a snapshot (time, memory, its hash checked against its file), asking again
 *      with nothing changed, and the share image (first drawing and cached);
 *   e. issue 11's signing on PostgreSQL (durable, in a throwaway cluster), one server and two;
 *   f. issue 12's mail: from a signature's 202 to its mail at the SMTP server (p50, p99) at 100
 *      and 500 signatures a second offered, and how fast a backlog of --backlog mails drains;
 *   g. issue 12's reads at size on both databases (bench/reads-at-size.ts): letter page, count
 *      and stats at 100,000 signatures under load with signing beside them, the 1,000,000-row CSV;
 *   h. the CSV writer against csv-stringify, in process (bench/csv-writers.ts).
 * Options: --connections 50 --duration 10 (seconds) --rows 1000000 --runs 9 --limit 25 (minutes)
 * --backlog 10000 --only write,reads,postgres,mail,size,csv (the parts to run; all by default).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadLetterCatalogue } from '../api/letters/letter.catalogue.ts';
import { letterStatus, startOfCampaignDay } from '../api/letters/letter.time.ts';
import { encodeCursor } from '../api/signatories/signatory.repository.ts';
import { ensureBuilt } from '../scripts/lib/build.ts';
import { signLoad, type LoadResult } from './load.ts';
import { createHash } from 'node:crypto';
import { downloadWatchingMemory, timeGet, timeRequest, watchingMemory } from './measure.ts';
import { positionBefore, seedLetter, storedRows, verifyCounters } from './seed.ts';
import { killAll, type Server, startBare, startLlofnod } from './servers.ts';
import { createDatabase, postgresWriteBench } from './postgres.ts';
import { postgresInstalled, startLocalPostgres } from '../scripts/lib/postgres.ts';
import { mailDrain, mailLatency, type MailLatency } from './mail.ts';
import { readsAtSize, readsAtSizeReport } from './reads-at-size.ts';
import { csvWriters, csvWritersReport } from './csv-writers.ts';

const { values: opts } = parseArgs({
  options: {
    connections: { type: 'string', default: '50' },
    duration: { type: 'string', default: '10' },
    rows: { type: 'string', default: '1000000' },
    runs: { type: 'string', default: '9' },
    limit: { type: 'string', default: '25' },
    backlog: { type: 'string', default: '10000' },
    only: { type: 'string', default: 'write,reads,postgres,mail,size,csv' },
  },
});
const parts = new Set(opts.only.split(','));
const connections = Number(opts.connections);
const seconds = Number(opts.duration);
const rows = Number(opts.rows);
const runs = Number(opts.runs);
const warmupSeconds = 2;

const started = Date.now();
const tempDirs: string[] = [];
const tempDir = (name: string) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `llofnod-bench-${name}-`));
  tempDirs.push(dir);
  return dir;
};
// However the run ends, no server is left running and no temporary database is left behind.
process.on('exit', () => {
  killAll();
  for (const dir of tempDirs) fs.rmSync(dir, { recursive: true, force: true });
});
process.once('SIGINT', () => process.exit(130));
process.once('SIGTERM', () => process.exit(143));
setTimeout(() => {
  console.error(`\nbench: still running after ${opts.limit} minutes; stopping.`);
  process.exit(1);
}, Number(opts.limit) * 60_000).unref();

const log = (line: string) => console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${line}`);
const int = (n: number) => Math.round(n).toLocaleString('en-GB');
const ms = (n: number) => `${n.toFixed(1)} ms`;

async function withServer<T>(start: Promise<Server>, use: (s: Server) => Promise<T>): Promise<T> {
  const server = await start;
  try {
    return await use(server);
  } finally {
    await server.stop();
  }
}

/**
 * Warm-up, then the measured run; afterwards every acknowledged signature must be in the
 * database. A few more may be: autocannon drops the answers still in flight when time is up.
 */
async function writeBench(label: string, start: (dir: string) => Promise<Server>, file: string, slug: string) {
  const dir = tempDir(label);
  const result = await withServer(start(dir), async (server) => {
    log(`${label}: warm-up ${warmupSeconds} s, then ${connections} connections × ${seconds} s of signing`);
    const warm = await signLoad(server.origin, slug, connections, warmupSeconds);
    const measured = await signLoad(server.origin, slug, connections, seconds);
    return { warm, measured };
  });
  const stored = storedRows(path.join(dir, file));
  const acknowledged = result.warm.accepted + result.measured.accepted;
  if (stored < acknowledged || stored > acknowledged + 2 * connections) {
    throw new Error(`${label}: ${acknowledged} signatures acknowledged but ${stored} stored`);
  }
  log(`${label}: ${int(result.measured.perSecond)} accepted/s; all ${int(acknowledged)} acknowledged signatures stored`);
  return result.measured;
}

type Snapshot = { csv_url: string; sha256: string; rows: number };

async function freeze(url: string): Promise<Snapshot> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
  if (res.status !== 201) throw new Error(`POST ${url} answered ${res.status}, expected 201: ${(await res.text()).slice(0, 300)}`);
  return (await res.json()) as Snapshot;
}

async function main() {
  ensureBuilt();
  const now = new Date();
  const letter = loadLetterCatalogue(process.cwd())
    .list()
    .find((l) => letterStatus(l, now) === 'open');
  if (!letter) throw new Error('no open letter in content/letters: the bench signs an open one');
  const slug = letter.slug;

  // a. writes
  const write = parts.has('write') ? await writes(slug) : undefined;
  // e. writes on PostgreSQL
  if (parts.has('postgres') && !postgresInstalled()) log('PostgreSQL is not installed (apt-get install postgresql): its part is left out');
  const postgres =
    parts.has('postgres') && postgresInstalled() ? await postgresWriteBench({ slug, connections, seconds, warmupSeconds, tempDir, log }) : undefined;
  // f. mail
  const mail = parts.has('mail') ? await mailBench(slug) : undefined;
  // b.–d. reads on a big letter
  const reads = parts.has('reads') ? await bigLetterReads(slug, letter.opens, now) : undefined;
  // g. reads at size, both databases
  const atSize = parts.has('size')
    ? await readsAtSize({ slug, from: startOfCampaignDay(letter.opens), to: now, seconds, postgres: postgresInstalled(), tempDir, log })
    : undefined;
  // h. the CSV writer
  const csv = parts.has('csv') ? csvWriters() : undefined;
  if (csv && !csv.identical) process.exitCode = 1;

  const totalSeconds = (Date.now() - started) / 1000;
  const results = { date: now.toISOString(), node: process.version, cpus: os.cpus().length, totalSeconds, write, postgres, mail, ...reads?.results, readsAtSize: atSize, csvWriters: csv };
  fs.mkdirSync('bench/results', { recursive: true });
  fs.writeFileSync('bench/results/latest.json', `${JSON.stringify(results, null, 2)}\n`);

  console.log(`
Llofnod bench · ${results.date} · Node ${results.node} · ${results.cpus} CPUs · 127.0.0.1
${write ? writeReport(slug, write) : ''}${postgres ? postgresReport(postgres) : ''}${mail ? mailReport(mail) : ''}${reads ? reads.report : ''}${atSize ? readsAtSizeReport(atSize, slug, seconds) : ''}${csv ? csvWritersReport(csv) : ''}
Whole bench: ${Math.floor(totalSeconds / 60)} min ${(totalSeconds % 60).toFixed(0)} s. Figures also in bench/results/latest.json`);
  if (reads && !reads.ok) process.exitCode = 1;
}

async function writes(slug: string) {
  const real = await writeBench('llofnod', startLlofnod, 'llofnod.sqlite', slug);
  const bare = await writeBench('bare', startBare, 'bare.sqlite', slug);
  return { connections, seconds, warmupSeconds, llofnod: real, bare, ratio: real.perSecond / bare.perSecond };
}

const writeHeader = '  server                    accepted/s       2xx  non-2xx  errors  p50 ms  p99 ms';
const writeRow = (name: string, r: LoadResult) =>
  `  ${name.padEnd(24)}${int(r.perSecond).padStart(12)}${int(r.accepted).padStart(10)}${String(r.non2xx).padStart(9)}${String(r.errors).padStart(8)}${String(r.latencyP50Ms).padStart(8)}${String(r.latencyP99Ms).padStart(8)}`;

const writeReport = (slug: string, w: Awaited<ReturnType<typeof writes>>) => `
Signing: POST /api/letters/${slug}/signatures, a new email each time, ${connections} connections × ${seconds} s (after ${warmupSeconds} s warm-up)
${writeHeader}
${writeRow('Llofnod (full server)', w.llofnod)}
${writeRow('bare Hono + SQLite', w.bare)}
  Llofnod / bare          ${(w.ratio * 100).toFixed(0).padStart(11)}%
`;

const postgresReport = (p: Awaited<ReturnType<typeof postgresWriteBench>>) => `
Signing on PostgreSQL 15 (fsync on, same machine), ${connections} connections in all × ${seconds} s; with two Llofnod
servers the connections are split between them and p50/p99 are the worse of the two
${writeHeader}
${writeRow('bare Hono + pg', p.bare)}
${writeRow('Llofnod, one server', p.oneServer)}
${writeRow('Llofnod, two servers', p.twoServers)}
  Llofnod (one) / bare    ${(p.ratio * 100).toFixed(0).padStart(11)}%
`;

async function mailBench(slug: string) {
  const latency: MailLatency[] = [];
  for (const rate of [100, 500]) {
    log(`mail: signing at ${rate}/s for ${seconds} s, timing each 202 to its mail at a local SMTP server`);
    latency.push(await mailLatency(slug, rate, seconds, tempDir(`mail-${rate}`)));
  }
  const backlog = Number(opts.backlog);
  log(`mail: draining a backlog of ${int(backlog)} confirmations`);
  const drains = [{ label: 'SQLite, one server', ...(await mailDrain(slug, backlog, [tempDir('mail-backlog')])) }];
  if (postgresInstalled()) {
    const cluster = await startLocalPostgres({ durable: true });
    try {
      for (const servers of [1, 2]) {
        log(`mail: draining a backlog of ${int(backlog)} confirmations on PostgreSQL, ${servers} server(s)`);
        const url = await createDatabase(cluster.url, `bench_mail_${servers}`);
        const dirs = Array.from({ length: servers }, (_, i) => tempDir(`mail-pg-${servers}-${i}`));
        drains.push({ label: `PostgreSQL, ${servers === 1 ? 'one server' : 'two servers'}`, ...(await mailDrain(slug, backlog, dirs, url)) });
      }
    } finally {
      cluster.remove();
    }
  }
  return { latency, drains };
}

const mailReport = (m: Awaited<ReturnType<typeof mailBench>>) => `
Mail: from a signature's 202 to its confirmation accepted by a local SMTP server (smtp-server in the bench process),
open-loop signing at a fixed rate for ${seconds} s; SQLite, SMTP_POOL=5 (the default), no SMTP_RATE
  offered/s   202s  mailed  202 p99 ms  mail p50 ms  mail p99 ms  mail max ms   load (1/5/15 min) before
${m.latency.map((l) => `  ${String(l.offeredPerSecond).padStart(9)}${int(l.acknowledged).padStart(7)}${int(l.mailed).padStart(8)}${l.signP99Ms.toFixed(0).padStart(12)}${l.p50Ms.toFixed(0).padStart(13)}${l.p99Ms.toFixed(0).padStart(13)}${l.maxMs.toFixed(0).padStart(13)}   ${l.loadBefore}${l.refused ? `\n             not acknowledged: ${l.refused}` : ''}`).join('\n')}
  (mail p50/p99: from the bench reading a 202 to the SMTP server accepting that signer's mail; 202 p99: the answer's own time)
Backlog: ${int(Number(opts.backlog))} pending confirmations seeded with the servers stopped, then started; SMTP_POOL=5 on each
  database, servers            drain rate   all sent after start (after first mail)   each once   load before
${m.drains.map((d) => `  ${d.label.padEnd(28)}${`${int(d.perSecond)} /s`.padStart(11)}${`${d.fromStartSeconds.toFixed(1)} s (${d.fromFirstSeconds.toFixed(1)} s)`.padStart(27)}${(d.received === d.mails && d.distinct === d.mails ? '✓' : `✗ ${d.received} for ${d.distinct}`).padStart(20)}   ${d.loadBefore}`).join('\n')}
`;

async function bigLetterReads(slug: string, opens: Date, now: Date) {
  const bigDir = tempDir('million');
  log(`seeding ${int(rows)} verified signatures on ${slug}`);
  const seedStart = performance.now();
  await seedLetter(bigDir, slug, rows, startOfCampaignDay(opens), now);
  const seedSeconds = (performance.now() - seedStart) / 1000;
  verifyCounters(bigDir, slug);
  log(`seeded in ${seedSeconds.toFixed(1)} s; counter rows equal a recount of the rows`);
  const deepRow = Math.floor(rows * 0.9);
  const deep = positionBefore(bigDir, slug, deepRow);
  const deepCursor = encodeCursor({ at: deep.at, id: deep.id });

  const reads = await withServer(startLlofnod(bigDir), async (server) => {
    const api = `${server.origin}/api/letters/${slug}`;
    log(`reading count and pages (${runs} timed runs each)`);
    const count = await timeGet(api, runs, (body) => {
      const total = (JSON.parse(body) as { counts: { total: number } }).counts.total;
      if (total !== rows) throw new Error(`count says ${total}, expected ${rows}`);
    });
    const firstPage = await timeGet(`${api}/signatories`, runs);
    const deepPage = await timeGet(`${api}/signatories?cursor=${deepCursor}`, runs, (body) => {
      const first = (JSON.parse(body) as { items: { signed_at: string }[] }).items[0];
      if (first?.signed_at !== deep.rowSignedAt) throw new Error(`page at row ${deepRow} starts at the wrong row`);
    });
    const stats = await timeGet(`${api}/stats`, runs, (body) => {
      const total = (JSON.parse(body) as { counts: { total: number } }).counts.total;
      if (total !== rows) throw new Error(`stats say ${total}, expected ${rows}`);
    });
    log('downloading the full CSV export');
    const csv = await downloadWatchingMemory(`${api}/signatories.csv`, server.pid);
    const head = await fetch(`${api}/signatories.csv`);
    const etag = head.headers.get('etag') ?? '';
    await head.body?.cancel();
    const revalidate = await timeRequest(`${api}/signatories.csv`, runs, { init: { headers: { 'if-none-match': etag } }, status: 304 });
    log('freezing the list as a snapshot');
    const frozen = await watchingMemory(server.pid, () => freeze(`${api}/snapshots`));
    const file = Buffer.from(await (await fetch(frozen.result.csv_url)).arrayBuffer());
    const hashOk = createHash('sha256').update(file).digest('hex') === frozen.result.sha256 && frozen.result.rows === rows;
    const again = await timeRequest(`${api}/snapshots`, runs, { init: { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' } });
    log('drawing the share image');
    const share = `${server.origin}/letters/${slug}/share.png`;
    const firstImage = performance.now();
    if (!(await fetch(share)).ok) throw new Error('the share image did not answer');
    const shareFirstMs = performance.now() - firstImage;
    const shareCached = await timeGet(share, runs);
    return { count, firstPage, deepPage, stats, csv, revalidate, snapshot: { seconds: frozen.seconds, ...frozen.memory, hashOk, again }, share: { firstMs: shareFirstMs, cached: shareCached } };
  });
  const csvOk = reads.csv.lines === rows + 1;
  const results = {
    read: { rows, seedSeconds, letter: slug, count: reads.count, firstPage: reads.firstPage, deepPage: { row: deepRow, ...reads.deepPage } },
    csv: { ...reads.csv, expectedLines: rows + 1, ok: csvOk },
    stats: reads.stats,
    csvRevalidation: reads.revalidate,
    snapshot: reads.snapshot,
    shareImage: reads.share,
  };
  const readRow = (name: string, t: number) => `  ${name.padEnd(56)}${ms(t).padStart(10)}`;
  const report = `
Reading: letter with ${int(rows)} verified signatures (seeded in ${seedSeconds.toFixed(1)} s), median of ${runs}
${readRow('GET /api/letters/:slug (the count)', reads.count.medianMs)}
${readRow('GET /api/letters/:slug/signatories (first page)', reads.firstPage.medianMs)}
${readRow(`GET …/signatories?cursor=… (page at row ${int(deepRow)})`, reads.deepPage.medianMs)}
${readRow('GET /api/letters/:slug/stats (breakdowns and daily)', reads.stats.medianMs)}
${readRow('GET …/signatories.csv revalidated (If-None-Match, 304)', reads.revalidate.medianMs)}

CSV export: GET /api/letters/:slug/signatories.csv
  time                 ${reads.csv.seconds.toFixed(1)} s (${int(rows / reads.csv.seconds)} rows/s, ${(reads.csv.bytes / 1048576).toFixed(1)} MiB)
  lines                ${int(reads.csv.lines)} ${csvOk ? '✓' : `✗ expected ${int(rows + 1)}`}
  server memory        peak ${reads.csv.peakRssMiB.toFixed(0)} MiB RSS (${reads.csv.peakFrom}); ${reads.csv.baselineRssMiB.toFixed(0)} MiB before

Snapshot: POST /api/letters/:slug/snapshots on that letter
  freezing             ${reads.snapshot.seconds.toFixed(1)} s; SHA-256 of the served file ${reads.snapshot.hashOk ? 'matches ✓' : '✗ does not match'}
  server memory        peak ${reads.snapshot.peakRssMiB.toFixed(0)} MiB RSS (${reads.snapshot.peakFrom}); ${reads.snapshot.baselineRssMiB.toFixed(0)} MiB before
  again, unchanged     ${ms(reads.snapshot.again.medianMs)} (200, the same snapshot)

Share image: GET /letters/:slug/share.png (1200×630)
  first drawing        ${ms(reads.share.firstMs)}
  cached               ${ms(reads.share.cached.medianMs)}
`;
  return { results, report, ok: csvOk && reads.snapshot.hashOk };
}

main()
  .then(() => process.exit())
  .catch((error: unknown) => {
    console.error('bench failed:', error instanceof Error ? error.message : error);
    process.exit(1);
  });
