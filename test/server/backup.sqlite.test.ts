import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../helpers/server.ts';

const slug = 'make-co-production-count';
const servers: RunningServer[] = [];
const dirs: string[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) await s.stop();
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

function backup(env: Record<string, string>, ...args: string[]): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    let out = '';
    const child = spawn('npm', ['run', '--silent', 'backup', '--', ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('exit', (code) => resolve({ code, out }));
  });
}

/** People signing one after another on a few connections until `stop()`; `acknowledged` in the order the 202s came. */
function signing(origin: string, workers = 4) {
  const acknowledged: string[] = [];
  let running = true;
  const loops = Array.from({ length: workers }, async (_, w) => {
    for (let n = 0; running; n++) {
      const email = `backed-up-${w}-${n}@example.org`;
      const res = await fetch(`${origin}/api/letters/${slug}/signatures`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'Backed Up', email, country: 'GB-WLS', show_name: true, consent: true }),
      });
      if (res.status === 202) acknowledged.push(email);
      await res.arrayBuffer();
    }
  });
  return {
    acknowledged,
    async stop() {
      running = false;
      await Promise.all(loops);
    },
  };
}

describe('npm run backup', () => {
  describe('while the server is taking signatures', () => {
    it('writes a backup that, restored, holds every signature acknowledged before it began', async () => {
      const server = await startServer();
      servers.push(server);
      const load = signing(server.origin);
      while (load.acknowledged.length < 100) await new Promise((r) => setTimeout(r, 10));

      const before = [...load.acknowledged];
      const file = path.join(server.dataDir, 'backups', 'during-signing.sqlite');
      const made = await backup({ DATA_DIR: server.dataDir }, file);
      const during = load.acknowledged.length - before.length;
      await load.stop();
      expect(made.code, made.out).toBe(0);
      expect(during, 'signing went on while the backup was taken').toBeGreaterThan(0);

      // Restore as docs/operations.md says: the backup becomes llofnod.sqlite of a stopped server's DATA_DIR.
      const restored = fs.mkdtempSync(path.join(os.tmpdir(), 'llofnod-restored-'));
      dirs.push(restored);
      fs.copyFileSync(file, path.join(restored, 'llofnod.sqlite'));
      const again = await startServer({ DATA_DIR: restored });
      servers.push(again);
      expect((await fetch(`${again.origin}/api/ready`)).status).toBe(200);

      const db = new Database(path.join(restored, 'llofnod.sqlite'), { readonly: true });
      const stored = new Set(db.prepare('select email from signatures').pluck().all() as string[]);
      const queued = new Set(db.prepare('select s.email from outbox o join signatures s on s.id = o.signature_id').pluck().all() as string[]);
      db.close();
      for (const email of before) {
        expect(stored.has(email), `${email} was acknowledged before the backup`).toBe(true);
        expect(queued.has(email), `${email} has its confirmation mail`).toBe(true);
      }
    }, 60_000);
  });

  describe('without a file name', () => {
    it('writes DATA_DIR/backups/llofnod-<time>.sqlite, and never overwrites a backup', async () => {
      const server = await startServer();
      servers.push(server);
      const made = await backup({ DATA_DIR: server.dataDir });
      expect(made.code, made.out).toBe(0);
      const [name, ...others] = fs.readdirSync(path.join(server.dataDir, 'backups'));
      expect(others).toEqual([]);
      expect(name).toMatch(/^llofnod-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ\.sqlite$/);

      const file = path.join(server.dataDir, 'backups', name!);
      const twice = await backup({ DATA_DIR: server.dataDir }, file);
      expect(twice.code).toBe(1);
      expect(twice.out).toContain('already exists');
    }, 60_000);
  });

  describe('when DATABASE_URL is PostgreSQL', () => {
    it('refuses and points to pg_dump', async () => {
      const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'llofnod-backup-'));
      dirs.push(dataDir);
      const refused = await backup({ DATA_DIR: dataDir, DATABASE_URL: 'postgres://llofnod@127.0.0.1:1/llofnod' });
      expect(refused.code).toBe(2);
      expect(refused.out).toContain('pg_dump');
      expect(fs.existsSync(path.join(dataDir, 'backups'))).toBe(false);
    });
  });
});
