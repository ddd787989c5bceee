import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { openDb } from '../../api/db/connect.ts';
import { freshPostgresDatabase, onPostgres } from '../helpers/postgres.ts';
import { startServer } from '../helpers/server.ts';
import { smtpCatcher } from '../helpers/smtp.ts';

const slug = 'make-co-production-count';
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

function signer(n: number) {
  return { name: `Durable Signer ${n}`, email: `durable-${n}@example.org`, country: 'GB-WLS', show_name: true, consent: true };
}

/** One database that outlives the servers started on it: a SQLite file in DATA_DIR, or a PostgreSQL database. */
async function lastingDatabase() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'llofnod-crash-'));
  const postgres = onPostgres ? await freshPostgresDatabase() : undefined;
  cleanups.push(() => fs.rmSync(dataDir, { recursive: true, force: true }), async () => postgres?.drop());
  const env = { DATA_DIR: dataDir, ...(postgres ? { DATABASE_URL: postgres.url } : {}) };
  /** Reads the rows as they are on disk, through a connection of the test's own. */
  const read = async <T>(query: string): Promise<T[]> => {
    const db = openDb({ dataDir, databaseUrl: postgres?.url });
    try {
      return (await sql.raw<T>(query).execute(db)).rows;
    } finally {
      await db.destroy();
    }
  };
  return { env, read };
}

describe('when the server is killed while people are signing', () => {
  it('keeps every signature it acknowledged and, once restarted, mails every one of them within seconds', { timeout: 120_000 }, async () => {
    const database = await lastingDatabase();
    const smtp = await smtpCatcher();
    cleanups.push(() => smtp.close());
    // The restarted server listens on another port: its SERVER_ID says it is the same server.
    const env = { ...database.env, SMTP_URL: smtp.url, SERVER_ID: 'durable-1' };
    const first = await startServer(env);

    // 300 people sign at once; the power goes while their answers are still coming back.
    const acknowledged: string[] = [];
    const attempts = Array.from({ length: 300 }, (_, i) =>
      fetch(`${first.origin}/api/letters/${slug}/signatures`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(signer(i)),
      })
        .then((res) => {
          if (res.status === 202) acknowledged.push(signer(i).email);
        })
        .catch(() => undefined),
    );
    while (acknowledged.length < 50) await new Promise((r) => setTimeout(r, 5));
    await first.crash();
    await Promise.all(attempts);
    expect(acknowledged.length).toBeGreaterThanOrEqual(50);

    const stored = new Set((await database.read<{ email: string }>('select email from signatures')).map((r) => r.email));
    const withMail = new Set(
      (await database.read<{ email: string }>('select s.email from outbox o join signatures s on s.id = o.signature_id')).map((r) => r.email),
    );
    for (const email of acknowledged) {
      expect(stored.has(email), `${email} was acknowledged`).toBe(true);
      expect(withMail.has(email), `${email} has its confirmation queued`).toBe(true);
    }

    // Back up: the outbox carries on where it stopped, and the mails the dead process had
    // claimed are its own, so they need not wait for their 2-minute lease.
    const second = await startServer(env);
    cleanups.push(() => second.stop());
    // Counted from when it answers again: a start alone can take seconds on a busy machine.
    const restarted = Date.now();
    const unheard = () => {
      const mailed = new Set(smtp.inbox.map((m) => m.to_address));
      return acknowledged.filter((e) => !mailed.has(e));
    };
    while (unheard().length > 0 && Date.now() - restarted < 15_000) await new Promise((r) => setTimeout(r, 100));
    expect(unheard()).toEqual([]);
    expect((await fetch(`${second.origin}/api/health`)).status).toBe(200);
  });
});
