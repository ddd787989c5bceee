import http from 'node:http';
import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../helpers/server.ts';

const slug = 'make-co-production-count';

let server: RunningServer | undefined;
afterEach(async () => {
  await server?.stop();
  server = undefined;
});

type Outcome = { email: string; status?: number; retryAfter?: string; error?: string; at: number };

/** One signature on a connection of its own, so that what happens to it is this request's story alone. */
function sign(origin: string, email: string): Promise<Outcome> {
  const body = JSON.stringify({ name: 'Leaving Signer', email, country: 'GB-WLS', show_name: true, consent: true });
  return new Promise((resolve) => {
    const req = http.request(`${origin}/api/letters/${slug}/signatures`, {
      method: 'POST',
      agent: false,
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
    });
    req.on('response', (res) => {
      res.resume();
      res.on('end', () => resolve({ email, status: res.statusCode, retryAfter: res.headers['retry-after'], at: Date.now() }));
    });
    req.on('error', (error: NodeJS.ErrnoException) => resolve({ email, error: error.code ?? error.message, at: Date.now() }));
    req.end(body);
  });
}

/** The signers' addresses in the stopped server's database, SQLite file or PostgreSQL. */
async function storedEmails({ databaseUrl, dataDir }: RunningServer): Promise<Set<string>> {
  if (!databaseUrl) {
    const file = new Database(path.join(dataDir, 'llofnod.sqlite'), { readonly: true });
    const emails = file.prepare('select email from signatures').pluck().all() as string[];
    file.close();
    return new Set(emails);
  }
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return new Set((await client.query<{ email: string }>('select email from signatures')).rows.map((r) => r.email));
  } finally {
    await client.end();
  }
}

describe('when the server is sent SIGTERM while people are signing', () => {
  it('answers every request it took, stores every signature it acknowledged, and exits 0 within 10 s', async () => {
    server = await startServer();
    const answered: Outcome[] = [];
    const all = Array.from({ length: 300 }, (_, i) =>
      sign(server!.origin, `leaving-${i}@example.org`).then((o) => {
        if (o.status) answered.push(o);
        return o;
      }),
    );
    while (answered.length < 20) await new Promise((r) => setTimeout(r, 2));

    const signalled = Date.now();
    const exited = server.terminate();
    // Someone else arrives once the server has had the signal: it takes no new request.
    await new Promise((r) => setTimeout(r, 300));
    const late = await Promise.all(Array.from({ length: 10 }, (_, i) => sign(server!.origin, `late-${i}@example.org`)));
    const exitCode = await exited;
    const stoppedInMs = Date.now() - signalled;
    const outcomes = await Promise.all(all);

    expect(exitCode).toBe(0);
    expect(stoppedInMs).toBeLessThan(10_000);
    const acknowledged = outcomes.filter((o) => o.status === 202);
    // Requests were in flight when the signal came, and were finished, not dropped.
    expect(acknowledged.filter((o) => o.at > signalled).length, 'answered after SIGTERM').toBeGreaterThan(0);
    for (const o of outcomes) {
      if (o.status === undefined) {
        // Never taken: the server had stopped listening before this connection was accepted.
        expect(['ECONNREFUSED', 'ECONNRESET'], `${o.email}: ${o.error}`).toContain(o.error);
      } else {
        expect([202, 503], `${o.email}: ${o.status}`).toContain(o.status);
        if (o.status === 503) expect(o.retryAfter).toMatch(/^\d+$/);
      }
    }

    // Refused: by a 503, or at the door (a connection the server had not accepted before it stopped listening is reset).
    for (const o of late) expect([503, 'ECONNREFUSED', 'ECONNRESET'], o.email).toContain(o.status ?? o.error);

    const stored = await storedEmails(server);
    for (const o of acknowledged) expect(stored.has(o.email), `${o.email} was acknowledged`).toBe(true);
    // Nothing was done for a request that never heard back.
    const unanswered = [...outcomes, ...late].filter((o) => o.status !== 202).map((o) => o.email);
    expect(unanswered.filter((email) => stored.has(email))).toEqual([]);
    expect(server.output()).not.toMatch(/sender error|unexpected error|cut off|exiting anyway/);
  }, 60_000);
});
