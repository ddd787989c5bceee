import { sql } from 'kysely';
import { describe, expect, it, vi } from 'vitest';
import { log } from '../../../api/log/logger.ts';
import { deliverDue } from '../../../api/mail/sender.ts';
import { createMailer } from '../../../api/mail/transport.ts';
import { aSigner, openLetter, origin, testApp } from '../../helpers/app.ts';
import { freePort } from '../../../scripts/lib/net.ts';
import { type TestApp, lastMailTo, sign, verifiedSignature } from '../../helpers/signatures.ts';
import { refuseInserts } from '../../helpers/sql.ts';

const outbox = (app: TestApp) => app.db.selectFrom('outbox').selectAll().orderBy('id').execute();
const links = (s: string) => s.match(/https?:\/\/[^\s"'<>]+/g) ?? [];

describe('the confirmation mail', () => {
  it('has a text and an HTML part, each with exactly one PUBLIC_ORIGIN/confirm/<token> link and a withdraw link', async () => {
    const app = await testApp();
    await sign(app);
    const mail = await lastMailTo(app, 'sian@example.cymru');
    expect(mail.subject).toBe('Confirm your signature: Make co-production count in Wales');
    expect(mail.from?.value).toEqual([{ name: 'Llofnod', address: 'no-reply@llofnod.test' }]);
    expect(mail.headers.get('auto-submitted')).toBe('auto-generated');
    const text = mail.text ?? '';
    const html = typeof mail.html === 'string' ? mail.html : '';
    expect(text).not.toBe('');
    expect(html).toMatch(/^<!doctype html>/);

    const confirm = new RegExp(`${origin}/confirm/[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])`, 'g');
    expect(text.match(confirm)).toHaveLength(1);
    expect(html.match(confirm)).toHaveLength(1);
    expect(text.match(confirm)).toEqual(html.match(confirm));
    expect(links(text).filter((l) => l.includes('/confirm/'))).toHaveLength(1);
    expect(links(html).filter((l) => l.includes('/confirm/'))).toHaveLength(1);
    expect(text).toMatch(new RegExp(`${origin}/withdraw/[A-Za-z0-9_-]{43}`));
    expect(html).toMatch(new RegExp(`href="${origin}/withdraw/[A-Za-z0-9_-]{43}"`));
  });

  it('links only to PUBLIC_ORIGIN, whatever Host the request came with', async () => {
    const app = await testApp();
    await app.post(`/api/letters/${openLetter}/signatures`, aSigner(), { host: 'evil.example', 'x-forwarded-host': 'evil.example' });
    const mail = await lastMailTo(app, 'sian@example.cymru');
    const all = [...links(mail.text ?? ''), ...links(String(mail.html))];
    expect(all.length).toBeGreaterThanOrEqual(3);
    for (const link of all) expect(new URL(link).origin).toBe(origin);
  });

  it('shows what the signer typed as text in the HTML part', async () => {
    const app = await testApp();
    await sign(app, { name: '<img src=x onerror=alert(1)> Nia & "Co"' });
    const mail = await lastMailTo(app, 'sian@example.cymru');
    expect(String(mail.html)).toContain('Dear &lt;img src=x onerror=alert(1)&gt; Nia &amp; &quot;Co&quot;,');
    expect(String(mail.html)).not.toContain('<img');
    expect(mail.text).toContain('Dear <img src=x onerror=alert(1)> Nia & "Co",');
  });

  it('goes to the address as typed, not to the key that finds duplicates', async () => {
    const app = await testApp();
    await sign(app, { email: 'Sian.Jones+llofnod@Example.Cymru' });
    await app.sendAllMail();
    // (nodemailer lower-cases the domain, which is case-blind anyway)
    expect(app.smtp.inbox.map((m) => m.to_address)).toEqual(['Sian.Jones+llofnod@example.cymru']);
  });
});

describe('the outbox', () => {
  it('is written in the same transaction as the signature: when one fails, neither exists', async () => {
    const app = await testApp();
    const allowInserts = await refuseInserts(app.db, 'outbox', 'outbox is full');
    const error = vi.spyOn(log, 'error');
    const res = await app.post(`/api/letters/${openLetter}/signatures`, aSigner());
    expect(res.status).toBe(500);
    expect(await res.text()).not.toMatch(/outbox|sqlite|postgres|relation/i);
    expect(error).toHaveBeenCalled();
    error.mockRestore();
    expect(await app.rowCount('signatures')).toBe(0);
    expect(await app.rowCount('outbox')).toBe(0);

    await allowInserts();
    expect((await app.post(`/api/letters/${openLetter}/signatures`, aSigner())).status).toBe(202);
    expect(await app.rowCount('signatures')).toBe(1);
    expect(await app.rowCount('outbox')).toBe(1);
  });

  it('holds no mail body, address or token: only what to send and to whom by id', async () => {
    const app = await testApp();
    await sign(app);
    const [row] = await outbox(app);
    expect(Object.keys(row!).sort()).toEqual(['alert_id', 'attempts', 'claimed_by', 'comment_id', 'created_at', 'failed_at', 'id', 'kind', 'last_error', 'next_attempt_at', 'rights_request_id', 'sent_at', 'sign_in_id', 'signature_id', 'support_id', 'update_id']);
  });

  it('sends each mail once, even when two senders run at the same moment', async () => {
    const app = await testApp();
    for (let i = 0; i < 5; i++) await sign(app, { email: `s${i}@example.org` });
    await Promise.all([app.sendMail(), app.sendMail(), app.sendMail()]);
    expect(app.smtp.inbox).toHaveLength(5);
    expect(new Set(app.smtp.inbox.map((m) => m.to_address)).size).toBe(5);
    expect((await outbox(app)).every((m) => m.sent_at && m.attempts === 1)).toBe(true);
  });
});

describe('a mail that cannot be written', () => {
  it('does not hold up the others (its letter was taken out of content/ since)', async () => {
    const app = await testApp();
    await sign(app, { email: 'first@example.org' });
    await sql`update signatures set letter = 'renamed-letter'`.execute(app.db);
    await sign(app, { email: 'second@example.org' });
    const lines: string[] = [];
    await deliverDue({ ...app.senderDeps, log: (l) => lines.push(l) });
    expect(app.smtp.inbox.map((m) => m.to_address)).toEqual(['second@example.org']);
    const [stuck, sent] = await outbox(app);
    expect(sent?.sent_at).not.toBeNull();
    expect(stuck?.sent_at).toBeNull();
    expect(stuck?.last_error).toMatch(/not found/);
  });
});

describe('when the SMTP server refuses for now (4xx)', () => {
  it('retries later with growing waits, then delivers, and the link still works', async () => {
    const app = await testApp();
    const lines: string[] = [];
    const send = () => deliverDue({ ...app.senderDeps, log: (l) => lines.push(l) });
    await sign(app);
    app.smtp.rejectWith(451, 'Try again later, <sian@example.cymru> is over quota');

    await send();
    let [row] = await outbox(app);
    expect(row).toMatchObject({ attempts: 1, sent_at: null, failed_at: null, next_attempt_at: '2026-11-22T10:00:30.000Z' });
    expect(row?.last_error).toMatch(/451/);

    expect(await send()).toBe(0); // nothing is due until the wait is over
    app.clock.advance(30_000);
    await send();
    [row] = await outbox(app);
    expect(row).toMatchObject({ attempts: 2, failed_at: null, next_attempt_at: '2026-11-22T10:02:30.000Z' });

    app.smtp.accept();
    app.clock.advance(119_999);
    expect(await send()).toBe(0);
    app.clock.advance(1);
    await send();
    [row] = await outbox(app);
    expect(row).toMatchObject({ attempts: 3, sent_at: '2026-11-22T10:02:30.000Z', failed_at: null, last_error: null });
    expect(app.smtp.inbox).toHaveLength(1);

    const token = (app.smtp.inbox[0]!.text ?? '').match(/\/confirm\/([\w-]{43})/)?.[1];
    expect((await app.post('/api/signatures/confirm', { token })).status).toBe(200);

    // Neither the stored error nor a log line carries the address.
    expect(lines.join('\n')).toMatch(/retried/);
    expect(lines.join('\n')).not.toContain('@');
    expect(JSON.stringify(await outbox(app))).not.toContain('@');
  });

  it('gives up and marks the mail failed only after every retry over many hours', async () => {
    const app = await testApp();
    await sign(app);
    app.smtp.rejectWith(452, 'Insufficient system storage');
    const waits: number[] = [];
    for (let i = 0; i < 20; i++) {
      const before = app.clock().getTime();
      await app.sendMail();
      const [row] = await outbox(app);
      if (row?.failed_at) break;
      const wait = new Date(row!.next_attempt_at).getTime() - before;
      waits.push(wait);
      app.clock.advance(wait);
    }
    expect(waits).toEqual([30_000, 120_000, 600_000, 1_800_000, 3_600_000, 7_200_000, 14_400_000, 28_800_000]);
    const [row] = await outbox(app);
    expect(row).toMatchObject({ attempts: 9, sent_at: null });
    expect(row?.failed_at).not.toBeNull();
  });

  it('keeps the signature and its mail while the mail server is down altogether', async () => {
    const app = await testApp();
    const mailer = createMailer({ smtpUrl: `smtp://127.0.0.1:${await freePort()}`, mailFrom: 'Llofnod <no-reply@llofnod.test>', dataDir: app.dataDir });
    await sign(app);
    await deliverDue({ ...app.senderDeps, mailer });
    mailer.close();
    const [row] = await outbox(app);
    expect(row).toMatchObject({ attempts: 1, sent_at: null, failed_at: null });
    expect(row?.last_error).toMatch(/ECONNREFUSED|connect/i);

    app.clock.advance(30_000);
    await app.sendMail();
    expect(app.smtp.inbox).toHaveLength(1);
    expect(await app.rowCount('signatures')).toBe(1);
  });
});

describe('when the SMTP server refuses for good (5xx)', () => {
  it('marks the mail failed, never retries it, and keeps the address out of the error', async () => {
    const app = await testApp();
    await verifiedSignature(app, { email: 'other@example.org' });
    await sign(app);
    app.smtp.rejectWith(550, 'No such user <sian@example.cymru>');
    await app.sendMail();
    const row = (await outbox(app)).at(-1)!;
    expect(row).toMatchObject({ attempts: 1, sent_at: null, failed_at: '2026-11-22T10:00:00.000Z' });
    expect(row.last_error).toMatch(/550/);
    expect(row.last_error).not.toContain('@');

    app.smtp.accept();
    app.clock.advance(7 * 24 * 60 * 60 * 1000);
    expect(await app.sendMail()).toBe(0);
    expect(app.smtp.inbox.map((m) => m.to_address)).toEqual(['other@example.org']);
    // The signature itself stays, pending: a later attempt to sign queues a new mail.
    expect(await app.rowCount('signatures')).toBe(2);
  });
});
