import { type ChildProcess, spawn } from 'node:child_process';
import { serverArgs } from '../scripts/lib/build.ts';
import { freePort } from '../scripts/lib/net.ts';

export type Server = { label: string; origin: string; pid: number; output(): string; stop(): Promise<void> };

/** Every child still running, so an interrupted or timed-out bench leaves no server behind. */
const live = new Set<ChildProcess>();
export const killAll = () => {
  for (const child of live) child.kill('SIGKILL');
};

/** Starts `node <args>` on a free loopback port and waits until `healthPath` answers 200. */
async function startProcess(
  label: string,
  args: string[],
  env: (origin: string) => Record<string, string>,
  healthPath: string,
): Promise<Server> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  // Only what the server needs: a developer's own SMTP_URL must never reach a bench server.
  const child = spawn(process.execPath, args, {
    env: { PATH: process.env.PATH ?? '', HOST: '127.0.0.1', PORT: String(port), ...env(origin) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  live.add(child);
  // The last few KB of output, for the error message if it dies; the rest (a mail log line per signature) is dropped.
  let tail = '';
  const keep = (d: Buffer) => {
    tail = (tail + d.toString()).slice(-8000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.once('exit', () => live.delete(child));

  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${label} server exited with ${child.exitCode}:\n${tail}`);
    try {
      if ((await fetch(origin + healthPath)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`${label} server did not answer ${healthPath} within 30 s:\n${tail}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    label,
    origin,
    pid: child.pid!,
    output: () => tail,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** The real thing: the built server (server.mjs: pages, API, mail sender) on its own data folder (`env.DATABASE_URL` for PostgreSQL). */
export const startLlofnod = (dataDir: string, env: Record<string, string> = {}) =>
  startProcess(
    'Llofnod',
    serverArgs,
    // The load comes from this one machine: allowed as a campaign stall's address would be, so every signature is a real one.
    (origin) => ({ DATA_DIR: dataDir, PUBLIC_ORIGIN: origin, ASTRO_TELEMETRY_DISABLED: '1', SIGN_LIMIT_ALLOW: '127.0.0.1,::1', ...env }),
    '/api/health',
  );

/** The floor to compare with: bench/bare-server.ts. */
export const startBare = (dataDir: string) =>
  startProcess('bare', [new URL('./bare-server.ts', import.meta.url).pathname], () => ({ DATA_DIR: dataDir }), '/health');

/** The same floor on PostgreSQL: bench/bare-pg-server.ts on the database at `databaseUrl`. */
export const startBarePostgres = (databaseUrl: string) =>
  startProcess('bare PostgreSQL', [new URL('./bare-pg-server.ts', import.meta.url).pathname], () => ({ DATABASE_URL: databaseUrl }), '/health');
