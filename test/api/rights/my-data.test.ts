import { currentConsentVersion, currentNoticeVersion } from '../../../api/privacy/privacy.versions.ts';
import { describe, expect, it } from 'vitest';
import { readCounts } from '../../../api/counts/counter.repository.ts';
import { TokenInvalidError } from '../../../api/errors.ts';
import { describeErasure, eraseMe, selfActor } from '../../../api/rights/erase-me.service.ts';
import type { HeldData } from '../../../api/rights/held-data.ts';
import { eraseLinkHours, requestMyData, rightsMailsPerHour } from '../../../api/rights/rights-request.service.ts';
import { aSigner, closedLetter, openLetter, testApp } from '../../helpers/app.ts';
import { type TestApp, lastMailTo, mailsTo } from '../../helpers/signatures.ts';
import type { CaughtMail } from '../../helpers/smtp.ts';
import { tokenIn } from '../../helpers/smtp.ts';
import { awaitingSupport } from '../../helpers/support.ts';

const sian = 'Sian.Roberts@example.cymru';
const hourMs = 60 * 60 * 1000;

/** Signs through the API in a language (the form's, as Accept-Language carries it) and confirms with the mailed link. */
async function signedAndConfirmed(app: TestApp, slug: string, lang: 'en' | 'cy', overrides: Record<string, unknown> = {}) {
  const body = aSigner({ email: sian, ...overrides });
  expect((await app.post(`/api/letters/${slug}/signatures`, body, { 'accept-language': lang })).status).toBe(202);
  const confirmed = await app.post('/api/signatures/confirm', { token: tokenIn(await lastMailTo(app, sian), 'confirm') });
  expect(confirmed.status).toBe(200);
}

/** Siân signed the 2025 letter in English, then this year's in Welsh, and wrote a letter of support. */
async function siansHistory() {
  const app = await testApp({ now: '2025-04-01T10:00:00Z' });
  await signedAndConfirmed(app, closedLetter, 'en', { name: 'Siân Roberts' });
  app.clock.advance(Date.parse('2026-11-22T10:00:00Z') - Date.parse('2025-04-01T10:00:00Z'));
  await signedAndConfirmed(app, openLetter, 'cy', { name: 'Siân Ŵyn Roberts', updates: true });
  await awaitingSupport(app, { email: sian, author_name: 'Dr Siân Roberts' });
  return app;
}

const copyIn = (mail: CaughtMail): HeldData => {
  const file = mail.attachments.find((a) => a.filename === 'my-data.json');
  expect(file?.contentType).toBe('application/json');
  return JSON.parse(file!.content.toString('utf8'));
};

const linkTo = (mail: CaughtMail, kind: 'withdraw' | 'my-data/erase') => [...(mail.text ?? '').matchAll(new RegExp(`https?://\\S+/${kind}/([A-Za-z0-9_-]+)`, 'g'))].map((m) => m[1]!);

async function countedNow(app: TestApp) {
  return (await readCounts(app.db, openLetter)).total;
}

