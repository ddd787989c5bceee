import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureBuilt, serverArgs } from './build.ts';
import { freePort } from './net.ts';

/**
 * For the scripts that look at the site (screenshots, Lighthouse): the built server on a free
 * loopback port with a fresh DATA_DIR filled with the demo campaign, mail written as .eml
 * files under DATA_DIR/outbox, and the real clock. `stop()` ends it and deletes the folder.
 */
export type DemoSite = { origin: string; dataDir: string; stop: () => Promise<void> };

export async function startDemoSite(label: string): Promise<DemoSite> {
  ensureBuilt();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `llofnod-${label}-`));
  // Whatever the caller's shell has set, this server writes mail to files and runs on the real clock.
  const { SMTP_URL: _smtp, CLOCK_AT: _clock, DATABASE_URL: _db, ...inherited } = process.env;
  const env = { ...inherited, DATA_DIR: dataDir, ASTRO_TELEMETRY_DISABLED: '1' };
  console.log(`[${label}] demo campaign into ${dataDir}`);
  const demo = spawnSync('npm', ['run', '--silent', 'demo'], { stdio: ['ignore', 'ignore', 'inherit'], env });
  if (demo.status !== 0) throw new Error(`npm run demo failed (exit ${demo.status ?? demo.signal})`);

  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  let out = '';
  const child: ChildProcess = spawn(process.execPath, serverArgs, {
    env: { ...env, HOST: '127.0.0.1', PORT: String(port), PUBLIC_ORIGIN: origin },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d) => (out += d));
  child.stderr?.on('data', (d) => (out += d));
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const stop = async () => {
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      await exited;
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (child.exitCode !== null) {
      await stop();
      throw new Error(`server exited with ${child.exitCode}:\n${out}`);
    }
    if (await fetch(`${origin}/api/health`).then((r) => r.ok, () => false)) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      await stop();
      throw new Error(`server did not start:\n${out}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { origin, dataDir, stop };
}
