/**
 * Mail that keeps up with signing (issue 12): the time from a signature's 202 to its
 * confirmation accepted by a real SMTP server, under an open-loop load at a fixed rate, and how
 * fast a backlog drains. The SMTP server (smtp-server, accepting everything, parsing nothing)
 * runs in the bench process; the Llofnod server is the built one, on SQLite.
 */
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import { SMTPServer } from 'smtp-server';
import { connectDb } from '../api/db/connect.ts';
import { startLlofnod } from './servers.ts';

/** An SMTP server that notes when each recipient's mail arrived (performance.now()). */
async function mailCatcher() {
  const arrived = new Map<string, number>();
  let received = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    disableReverseLookup: true,
    onData(stream, session, callback) {
      stream.resume();
      stream.on('end', () => {
        const at = performance.now();
        received++;
        for (const r of session.envelope.rcptTo) if (!arrived.has(r.address)) arrived.set(r.address, at);
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    arrived,
    received: () => received,
    async waitForAll(n: number, timeoutMs: number): Promise<void> {
      const deadline = Date.now() + timeoutMs;
      while (arrived.size < n && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
const load = () => os.loadavg().map((n) => n.toFixed(2)).join(' ');

export type MailLatency = { offeredPerSecond: number; seconds: number; acknowledged: number; refused: string; signP99Ms: number; mailed: number; p50Ms: number; p99Ms: number; maxMs: number; loadBefore: string };

/**
 * Signs at `rate` a second for `seconds`, each request on its own schedule whatever the answers
 * before it (open loop), then waits for every acknowledged signer's mail.
 */
export async function mailLatency(slug: string, rate: number, seconds: number, dataDir: string): Promise<MailLatency> {
  const smtp = await mailCatcher();
  const server = await startLlofnod(dataDir, { SMTP_URL: smtp.url });
  const loadBefore = load();
  const acked = new Map<string, number>();
  const answerMs: number[] = [];
  const refused = new Map<string, number>();
  const refuse = (why: string) => refused.set(why, (refused.get(why) ?? 0) + 1);
  try {
    const total = Math.round(rate * seconds);
    const run = `${process.pid}-${Date.now()}`;
    const requests: Promise<void>[] = [];
    const start = performance.now();
    const sign = (n: number) => {
      const asked = performance.now();
      const email = `mail-${run}-${n}@example.org`;
      const body = { name: `Mail Bench ${n}`, email, kind: 'individual', country: 'GB-WLS', show_name: true, consent: true };
      return fetch(`${server.origin}/api/letters/${slug}/signatures`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
        .then(async (res) => {
          await res.arrayBuffer();
          answerMs.push(performance.now() - asked);
          if (res.status === 202) acked.set(email, performance.now());
          else refuse(String(res.status));
        })
        .catch((e: unknown) => void refuse((e as { cause?: { code?: string } }).cause?.code ?? String(e)));
    };
    for (let sent = 0; sent < total; ) {
      const due = Math.min(total, Math.floor(((performance.now() - start) / 1000) * rate) + 1);
      while (sent < due) requests.push(sign(sent++));
      await new Promise((r) => setTimeout(r, 2));
    }
    await Promise.all(requests);
    await smtp.waitForAll(acked.size, 120_000);
    const latencies = [...acked].map(([email, at]) => (smtp.arrived.get(email) ?? Infinity) - at).sort((a, b) => a - b);
    const mailed = [...acked.keys()].filter((e) => smtp.arrived.has(e)).length;
    return {
      offeredPerSecond: rate,
      seconds,
      acknowledged: acked.size,
      refused: [...refused].map(([why, n]) => `${n} × ${why}`).join(', '),
      mailed,
      // A mail can reach the SMTP server before the bench has read the 202 that preceded it.
      signP99Ms: percentile(answerMs.sort((a, b) => a - b), 99),
      p50Ms: Math.max(0, percentile(latencies, 50)),
      p99Ms: Math.max(0, percentile(latencies, 99)),
      maxMs: Math.max(0, latencies.at(-1) ?? NaN),
      loadBefore,
    };
  } finally {
    await server.stop();
    await smtp.close();
  }
}

/** `n` pending signatures on `slug`, each with its confirmation waiting in the outbox, as a server that stopped mid-rush leaves them. */
async function seedBacklog(dataDir: string, databaseUrl: string | undefined, slug: string, n: number): Promise<void> {
  const db = await connectDb({ dataDir, databaseUrl });
  const at = new Date().toISOString();
  try {
    await db.transaction().execute(async (tx) => {
      for (let from = 0; from < n; from += 500) {
        const rows = Array.from({ length: Math.min(500, n - from) }, (_, k) => {
          const email = `backlog-${from + k}@example.org`;
          return {
            ...{ letter: slug, state: 'pending' as const, kind: 'individual' as const, name: `Backlog ${from + k}`, search_name: `backlog ${from + k}` },
            ...{ email, email_key: email, organisation: null, role: null, place: null, country: 'GB-WLS', area: null, comment: null },
            ...{ show_name: 1, updates: 0, locale: 'en' as const, source: 'web' as const, created_at: at, verified_at: null, withdrawn_at: null },
          };
        });
        const ids = await tx.insertInto('signatures').values(rows).returning('id').execute();
        const mails = ids.map(({ id }) => ({ kind: 'confirm' as const, signature_id: id, sign_in_id: null, support_id: null, created_at: at, attempts: 0, next_attempt_at: at, sent_at: null, failed_at: null, last_error: null }));
        await tx.insertInto('outbox').values(mails).execute();
      }
    });
  } finally {
    await db.destroy();
  }
}

export type MailDrain = { mails: number; received: number; distinct: number; fromStartSeconds: number; fromFirstSeconds: number; perSecond: number; loadBefore: string };

/**
 * Seeds a backlog with the servers stopped, starts `servers` of them on it (SQLite in the first
 * data folder, or PostgreSQL at `databaseUrl`), and times until the SMTP server has every mail.
 */
export async function mailDrain(slug: string, n: number, dataDirs: string[], databaseUrl?: string): Promise<MailDrain> {
  await seedBacklog(dataDirs[0]!, databaseUrl, slug, n);
  const smtp = await mailCatcher();
  const loadBefore = load();
  const start = performance.now();
  const env = { SMTP_URL: smtp.url, ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}) };
  const servers = await Promise.all(dataDirs.map((dir) => startLlofnod(dir, env)));
  try {
    await smtp.waitForAll(n, 300_000);
    const times = [...smtp.arrived.values()];
    const last = Math.max(...times);
    const first = Math.min(...times);
    return {
      mails: n,
      received: smtp.received(),
      distinct: smtp.arrived.size,
      fromStartSeconds: (last - start) / 1000,
      fromFirstSeconds: (last - first) / 1000,
      perSecond: n / ((last - first) / 1000),
      loadBefore,
    };
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
    await smtp.close();
  }
}