describe('a person asks what is held about them', () => {
  it('gets, in the language they asked in, a readable summary and a JSON copy of every signature and letter of support under their address', async () => {
    const app = await siansHistory();
    // Another form of the same address finds the same person, as the workspace's search does.
    await requestMyData(app.deps, { email: 'sian.roberts+copi@example.cymru' }, 'cy');
    const mail = await lastMailTo(app, 'sian.roberts+copi@example.cymru');
    expect(mail.subject).toBe('Beth sydd gan Llofnod amdanoch chi');
    expect(mail.text).toContain('Gwneud i gyd-gynhyrchu gyfrif yng Nghymru');
    expect(mail.text).toContain('Rhoi cyd-gynhyrchu wrth galon gwasanaethau cyhoeddus');
    expect(mail.text).toContain('Dr Siân Roberts');

    const copy = copyIn(mail);
    expect(copy.signatures.map((s) => [s.letter.slug, s.name, s.language, s.state])).toEqual([
      [closedLetter, 'Siân Roberts', 'en', 'verified'],
      [openLetter, 'Siân Ŵyn Roberts', 'cy', 'verified'],
    ]);
    expect(copy.signatures[1]?.letter.title).toEqual({ en: 'Make co-production count in Wales', cy: 'Gwneud i gyd-gynhyrchu gyfrif yng Nghymru' });
    expect(copy.signatures[1]?.updates).toEqual({ wanted: true, agreedAt: expect.any(String), stoppedAt: null });
    // What they agreed to: the versions of the wording and of the privacy notice they were shown, and when.
    expect(copy.signatures[1]?.consent).toEqual({ wordingVersion: currentConsentVersion, privacyNoticeVersion: currentNoticeVersion, at: expect.any(String) });
    expect(copy.signatures[0]).toMatchObject({ email: sian, comment: 'Services work when we build them together.', place: 'Aberystwyth' });
    expect(copy.supportLetters).toMatchObject([{ authorName: 'Dr Siân Roberts', state: 'awaiting_approval', letter: { slug: openLetter } }]);

    await requestMyData(app.deps, { email: sian }, 'en');
    const english = await lastMailTo(app, sian);
    expect(english.subject).toBe('What Llofnod holds about you');
    expect(english.text).toContain('“Make co-production count in Wales”: signed as Siân Ŵyn Roberts');
    expect(copyIn(english).signatures).toHaveLength(2);
  });

  it('does the same thing, and sends the same kind of answer, for an address it holds nothing under', async () => {
    const app = await siansHistory();
    const before = await app.rowCount('outbox');
    await requestMyData(app.deps, { email: 'nobody@example.org' }, 'en');
    expect(await app.rowCount('outbox')).toBe(before + 1);
    const mail = await lastMailTo(app, 'nobody@example.org');
    expect(mail.subject).toBe('Llofnod holds nothing under this address');
    expect(mail.attachments).toEqual([]);
    expect(mail.text).not.toMatch(/erase|withdraw\//);
  });

  it('refuses only a malformed address, in the page’s language', async () => {
    const app = await testApp();
    await expect(requestMyData(app.deps, { email: 'not an address' }, 'cy')).rejects.toMatchObject({ name: 'InvalidInputError' });
    expect(await app.rowCount('outbox')).toBe(0);
  });

  it('sends no more than a few answers an hour to one address, in any form of it, and more once the hour has passed', async () => {
    const app = await siansHistory();
    const before = mailsTo(app, sian).length;
    for (let i = 0; i < rightsMailsPerHour + 2; i++) await requestMyData(app.deps, { email: i % 2 ? sian : sian.toLowerCase() }, 'en');
    await app.sendAllMail();
    const mails = app.smtp.inbox.filter((m) => m.to_address.toLowerCase() === sian.toLowerCase()).length;
    expect(mails - before).toBe(rightsMailsPerHour);
    app.clock.advance(hourMs + 1);
    await requestMyData(app.deps, { email: sian }, 'en');
    expect(copyIn(await lastMailTo(app, sian)).signatures).toHaveLength(2);
  });
});

describe('a withdraw link that expired', () => {
  it('is asked for again the same way: the answer carries a new one for each signature that stands, and it works', async () => {
    const app = await siansHistory();
    app.clock.advance(8 * 24 * hourMs);
    await requestMyData(app.deps, { email: sian }, 'en');
    const mail = await lastMailTo(app, sian);
    const links = linkTo(mail, 'withdraw');
    expect(links).toHaveLength(2);
    const counted = await countedNow(app);
    const withdrawn = await app.post('/api/signatures/withdraw', { token: links[1] });
    expect(withdrawn.status).toBe(200);
    expect(await countedNow(app)).toBe(counted - 1);
    // A signature already withdrawn gets no link the next time.
    await requestMyData(app.deps, { email: sian }, 'en');
    expect(linkTo(await lastMailTo(app, sian), 'withdraw')).toHaveLength(1);
  });
});

describe('the erase-me link', () => {
  it('shows what it would erase without erasing; used, erases everything under the address, audited as the signer; once only', async () => {
    const app = await siansHistory();
    await requestMyData(app.deps, { email: sian }, 'cy');
    const [erase] = linkTo(await lastMailTo(app, sian), 'my-data/erase');
    const counted = await countedNow(app);

    const preview = await describeErasure(app.deps, erase!);
    expect(preview).toEqual({ signatures: [{ letter: closedLetter, counted: true }, { letter: openLetter, counted: true }], supportLetters: 1, comments: 0, publicationRequests: 0, networkMembership: false });
    expect(await app.db.selectFrom('signatures').select('name').where('email', '=', sian).execute()).toHaveLength(2);

    await eraseMe(app.deps, erase!, { withdraw: false });
    const rows = await app.db.selectFrom('signatures').selectAll().execute();
    expect(rows.map((r) => [r.name, r.email, r.comment, r.client_address, r.state])).toEqual([
      ['', '', null, null, 'verified'],
      ['', '', null, null, 'verified'],
    ]);
    expect(await app.db.selectFrom('support_letters').selectAll().execute()).toEqual([]);
    // As in the workspace, erasing keeps the count true unless the person also withdraws.
    expect(await countedNow(app)).toBe(counted);
    const audit = await app.db.selectFrom('audit_log').selectAll().where('action', '=', 'data.erased').execute();
    expect(audit.map((a) => a.actor)).toEqual([selfActor, selfActor, selfActor]);
    expect(JSON.stringify(audit)).not.toMatch(/Siân|sian|example\.cymru/i);
    expect(JSON.stringify(await app.db.selectFrom('rights_requests').selectAll().execute())).not.toMatch(/sian/i);

    await expect(eraseMe(app.deps, erase!, { withdraw: false })).rejects.toMatchObject({ reason: 'used' });
    await expect(describeErasure(app.deps, erase!)).rejects.toBeInstanceOf(TokenInvalidError);
  });

  it('takes the signatures out of the counts too when the person ticks it', async () => {
    const app = await siansHistory();
    await requestMyData(app.deps, { email: sian }, 'en');
    const [erase] = linkTo(await lastMailTo(app, sian), 'my-data/erase');
    const counted = await countedNow(app);
    await eraseMe(app.deps, erase!, { withdraw: true });
    expect(await countedNow(app)).toBe(counted - 1);
    expect((await app.db.selectFrom('signatures').select('state').execute()).map((r) => r.state)).toEqual(['withdrawn', 'withdrawn']);
  });

  it('stops working once its hours have passed', async () => {
    const app = await siansHistory();
    await requestMyData(app.deps, { email: sian }, 'en');
    const [erase] = linkTo(await lastMailTo(app, sian), 'my-data/erase');
    app.clock.advance(eraseLinkHours * hourMs);
    await expect(describeErasure(app.deps, erase!)).rejects.toMatchObject({ reason: 'expired' });
    await expect(eraseMe(app.deps, erase!, { withdraw: false })).rejects.toMatchObject({ reason: 'expired' });
    expect(await app.db.selectFrom('signatures').select('name').where('email', '=', sian).execute()).toHaveLength(2);
  });
});
