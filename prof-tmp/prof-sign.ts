import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { signLoad } from '../bench/load.ts';
import { serverFlags, entryPath } from '../scripts/lib/build.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'prof-'));
const port = 4399;
const origin = `http://127.0.0.1:${port}`;
const child = spawn(process.execPath, [...serverFlags, '--cpu-prof', '--cpu-prof-dir=/tmp/prof', entryPath], {
  env: { PATH: process.env.PATH ?? '', HOST: '127.0.0.1', PORT: String(port), DATA_DIR: dataDir, PUBLIC_ORIGIN: origin, ASTRO_TELEMETRY_DISABLED: '1', ...(process.env.DATABASE_URL ? { DATABASE_URL: process.env.DATABASE_URL } : {}) },
  stdio: ['ignore', 'ignore', 'inherit'],
});
for (;;) { try { if ((await fetch(origin + '/api/health')).ok) break; } catch {} await new Promise((r) => setTimeout(r, 100)); }
await signLoad(origin, 'make-co-production-count', 50, 2);
const r = await signLoad(origin, 'make-co-production-count', 50, 8);
console.log(JSON.stringify(r).slice(0, 300));
child.kill('SIGINT');
await new Promise((r) => child.once('exit', r));
