import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serverArgs, staleReason } from '../../scripts/lib/build.ts';
import { freePort } from '../../scripts/lib/net.ts';
import { freshPostgresDatabase, onPostgres } from './postgres.ts';

export type RunningServer = {
  origin: string;
  dataDir: string;
  /** The server's DATABASE_URL in the PostgreSQL run (undefined: its SQLite file in dataDir). */
  databaseUrl: string | undefined;
  output: () => string;
  stop(): Promise<void>;
  /** SIGKILL: the process dies mid-work, as in a power cut or an OOM kill. */
  crash(): Promise<void>;
  /** SIGTERM, as a deploy or a scale-down sends it, and nothing more: resolves with the exit code once the process is gone. */
  terminate(): Promise<number | null>;
};

/**
 * The built server (`npm run build` first: `npm test` does it) as a child process on a free
 * loopback port, with a fresh DATA_DIR (and in the PostgreSQL run a fresh database, unless
 * `env.DATABASE_URL` names one); stopped by `stop()`.
 */
export async function startServer(env: Record<string, string> = {}): Promise<RunningServer> {
  if (staleReason() === 'no build yet') throw new Error('dist/ is missing: run `npm run build` (npm test does)');
  const port = await freePort();
  const dataDir = env.DATA_DIR ?? fs.mkdtempSync(path.join(os.tmpdir(), 'llofnod-server-'));
  const origin = `http://127.0.0.1:${port}`;
  const database = onPostgres && env.DATABASE_URL === undefined ? await freshPostgresDatabase() : undefined;
  const databaseUrl = env.DATABASE_URL ?? database?.url;
  let out = '';
  const child: ChildProcess = spawn(process.execPath, serverArgs, {
    env: {
      PATH: process.env.PATH,
      HOST: '127.0.0.1',
      PORT: String(port),
      DATA_DIR: dataDir,
      PUBLIC_ORIGIN: origin,
      ASTRO_TELEMETRY_DISABLED: '1',
      // The sample letter closes on a real date; the server's clock starts where the API tests' does.
      CLOCK_AT: '2026-11-22T10:00:00Z',
      // The tests are many signers on this one machine, faster than people: the tests of the
      // signing limits and of the form's timing (test/server/abuse.test.ts) set these themselves.
      SIGN_LIMIT_ALLOW: '127.0.0.1,::1',
      FORM_MIN_SECONDS: '0',
      ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d) => (out += d));
  child.stderr?.on('data', (d) => (out += d));
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${out}`);
    try {
      if ((await fetch(`${origin}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`server did not start:\n${out}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    origin,
    dataDir,
    databaseUrl: databaseUrl || undefined,
    output: () => out,
    async stop() {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
        await exited;
        clearTimeout(timer);
      }
      if (!env.DATA_DIR) fs.rmSync(dataDir, { recursive: true, force: true });
      await database?.drop();
    },
    async crash() {
      child.kill('SIGKILL');
      await exited;
    },
    async terminate() {
      child.kill('SIGTERM');
      return exited;
    },
  };
}
