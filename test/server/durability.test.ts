import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { startServer } from '../helpers/server.ts';
import { smtpCatcher } from '../helpers/smtp.ts';

const slug = 'make-co-production-count';
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

function signer(n: number) {
  return { name: `Durable Signer ${n}`, email: `durable-${n}@example.org`, country: 'GB-WLS', show_name: true, consent: true };
}

describe('when the server is killed while people are signing', () => {
  it('keeps every signature it acknowledged and, once restarted, mails every one of them not held by the dead process', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'llofnod-crash-'));
    dirs.push(dataDir);
    const smtp = await smtpCatcher();
    const first = await startServer({ DATA_DIR: dataDir, SMTP_URL: smtp.url });

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

    const file = new Database(path.join(dataDir, 'llofnod.sqlite'), { readonly: true });
    const stored = new Set(file.prepare('select email from signatures').pluck().all() as string[]);
    const withMail = new Set(
      file.prepare('select s.email from outbox o join signatures s on s.id = o.signature_id').pluck().all() as string[],
    );
    file.close();
    for (const email of acknowledged) {
      expect(stored.has(email), `${email} was acknowledged`).toBe(true);
      expect(withMail.has(email), `${email} has its confirmation queued`).toBe(true);
    }

    // Back up: the outbox carries on where it stopped. Mails the dead process had claimed
    // wait for its claim to run out (a test in test/api/mail shows they then go); that is
    // at most one batch, and every other acknowledged signer hears now.
    const second = await startServer({ DATA_DIR: dataDir, SMTP_URL: smtp.url });
    try {
      const claimedByTheDead = () => {
        const db = new Database(path.join(dataDir, 'llofnod.sqlite'), { readonly: true });
        const rows = db
          .prepare('select s.email from outbox o join signatures s on s.id = o.signature_id where o.sent_at is null and o.attempts > 0')
          .pluck()
          .all() as string[];
        db.close();
        return new Set(rows);
      };
      const unheard = () => {
        const mailed = new Set(smtp.inbox.map((m) => m.to_address));
        return acknowledged.filter((e) => !mailed.has(e));
      };
      const notYetMailable = () => {
        const waiting = claimedByTheDead();
        return unheard().filter((e) => !waiting.has(e));
      };
      const deadline = Date.now() + 20_000;
      // The live sender's own batch in flight looks claimed too until it is sent: wait that out.
      while ((notYetMailable().length > 0 || claimedByTheDead().size > 20) && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 100));
      }
      expect(notYetMailable()).toEqual([]);
      expect(claimedByTheDead().size).toBeLessThanOrEqual(20);
      expect((await fetch(`${second.origin}/api/health`)).status).toBe(200);
    } finally {
      await second.stop();
      await smtp.close();
    }
  });
});
