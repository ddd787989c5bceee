/**
 * The least a signing endpoint can do: Hono on @hono/node-server, one better-sqlite3 INSERT per
 * POST, with the same durability as Llofnod (WAL, synchronous=FULL) and nothing else: no
 * validation, no duplicate check, no counters, no outbox. The bench compares Llofnod with it.
 */
import path from 'node:path';
import { serve } from '@hono/node-server';
import Database from 'better-sqlite3';
import { Hono } from 'hono';

const db = new Database(path.join(process.env.DATA_DIR ?? '.', 'bare.sqlite'));
db.pragma('journal_mode = WAL');
db.pragma('synchronous = FULL');
db.exec(`create table if not exists signatures (
  id integer primary key, letter text not null, name text not null, email text not null, created_at text not null)`);
const insert = db.prepare('insert into signatures (letter, name, email, created_at) values (?, ?, ?, ?)');

const app = new Hono()
  .get('/health', (c) => c.json({ ok: true }))
  .post('/api/letters/:slug/signatures', async (c) => {
    const body = await c.req.json<{ name: string; email: string }>();
    insert.run(c.req.param('slug'), String(body.name), String(body.email), new Date().toISOString());
    return c.json({ status: 'pending' }, 202);
  });

const server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: Number(process.env.PORT) });
process.once('SIGTERM', () => {
  server.close();
  db.close();
  process.exit(0);
});
