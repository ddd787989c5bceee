/**
 * A throwaway PostgreSQL server for the tests and the bench: Debian's binaries, a fresh
 * cluster in a temporary folder, listening on a loopback port only. initdb refuses to run as
 * root, so as root (CI) the cluster belongs to the `postgres` user the package creates.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from './net.ts';

const binDir = process.env.PG_BIN ?? '/usr/lib/postgresql/15/bin';

export type LocalPostgres = {
  /** A URL for the cluster's superuser and its `postgres` database. */
  url: string;
  port: number;
  /** Stops the server (fast shutdown: open connections are cut, nothing committed is lost). */
  stop(): void;
  /** Starts it again on the same port and folder after `stop()`. */
  start(): void;
  /** Stops it and deletes its folder. */
  remove(): void;
};

function asOwner(command: string, args: string[]): string[] {
  const bin = path.join(binDir, command);
  return process.getuid?.() === 0 ? ['runuser', '-u', 'postgres', '--', bin, ...args] : [bin, ...args];
}

function run(command: string, args: string[]): void {
  const [cmd, ...rest] = asOwner(command, args);
  const result = spawnSync(cmd!, rest, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (result.status !== 0) throw new Error(`${command} failed (${result.status}): ${result.stderr || result.stdout}`);
}

export function postgresInstalled(): boolean {
  return fs.existsSync(path.join(binDir, 'initdb'));
}

/**
 * `durable: false` (the tests) turns off fsync: the tests kill app servers, never this
 * database, and a test run should not wait on the disk. The bench keeps it on.
 */
export async function startLocalPostgres({ durable = false } = {}): Promise<LocalPostgres> {
  if (!postgresInstalled()) {
    throw new Error(`PostgreSQL is not installed (no ${binDir}/initdb): apt-get install postgresql, or set TEST_DATABASE_URL`);
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'llofnod-pg-'));
  if (process.getuid?.() === 0) execFileSync('chown', ['postgres:postgres', dir]);
  const data = path.join(dir, 'data');
  run('initdb', ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync']);
  const port = await freePort();
  const options = [
    `-p ${port}`,
    "-c listen_addresses='127.0.0.1'",
    `-k ${dir}`,
    '-c max_connections=300',
    ...(durable ? [] : ['-c fsync=off', '-c synchronous_commit=off', '-c full_page_writes=off']),
  ].join(' ');
  const start = () => run('pg_ctl', ['-D', data, '-o', options, '-l', path.join(dir, 'log'), '-w', '-t', '30', 'start']);
  const stop = () => run('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
  start();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    start,
    stop,
    remove() {
      try {
        stop();
      } catch {
        // already stopped
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
