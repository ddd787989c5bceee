import { describe, expect, it } from 'vitest';
import { claimMs, deliverDue, type SenderDeps } from '../../../api/mail/sender.ts';
import type { Mailer } from '../../../api/mail/transport.ts';
import { sendUpdate, writeUpdate } from '../../../api/updates/update.service.ts';
import { openLetter, testApp } from '../../helpers/app.ts';
import { insertVerifiedRows, sign, type TestApp } from '../../helpers/signatures.ts';
import { campaigner } from '../admin/admin.helpers.ts';

const outbox = (app: TestApp) => app.db.selectFrom('outbox').selectAll().orderBy('id').execute();

/** The sender of another app server on the same database: its own process id, its own mailer. */
const otherServer = (app: TestApp, mailer: Mailer = app.senderDeps.mailer): SenderDeps => ({ ...app.senderDeps, senderId: 'server-2', mailer });

/** Runs one server's sender until it finds nothing more to take, as its loop would. */
async function drain(deps: SenderDeps, updatesPerMinute?: number): Promise<void> {
  while ((await deliverDue(deps, 20, updatesPerMinute)) > 0);
}

/** A mailer that hands each mail over after `ms`, so that one sender is still sending while the other claims. */
const slow = (mailer: Mailer, ms: number): Mailer => ({
  send: async (m, note) => {
    await new Promise((r) => setTimeout(r, ms));
    await mailer.send(m, note);
  },
  close() {},
});

describe('two app servers sending from one database', () => {
  it('drain a backlog of 300 confirmations together, and each signer gets exactly one', async () => {
    const app = await testApp();
    for (let i = 0; i < 300; i++) await sign(app, { email: `signer${i}@example.org` });
    await Promise.all([drain(app.senderDeps), drain(otherServer(app))]);

    expect(app.smtp.inbox).toHaveLength(300);
    expect(new Set(app.smtp.inbox.map((m) => m.to_address)).size).toBe(300);
    const rows = await outbox(app);
    expect(rows.every((r) => r.sent_at !== null && r.attempts === 1)).toBe(true);
    // Both took their share: neither waited for the other to finish.
    const by = (id: string) => rows.filter((r) => r.claimed_by === id).length;
    expect(by('server-1')).toBeGreaterThan(0);
    expect(by('server-2')).toBeGreaterThan(0);
    expect(by('server-1') + by('server-2')).toBe(300);
  }, 60_000);

  it('send no more updates a minute between them than one server may', async () => {
    const app = await testApp();
    await insertVerifiedRows(app.db, 60);
    await app.db.updateTable('signatures').set({ updates: 1 }).execute();
    const update = await writeUpdate(app, openLetter, { title_en: 'News', body_en: 'News.', title_cy: 'Newyddion', body_cy: 'Newyddion.' }, campaigner);
    expect(await sendUpdate(app, update.id, campaigner)).toBe(60);
    const one = { ...app.senderDeps, mailer: slow(app.senderDeps.mailer, 10) };
    const two = otherServer(app, slow(app.senderDeps.mailer, 10));

    await Promise.all([drain(one, 10), drain(two, 10), drain(one, 10), drain(two, 10)]);
    expect(app.smtp.inbox).toHaveLength(10);

    app.clock.advance(60_001);
    await Promise.all([drain(one, 10), drain(two, 10)]);
    expect(app.smtp.inbox).toHaveLength(20);
    expect(new Set(app.smtp.inbox.map((m) => m.to_address)).size).toBe(20);
  });
});

describe('when a server dies in the middle of sending', () => {
  /** A sender that hands its mail to SMTP and then stops for good, before it records anything. */
  const dying = (app: TestApp): SenderDeps =>
    otherServer(app, {
      send: async (m, note) => {
        await app.senderDeps.mailer.send(m, note);
        await new Promise(() => {});
      },
      close() {},
    });

  it('leaves its mail to another server once the lease runs out, not before, and that one sends it once more with the same Message-ID', async () => {
    const app = await testApp();
    await sign(app);
    void deliverDue(dying(app));
    const [first] = await app.smtp.waitFor(1);
    expect((await outbox(app))[0]).toMatchObject({ claimed_by: 'server-2', sent_at: null });

    expect(await app.sendMail()).toBe(0);
    app.clock.advance(claimMs - 1);
    expect(await app.sendMail()).toBe(0);
    app.clock.advance(1);
    expect(await app.sendMail()).toBe(1);
    await app.sendAllMail();

    const [, again] = app.smtp.inbox;
    expect(app.smtp.inbox).toHaveLength(2);
    expect(again?.to_address).toBe('sian@example.cymru');
    expect(again?.messageId).toBe(first?.messageId);
    expect((await outbox(app))[0]).toMatchObject({ claimed_by: 'server-1', attempts: 2, last_error: null });
    expect((await outbox(app))[0]?.sent_at).not.toBeNull();
  });

  it('cannot undo, when it wakes late, the claim of the server that took its mail over', async () => {
    const app = await testApp();
    await sign(app);
    let wake!: () => void;
    const late: Mailer = {
      send: () => new Promise((_, reject) => (wake = () => reject(Object.assign(new Error('Try again later'), { responseCode: 451 })))),
      close() {},
    };
    const stalled = deliverDue(otherServer(app, late));
    await expect.poll(() => wake).toBeDefined();

    app.clock.advance(claimMs);
    // This server has claimed the mail and is still sending it when the late one reports.
    let release!: () => void;
    const holding = new Promise<void>((r) => (release = r));
    const held: Mailer = {
      send: async (m, note) => {
        await holding;
        await app.senderDeps.mailer.send(m, note);
      },
      close() {},
    };
    const sending = deliverDue({ ...app.senderDeps, mailer: held });
    await expect.poll(async () => (await outbox(app))[0]?.claimed_by).toBe('server-1');
    const lease = (await outbox(app))[0]?.next_attempt_at;
    wake();
    await stalled;
    expect((await outbox(app))[0]).toMatchObject({ claimed_by: 'server-1', next_attempt_at: lease, last_error: null });

    release();
    await sending;
    expect(app.smtp.inbox).toHaveLength(1);
    expect((await outbox(app))[0]?.sent_at).not.toBeNull();
  });
});

describe('the Message-ID', () => {
  it('comes from the outbox row: one of its own for every mail, with no address or token in it', async () => {
    const app = await testApp();
    await sign(app, { email: 'one@example.org' });
    await sign(app, { email: 'two@example.org' });
    await app.sendAllMail();
    const ids = app.smtp.inbox.map((m) => m.messageId);
    const rows = await outbox(app);
    expect(ids).toEqual(rows.map((r) => expect.stringMatching(new RegExp(`^<outbox-${r.id}\\.[0-9a-z]+@llofnod\\.test>$`))));
    expect(new Set(ids).size).toBe(2);
  });

  it('is the same when the row is sent again after an attempt whose answer was lost', async () => {
    const app = await testApp();
    await sign(app);
    // The mail server took the mail, but the connection dropped before its "250 OK" came back.
    const lost: Mailer = {
      send: async (m, note) => {
        await app.senderDeps.mailer.send(m, note);
        throw new Error('Connection closed unexpectedly');
      },
      close() {},
    };
    await deliverDue({ ...app.senderDeps, mailer: lost });
    app.clock.advance(30_000);
    await app.sendMail();
    const [first, again] = app.smtp.inbox;
    expect(app.smtp.inbox).toHaveLength(2);
    expect(again?.messageId).toBe(first?.messageId);
  });
});
