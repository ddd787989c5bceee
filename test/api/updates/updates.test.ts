import { describe, expect, it } from 'vitest';
import { adminEmails, closedLetter, openLetter, origin, testApp } from '../../helpers/app.ts';
import { insertVerifiedRows, mailsTo, pendingSignature, sign, verifiedSignature, withdrawnSignature, type TestApp } from '../../helpers/signatures.ts';
import { type CaughtMail, headerOf, tokenIn } from '../../helpers/smtp.ts';
import { campaigner, signInToken } from '../admin/admin.helpers.ts';
import { signIn } from '../../../api/admin/sign-in.service.ts';
import { deliverDue } from '../../../api/mail/sender.ts';
import { describeUnsubscribe, unsubscribe } from '../../../api/updates/unsubscribe.service.ts';
import { publishedUpdates, sendTestUpdate, sendUpdate, writeUpdate } from '../../../api/updates/update.service.ts';
import { InvalidInputError, TokenInvalidError } from '../../../api/errors.ts';

const words = {
  title_en: 'We delivered the letter',
  body_en: 'We handed the letter to the First Minister today.\n\nThank you <all> for signing.',
  title_cy: "Rydym wedi cyflwyno'r llythyr",
  body_cy: "Rhoesom y llythyr i'r Prif Weinidog heddiw.\n\nDiolch i chi gyd am lofnodi.",
};

/** A header as it was sent (mailparser reads List-* headers into objects). */
const welshTitle = "Gwneud i gyd-gynhyrchu gyfrif yng Nghymru";

