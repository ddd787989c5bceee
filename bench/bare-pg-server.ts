/**
 * bench/bare-server.ts on PostgreSQL: Hono on @hono/node-server, one INSERT per POST through a
 * `pg` pool of the size Llofnod uses, committed durably (synchronous_commit on), and nothing
 * else. The bench compares Llofnod on PostgreSQL with it, on the same PostgreSQL.
 */
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import pg from 'pg';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
await pool.query(`create table if not exists bare_signatures (
  id serial primary key, letter text not null, name text not null, email text not null, created_at text not null)`);

const app = new Hono()
  .get('/health', (c) => c.json({ ok: true }))
  .post('/api/letters/:slug/signatures', async (c) => {
    const body = await c.req.json<{ name: string; email: string }>();
    await pool.query('insert into bare_signatures (letter, name, email, created_at) values ($1, $2, $3, $4)', [
      c.req.param('slug'),
      String(body.name),
      String(body.email),
      new Date().toISOString(),
    ]);
    return c.json({ status: 'pending' }, 202);
  });

const server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: Number(process.env.PORT) });
process.once('SIGTERM', async () => {
  server.close();
  await pool.end();
  process.exit(0);
});
