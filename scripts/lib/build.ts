import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** The server (server.mjs, around what `astro build` writes); `npm start`, the tests and the bench run it. */
export const entryPath = path.resolve('server.mjs');

/**
 * Node's flags for the server. V8 sizes the young generation from the machine's memory, and a
 * million-row download fills it between collections: on PostgreSQL that download took the
 * server from 142 to 351 MiB; with semi-spaces capped at 4 MB, from 128 to 247 MiB, and no
 * slower. 8 MB is the cap chosen between memory and collections (`npm run bench -- --only size`).
 */
export const serverFlags = ['--max-semi-space-size=8'];

/** `node ...serverArgs` runs the server as production does. */
export const serverArgs = [...serverFlags, entryPath];
const builtPath = path.resolve('dist/server/entry.mjs');

/** Everything the build reads: a change to any of these makes dist/ stale. */
const sources = ['site', 'api', 'content', 'astro.config.mjs'];

/** The newest modification time under a path; folders count too, so a deleted file is noticed. */
function newestMtime(p: string): number {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(p);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const name of fs.readdirSync(p)) newest = Math.max(newest, newestMtime(path.join(p, name)));
  return newest;
}

/** Why the build must run, or undefined when dist/ is newer than every source. */
export function staleReason(): string | undefined {
  if (!fs.existsSync(builtPath)) return 'no build yet';
  const built = fs.statSync(builtPath).mtimeMs;
  const changed = sources.find((s) => newestMtime(path.resolve(s)) > built);
  return changed ? `${changed} changed since the last build` : undefined;
}

/** Runs `npm run build` (in the terminal, so its progress shows) when dist/ is missing or stale. */
export function ensureBuilt(): void {
  const reason = staleReason();
  if (!reason) return;
  console.log(`[build] ${reason}: running npm run build`);
  const result = spawnSync('npm', ['run', 'build'], {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (result.status !== 0) {
    throw new Error(`npm run build failed (exit ${result.status ?? result.signal}); see the output above`);
  }
}
