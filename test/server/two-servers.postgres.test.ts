import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb } from '../../api/db/connect.ts';
import { freshPostgresDatabase } from '../helpers/postgres.ts';
import { type RunningServer, startServer } from '../helpers/server.ts';
import { type CaughtMail, smtpCatcher, tokenIn } from '../helpers/smtp.ts';

/**
 * Two app servers behind one load balancer, one PostgreSQL: a crowd signs, confirms, signs
 * again and withdraws through whichever server it reaches, and afterwards every public figure
 * agrees with the rows, on both servers, and every signer had one confirmation mail.
 */
const slug = 'make-co-production-count';
const countries = ['GB-WLS', 'GB-WLS', 'GB-ENG', 'GB-SCT', 'US', 'AU', 'IE'];
const signers = Array.from({ length: 240 }, (_, i) => ({
  name: `Parallel Signer ${i}`,
  // An organisation's website at its address's domain, so that confirming verifies it at once.
  email: i % 10 === 0 ? `parallel-${i}@org${i}.example.net` : `parallel-${i}@example.org`,
  kind: i % 10 === 0 ? 'organisation' : 'individual',
  ...(i % 10 === 0 ? { organisation: `Cymdeithas ${i}`, organisation_type: 'third_sector', website: `https://www.org${i}.example.net/` } : {}),
  country: countries[i % countries.length]!,
  show_name: true,
  consent: true,
}));
/** Every fifth signer signs twice once confirmed; every seventh withdraws; every eleventh never confirms. */
const confirms = (i: number) => i % 11 !== 5;
const signsTwice = (i: number) => i % 5 === 1 && confirms(i);
const withdraws = (i: number) => i % 7 === 3 && confirms(i);

let database: Awaited<ReturnType<typeof freshPostgresDatabase>>;
let smtp: Awaited<ReturnType<typeof smtpCatcher>>;
let servers: RunningServer[] = [];
beforeAll(async () => {
  database = await freshPostgresDatabase();
  smtp = await smtpCatcher();
  const env = { DATABASE_URL: database.url, SMTP_URL: smtp.url };
  servers = await Promise.all([startServer(env), startServer(env)]);
});
afterAll(async () => {
  await Promise.all(servers.map((s) => s.stop()));
  await smtp?.close();
  await database?.drop();
});

/** Whichever server the load balancer picks: alternating, so every step crosses servers. */
const via = (i: number) => servers[i % 2]!.origin;
const postJson = (origin: string, path: string, body: unknown) =>
  fetch(`${origin}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

async function inParallel<T>(items: T[], width: number, work: (item: T, i: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) {
        const i = next++;
        await work(items[i]!, i);
      }
    }),
  );
}

async function mailsTo(address: string, count: number): Promise<CaughtMail[]> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const mails = smtp.inbox.filter((m) => m.to_address === address);
    if (mails.length >= count || Date.now() > deadline) return mails;
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('two app servers on one PostgreSQL', () => {
  it('agree exactly with the rows after hundreds of people sign, confirm, sign again and withdraw through both', { timeout: 180_000 }, async () => {
    await inParallel(signers, 24, async (s, i) => {
      expect((await postJson(via(i), `/api/letters/${slug}/signatures`, s)).status).toBe(202);
    });
    await inParallel(signers, 24, async (s, i) => {
      if (!confirms(i)) return;
      const [mail] = await mailsTo(s.email, 1);
      const res = await postJson(via(i + 1), '/api/signatures/confirm', { token: tokenIn(mail!, 'confirm') });
      expect(res.status, s.email).toBe(200);
    });
    await inParallel(signers, 24, async (s, i) => {
      if (signsTwice(i)) expect((await postJson(via(i + 1), `/api/letters/${slug}/signatures`, s)).status).toBe(202);
      if (withdraws(i)) {
        const [mail] = await mailsTo(s.email, 1);
        expect((await postJson(via(i), '/api/signatures/withdraw', { token: tokenIn(mail!, 'withdraw') })).status, s.email).toBe(200);
      }
    });

    // The rows, read straight from the database.
    const db = openDb({ dataDir: '/nonexistent', databaseUrl: database.url });
    const rows = (
      await sql<{ email: string; state: string; kind: string; country: string }>`select email, state, kind, country from signatures where letter = ${slug}`.execute(db)
    ).rows;
    await db.destroy();
    const expected = signers.filter((_, i) => confirms(i) && !withdraws(i));
    expect(rows).toHaveLength(signers.length);
    expect(new Set(rows.filter((r) => r.state === 'verified').map((r) => r.email))).toEqual(new Set(expected.map((s) => s.email)));
    const verified = rows.filter((r) => r.state === 'verified');
    const byCountry: Record<string, number> = {};
    for (const r of verified) byCountry[r.country] = (byCountry[r.country] ?? 0) + 1;
    const counts = {
      total: verified.length,
      individuals: verified.filter((r) => r.kind === 'individual').length,
      organisations: verified.filter((r) => r.kind === 'organisation').length,
      by_country: byCountry,
    };

    for (const server of servers) {
      const letter = await (await fetch(`${server.origin}/api/letters/${slug}`)).json();
      expect(letter.counts).toEqual(counts);

      const stats = await (await fetch(`${server.origin}/api/letters/${slug}/stats`)).json();
      expect(stats.counts.total).toBe(counts.total);
      expect(stats.by_country).toEqual(byCountry);
      expect(stats.by_kind).toEqual({ individual: counts.individuals, organisation: counts.organisations });
      expect(stats.daily.reduce((n: number, d: { n: number }) => n + d.n, 0)).toBe(counts.total);

      const listed: string[] = [];
      for (let cursor: string | null = ''; cursor !== null; ) {
        const page: { items: { name: string }[]; next: string | null } = await (
          await fetch(`${server.origin}/api/letters/${slug}/signatories?limit=50${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`)
        ).json();
        listed.push(...page.items.map((item) => item.name));
        cursor = page.next;
      }
      expect(listed.sort()).toEqual(expected.map((s) => s.name).sort());

      const csv = (await (await fetch(`${server.origin}/api/letters/${slug}/signatories.csv`)).text()).trim().split(/\r?\n/);
      expect(csv).toHaveLength(expected.length + 1);
      expect(csv.slice(1).map((line) => line.split(',')[0]).sort()).toEqual(expected.map((s) => s.name).sort());
    }

    // One confirmation mail each: signing again once confirmed brings an "already signed" mail, not another link.
    await new Promise((r) => setTimeout(r, 2000));
    for (const s of signers) {
      const confirmations = smtp.inbox.filter((m) => m.to_address === s.email && /\/confirm\//.test(m.text ?? ''));
      expect(confirmations, s.email).toHaveLength(1);
    }
    // (One who withdrew straight after may never get it: a mail about a withdrawn signature is not sent.)
    for (const [i, s] of signers.entries()) {
      if (signsTwice(i) && !withdraws(i)) expect((await mailsTo(s.email, 2)).length, s.email).toBe(2);
    }
  });
});
