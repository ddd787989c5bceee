import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb } from '../../api/db/connect.ts';
import type { Db } from '../../api/db/database.ts';
import { readLastRun } from '../../api/retention/retention.run.ts';
import { freshPostgresDatabase } from '../helpers/postgres.ts';
import { type RunningServer, startServer } from '../helpers/server.ts';
import { linkIn, smtpCatcher } from '../helpers/smtp.ts';

/**
 * Two app servers on one PostgreSQL, started together a month after some signers never
 * confirmed: each one's timer fires shortly after its start, one of them sweeps, and both
 * workspaces show that run.
 */
const slug = 'make-co-production-count';
const campaigner = 'gwen@ymgyrch.cymru';
const neverConfirmed = ['maybe.later@example.org', 'forgot@example.org'];

let database: Awaited<ReturnType<typeof freshPostgresDatabase>>;
let smtp: Awaited<ReturnType<typeof smtpCatcher>>;
let servers: RunningServer[] = [];
let db: Db;
beforeAll(async () => {
  database = await freshPostgresDatabase();
  smtp = await smtpCatcher();
  const env = { DATABASE_URL: database.url, SMTP_URL: smtp.url, ADMIN_EMAILS: campaigner };
  const before = await startServer(env);
  for (const email of neverConfirmed) {
    const res = await fetch(`${before.origin}/api/letters/${slug}/signatures`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Heb Gadarnhau', email, kind: 'individual', country: 'GB-WLS', show_name: true, consent: true }),
    });
    expect(res.status).toBe(202);
  }
  await before.stop();
  const monthLater = { ...env, CLOCK_AT: '2026-12-24T10:00:00Z' };
  servers = await Promise.all([startServer(monthLater), startServer(monthLater)]);
  db = openDb({ dataDir: servers[0]!.dataDir, databaseUrl: database.url });
});
afterAll(async () => {
  await Promise.all(servers.map((s) => s.stop()));
  await db?.destroy();
  await smtp?.close();
  await database?.drop();
});

async function signIn(server: RunningServer): Promise<string> {
  const before = smtp.mailCount(campaigner);
  const form = { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', origin: server.origin }, redirect: 'manual' } as const;
  await fetch(`${server.origin}/admin/sign-in`, { ...form, body: new URLSearchParams({ email: campaigner }).toString() });
  const link = new URL(linkIn(await smtp.nextMailTo(campaigner, before), 'admin/sign-in')).pathname;
  const signedIn = await fetch(`${server.origin}${link}`, { ...form, body: '' });
  return (signedIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
}

/** The sweep's first run is the servers' own doing, shortly after they start: wait for it. */
async function firstRun() {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const last = await readLastRun(db);
    // The first server ran one too, a month before, with nothing yet to remove.
    if (last && last.at >= '2026-12-24') return last;
    if (Date.now() > deadline) throw new Error(`no sweep recorded:\n${servers.map((s) => s.output()).join('\n')}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe('the retention sweep with two servers on one PostgreSQL', () => {
  it('runs once, shortly after the servers start, and both workspaces show its last and next run', async () => {
    const last = await firstRun();
    expect(last.removed.unconfirmed_signatures).toBe(neverConfirmed.length);
    const swept = await db.selectFrom('audit_log').select(['actor', 'detail']).where('action', '=', 'retention.swept').execute();
    expect(swept).toHaveLength(1);
    expect(JSON.parse(swept[0]!.detail!).unconfirmed_signatures).toBe(neverConfirmed.length);
    expect(await db.selectFrom('signatures').select('id').execute()).toEqual([]);
    // Only the server that swept says so in its log.
    expect(servers.filter((s) => s.output().includes('[retention] removed'))).toHaveLength(1);

    for (const server of servers) {
      const cookie = await signIn(server);
      const home = await (await fetch(`${server.origin}/admin`, { headers: { cookie } })).text();
      expect(home).toContain(`data-retention-last="${last.at}"`);
      expect(home).toContain('Last run: 24 December 2026 at 10:00');
      expect(home).toContain('Next run: 24 December 2026 at 11:00');
      expect(home).toContain('Signatures never confirmed');
      const audit = await (await fetch(`${server.origin}/admin/audit`, { headers: { cookie } })).text();
      expect(audit).toMatch(/data-action="retention\.swept"[\s\S]*?llofnod[\s\S]*?Deleted personal data on schedule/);
    }
  });
});