const write = (app: TestApp, overrides: Record<string, unknown> = {}) => writeUpdate(app, openLetter, { ...words, ...overrides }, campaigner);
const updateMails = (app: TestApp) => app.smtp.inbox.filter((m) => /delivered the letter|cyflwyno'r llythyr/.test(m.subject ?? ''));

describe('an update to the signers of a letter', () => {
  it('reaches only the opted-in, verified, not-withdrawn, not-unsubscribed signers, once each, in their language', async () => {
    const app = await testApp();
    await verifiedSignature(app, { email: 'yes@example.org', name: 'Ann Yes', updates: true });
    await verifiedSignature(app, { email: 'cymraeg@example.org', name: 'Nia Gymraeg', updates: true });
    await app.db.updateTable('signatures').set({ locale: 'cy' }).where('email', '=', 'cymraeg@example.org').execute();
    await verifiedSignature(app, { email: 'no@example.org', name: 'Bob No', updates: false });
    await pendingSignature(app, { email: 'pending@example.org', updates: true });
    await withdrawnSignature(app, { email: 'gone@example.org', updates: true });
    // A signer of another letter who asked for updates: not this letter's update.
    await insertVerifiedRows(app.db, 1);
    await app.db.updateTable('signatures').set({ letter: closedLetter, updates: 1 }).where('email', '=', 'r0@example.org').execute();
    app.smtp.reset();

    const update = await write(app);
    expect(await sendUpdate(app, update.id, campaigner)).toBe(2);
    // A double click, or a second campaigner: nobody is mailed twice.
    expect(await sendUpdate(app, update.id, campaigner)).toBe(0);
    await app.sendAllMail();
    await app.sendAllMail();

    const mails = updateMails(app);
    expect(mails.map((m) => m.to_address).sort()).toEqual(['cymraeg@example.org', 'yes@example.org']);

    const en = mails.find((m) => m.to_address === 'yes@example.org')!;
    expect(en.subject).toBe('We delivered the letter – Make co-production count in Wales');
    expect(en.text).toContain('Dear Ann Yes,');
    expect(en.text).toContain('Thank you <all> for signing.');
    expect(String(en.html)).toContain('Thank you &lt;all&gt; for signing.');
    expect(en.text).toContain(`${origin}/letters/${openLetter}`);
    const unsubscribeUrl = new RegExp(`^${origin}/unsubscribe/[A-Za-z0-9_-]{43}$`);
    expect(headerOf(en, 'list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    const inHeader = /^<([^>]+)>$/.exec(headerOf(en, 'list-unsubscribe'))?.[1] ?? '';
    expect(inHeader).toMatch(unsubscribeUrl);
    // The same link is visible in the body.
    expect(en.text).toContain(inHeader);
    expect(String(en.html)).toContain(`href="${inHeader}"`);

    const cy = mails.find((m) => m.to_address === 'cymraeg@example.org')!;
    expect(cy.subject).toBe(`Rydym wedi cyflwyno'r llythyr – ${welshTitle}`);
    expect(cy.text).toContain("Diolch i chi gyd am lofnodi.");
    expect(cy.text).not.toContain('Thank you');
    expect(String(cy.html)).toContain('<html lang="cy">');
    expect(cy.text).toContain(`${origin}/cy/letters/${openLetter}`);
    expect(headerOf(cy, 'list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    expect(/^<([^>]+)>$/.exec(headerOf(cy, 'list-unsubscribe'))?.[1]).toMatch(
      new RegExp(`^${origin}/cy/unsubscribe/[A-Za-z0-9_-]{43}$`),
    );

    // Published on the letter once sent; the audit log has the writing and the sending.
    expect((await publishedUpdates(app.db, openLetter)).map((u) => u.id)).toEqual([update.id]);
    const audit = await app.db.selectFrom('audit_log').select(['action', 'actor', 'subject_id']).orderBy('id').execute();
    expect(audit.filter((a) => a.action.startsWith('update.'))).toEqual([
      { action: 'update.written', actor: campaigner, subject_id: String(update.id) },
      { action: 'update.sent', actor: campaigner, subject_id: String(update.id) },
      { action: 'update.sent', actor: campaigner, subject_id: String(update.id) },
    ]);
  });

  it('is not published, nor mailed, until it is sent', async () => {
    const app = await testApp();
    await verifiedSignature(app, { updates: true });
    app.smtp.reset();
    await write(app);
    await app.sendAllMail();
    expect(updateMails(app)).toEqual([]);
    expect(await publishedUpdates(app.db, openLetter)).toEqual([]);
  });

  it('refuses a missing or over-long title or body in either language, naming the field', async () => {
    const app = await testApp();
    const refused = await write(app, { title_cy: '  ', body_en: 'x'.repeat(10_001) }).catch((e) => e);
    expect(refused).toBeInstanceOf(InvalidInputError);
    expect(Object.keys(refused.problems).sort()).toEqual(['body_en', 'title_cy']);
    expect(await app.db.selectFrom('updates').selectAll().execute()).toEqual([]);
  });
});

describe('a test send', () => {
  it('goes only to the campaigner, in both languages, and is audited', async () => {
    const app = await testApp();
    await verifiedSignature(app, { updates: true });
    const token = await signInToken(app);
    await signIn(app, adminEmails, token);
    app.smtp.reset();
    const update = await write(app);
    await sendTestUpdate(app, update.id, 'Gwen@Ymgyrch.Cymru');
    await app.sendAllMail();
    expect(app.smtp.inbox.map((m) => m.to_address)).toEqual([campaigner]);
    const mail = app.smtp.inbox[0]!;
    expect(mail.subject).toBe('[Test] We delivered the letter');
    expect(mail.text).toContain('Thank you <all> for signing.');
    expect(mail.text).toContain('Diolch i chi gyd am lofnodi.');
    expect(mail.text).not.toMatch(/\/unsubscribe\//);
    expect(await publishedUpdates(app.db, openLetter)).toEqual([]);
    const audit = await app.db.selectFrom('audit_log').select('action').where('action', '=', 'update.test_sent').execute();
    expect(audit).toHaveLength(1);
  });
});

describe('unsubscribing', () => {
  async function unsubscribeLink(app: TestApp) {
    await verifiedSignature(app, { email: 'leaving@example.org', updates: true });
    const update = await write(app);
    await sendUpdate(app, update.id, campaigner);
    await app.sendAllMail();
    return tokenIn(mailsTo(app, 'leaving@example.org').at(-1)!, 'unsubscribe');
  }
  const wants = async (app: TestApp) =>
    (await app.db.selectFrom('signatures').select(['updates', 'unsubscribed_at']).where('email', '=', 'leaving@example.org').executeTakeFirstOrThrow());

  it('looking at the link changes nothing; using it stops updates at once, and a later update skips them', async () => {
    const app = await testApp();
    const token = await unsubscribeLink(app);
    expect((await describeUnsubscribe(app, token)).letter.slug).toBe(openLetter);
    expect(await wants(app)).toEqual({ updates: 1, unsubscribed_at: null });

    await unsubscribe(app, token);
    expect(await wants(app)).toEqual({ updates: 0, unsubscribed_at: '2026-11-22T10:00:00.000Z' });
    // The link keeps working (a second press is harmless), and still says which letter.
    app.clock.advance(30 * 86_400_000);
    await unsubscribe(app, token);
    expect(await wants(app)).toEqual({ updates: 0, unsubscribed_at: '2026-11-22T10:00:00.000Z' });

    app.smtp.reset();
    const later = await write(app, { title_en: 'Another update' });
    expect(await sendUpdate(app, later.id, campaigner)).toBe(0);
    await app.sendAllMail();
    expect(app.smtp.inbox).toEqual([]);
  });

  it('stops an update already queued for them', async () => {
    const app = await testApp();
    const token = await unsubscribeLink(app);
    const next = await write(app, { title_en: 'Queued update' });
    await sendUpdate(app, next.id, campaigner);
    await unsubscribe(app, token);
    app.smtp.reset();
    await app.sendAllMail();
    expect(app.smtp.inbox).toEqual([]);
  });

  it('refuses an unknown token, or a confirm token, as unknown', async () => {
    const app = await testApp();
    const s = await pendingSignature(app, { updates: true });
    for (const bad of ['x'.repeat(43), s.confirm, s.withdraw, 'short']) {
      const e = await unsubscribe(app, bad).catch((err) => err);
      expect(e).toBeInstanceOf(TokenInvalidError);
      expect(e.reason).toBe('unknown');
    }
  });
});

describe('the rate of updates', () => {
  it('sends at most the cap a minute, and a confirmation enqueued after a 1,000-recipient update goes out in the next batch', async () => {
    const app = await testApp();
    await insertVerifiedRows(app.db, 1000);
    await app.db.updateTable('signatures').set({ updates: 1 }).execute();
    const update = await write(app);
    expect(await sendUpdate(app, update.id, campaigner)).toBe(1000);

    await sign(app, { email: 'new-signer@example.org' });
    const looked = await deliverDue(app.senderDeps, 20, 30);
    expect(looked).toBe(20);
    expect(mailsTo(app, 'new-signer@example.org').map((m) => m.subject)).toEqual(['Confirm your signature: Make co-production count in Wales']);

    // Within the same minute no more than 30 updates go, however often the sender runs.
    for (let i = 0; i < 5; i++) await deliverDue(app.senderDeps, 20, 30);
    expect(updateMails(app)).toHaveLength(30);
    // A minute later, the next ones.
    app.clock.advance(61_000);
    await deliverDue(app.senderDeps, 20, 30);
    expect(updateMails(app)).toHaveLength(50);
  }, 30_000);
});
