import { describe, expect, it } from 'vitest';
import { clockFor } from '../../../api/config.ts';
import { claimMs, deliverDue, type SenderDeps } from '../../../api/mail/sender.ts';
import { newSenderId, startSender } from '../../../api/mail/sender-loop.ts';
import { createMailer, type Mailer } from '../../../api/mail/transport.ts';
import { testApp } from '../../helpers/app.ts';
import { sign, type TestApp } from '../../helpers/signatures.ts';

const outbox = (app: TestApp) => app.db.selectFrom('outbox').selectAll().orderBy('id').execute();
const signers = async (app: TestApp, n: number, prefix = 'signer') => {
  for (let i = 0; i < n; i++) await sign(app, { email: `${prefix}${i}@example.org` });
};
/** Runs a sender loop for the test, and stops it afterwards. */
async function whileSending<T>(deps: SenderDeps, use: () => Promise<T>, options = {}): Promise<T> {
  const sender = startSender(deps, { everyMs: 50, ...options });
  try {
    return await use();
  } finally {
    await sender.stop();
  }
}

describe('a backlog of confirmations', () => {
  it('drains over several SMTP connections at once, SMTP_POOL of them at most, and each signer gets exactly one mail', async () => {
    const app = await testApp();
    await signers(app, 240);
    const mailer = createMailer({ smtpUrl: app.smtp.url, smtpPool: 3, mailFrom: 'Llofnod <no-reply@llofnod.test>', dataDir: app.dataDir });
    try {
      await whileSending({ ...app.senderDeps, mailer }, () => app.smtp.waitFor(240, 30_000));
    } finally {
      mailer.close();
    }

    expect(app.smtp.inbox).toHaveLength(240);
    expect(new Set(app.smtp.inbox.map((m) => m.to_address)).size).toBe(240);
    expect((await outbox(app)).every((r) => r.sent_at !== null && r.attempts === 1)).toBe(true);
    // The mails came on three connections, open side by side, each carrying many.
    expect(new Set(app.smtp.inbox.map((m) => m.connection_id)).size).toBe(3);
    expect(app.smtp.mostConnections()).toBe(3);
  }, 60_000);
});

describe('SMTP_RATE', () => {
  it('lets no more mails than the cap leave in a second, counting every server', async () => {
    const app = await testApp();
    await signers(app, 25);
    const one: SenderDeps = { ...app.senderDeps, mailsPerSecond: 10 };
    const two: SenderDeps = { ...one, senderId: 'server-2' };
    const drain = async (deps: SenderDeps) => {
      while ((await deliverDue(deps, 20)) > 0);
    };

    await Promise.all([drain(one), drain(two)]);
    expect(app.smtp.inbox).toHaveLength(10);
    app.clock.advance(999);
    await Promise.all([drain(one), drain(two)]);
    expect(app.smtp.inbox).toHaveLength(10);
    app.clock.advance(1);
    await Promise.all([drain(one), drain(two)]);
    expect(app.smtp.inbox).toHaveLength(20);
    app.clock.advance(1000);
    await Promise.all([drain(one), drain(two)]);
    expect(app.smtp.inbox).toHaveLength(25);
    expect(new Set(app.smtp.inbox.map((m) => m.to_address)).size).toBe(25);
  });

  it('holds a running sender to the cap: 25 mails at 10 a second take more than a second, and all arrive', async () => {
    const app = await testApp();
    await signers(app, 25);
    // The sender waits for real seconds here: a clock that runs, from the test clock's time.
    const deps: SenderDeps = { ...app.senderDeps, clock: clockFor({ clockAt: app.clock() }), mailsPerSecond: 10 };
    const started = Date.now();
    await whileSending(deps, () => app.smtp.waitFor(25, 10_000));
    expect(Date.now() - started).toBeGreaterThan(1000);
    const seconds = await app.db.selectFrom('mail_seconds').select('claimed').execute();
    expect(Math.max(...seconds.map((s) => s.claimed))).toBeLessThanOrEqual(10);
    expect(seconds.reduce((n, s) => n + s.claimed, 0)).toBe(25);
  });
});

describe('a server restarted after a crash', () => {
  /** A sender that claims its mails and then hangs for ever, as a process does when it is killed. */
  const killed = (app: TestApp, senderId: string): SenderDeps => {
    const hung: Mailer = { send: () => new Promise(() => {}), close() {} };
    return { ...app.senderDeps, senderId, mailer: hung };
  };
  const holder = async (app: TestApp, email: string) => {
    const row = await app.db.selectFrom('outbox').innerJoin('signatures', 'signatures.id', 'outbox.signature_id').select(['claimed_by', 'sent_at']).where('email', '=', email).executeTakeFirstOrThrow();
    return row.sent_at === null ? row.claimed_by : 'sent';
  };

  it('sends at once the mails its earlier run was holding, while other servers’ claims wait for their lease', async () => {
    const app = await testApp();
    const claimedBy = async (email: string, senderId: string) => {
      await sign(app, { email });
      void deliverDue(killed(app, senderId));
      await expect.poll(() => holder(app, email)).toBe(senderId);
    };
    await claimedBy('mine@example.org', 'web-1/4242.dead0001');
    await claimedBy('theirs@example.org', 'web-2/4243.0000beef');
    // "web-1" is not the start of "web-10": a server's name ends at the "/".
    await claimedBy('similar@example.org', 'web-10/4244.0000cafe');

    const restarted = { ...app.senderDeps, senderId: newSenderId('web-1') };
    await whileSending(restarted, async () => {
      await app.smtp.mailTo('mine@example.org', 2000);
      expect(await holder(app, 'theirs@example.org')).toBe('web-2/4243.0000beef');
      expect(await holder(app, 'similar@example.org')).toBe('web-10/4244.0000cafe');

      app.clock.advance(claimMs);
      await app.smtp.waitFor(3);
    });
    expect(app.smtp.inbox.map((m) => m.to_address).sort()).toEqual(['mine@example.org', 'similar@example.org', 'theirs@example.org']);
    expect((await outbox(app)).every((r) => r.claimed_by?.startsWith('web-1/') && r.sent_at !== null && r.attempts === 2)).toBe(true);
  });
});
