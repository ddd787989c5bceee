/**
 * Signing on PostgreSQL: a bare Hono + pg server doing one INSERT per request, then Llofnod with
 * one app server and with two on the same database (issues 11 and 12). PostgreSQL runs durably
 * here (fsync on, as in production), in a throwaway cluster on a loopback port; every
 * acknowledged signature must be in it afterwards.
 */
import pg from 'pg';
import { startLocalPostgres } from '../scripts/lib/postgres.ts';
import { type LoadResult, signLoad } from './load.ts';
import { type Server, startBarePostgres, startLlofnod } from './servers.ts';

export type PostgresWrites = { bare: LoadResult; oneServer: LoadResult; twoServers: LoadResult; ratio: number };

/** Several loads at once, one per server, as a load balancer spreads them: totals, and the worst percentile of the parts. */
function combined(parts: LoadResult[]): LoadResult {
  const sum = (k: keyof LoadResult) => parts.reduce((n, p) => n + p[k], 0);
  return {
    accepted: sum('accepted'),
    perSecond: sum('perSecond'),
    non2xx: sum('non2xx'),
    errors: sum('errors'),
    timeouts: sum('timeouts'),
    seconds: Math.max(...parts.map((p) => p.seconds)),
    latencyP50Ms: Math.max(...parts.map((p) => p.latencyP50Ms)),
    latencyP99Ms: Math.max(...parts.map((p) => p.latencyP99Ms)),
  };
}

async function query<T>(url: string, text: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text)).rows as T[];
  } finally {
    await client.end();
  }
}

/** A new database in the bench's cluster; its URL. */
export async function createDatabase(clusterUrl: string, name: string): Promise<string> {
  await query(clusterUrl, `create database ${name}`);
  return clusterUrl.replace(/\/postgres$/, `/${name}`);
}

export async function postgresWriteBench(opts: {
  slug: string;
  connections: number;
  seconds: number;
  warmupSeconds: number;
  tempDir: (name: string) => string;
  log: (line: string) => void;
}): Promise<PostgresWrites> {
  const cluster = await startLocalPostgres({ durable: true });
  try {
    const run = async (label: string, name: string, servers: number, table: string): Promise<LoadResult> => {
      const url = await createDatabase(cluster.url, name);
      // One at a time: the first runs the migrations, the rest find them done.
      const started: Server[] = [];
      for (let i = 0; i < servers; i++) {
        started.push(await (table === 'bare_signatures' ? startBarePostgres(url) : startLlofnod(opts.tempDir(`${name}-${i}`), { DATABASE_URL: url })));
      }
      let warm: LoadResult, measured: LoadResult;
      try {
        const share = Math.max(1, Math.round(opts.connections / servers));
        opts.log(`${label}: warm-up ${opts.warmupSeconds} s, then ${opts.connections} connections × ${opts.seconds} s of signing`);
        warm = combined(await Promise.all(started.map((s) => signLoad(s.origin, opts.slug, share, opts.warmupSeconds))));
        measured = combined(await Promise.all(started.map((s) => signLoad(s.origin, opts.slug, share, opts.seconds))));
      } finally {
        await Promise.all(started.map((s) => s.stop()));
      }
      const stored = Number((await query<{ n: string }>(url, `select count(*) as n from ${table}`))[0]?.n);
      const acknowledged = warm.accepted + measured.accepted;
      if (stored < acknowledged || stored > acknowledged + 2 * opts.connections) {
        throw new Error(`${label}: ${acknowledged} signatures acknowledged but ${stored} stored`);
      }
      opts.log(`${label}: ${Math.round(measured.perSecond)} accepted/s; all ${acknowledged} acknowledged signatures stored`);
      return measured;
    };
    const bare = await run('PostgreSQL, bare Hono + pg', 'bench_bare', 1, 'bare_signatures');
    const oneServer = await run('PostgreSQL, one server', 'bench_one', 1, 'signatures');
    const twoServers = await run('PostgreSQL, two servers', 'bench_two', 2, 'signatures');
    return { bare, oneServer, twoServers, ratio: oneServer.perSecond / bare.perSecond };
  } finally {
    cluster.remove();
  }
}
