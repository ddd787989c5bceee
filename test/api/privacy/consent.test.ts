import { describe, expect, it } from 'vitest';
import { consentVersions, currentConsentVersion, currentNoticeVersion, noticeVersions } from '../../../api/privacy/privacy.versions.ts';
import { issueUnsubscribeToken, unsubscribe } from '../../../api/updates/unsubscribe.service.ts';
import { aSigner, openLetter, testApp } from '../../helpers/app.ts';
import { lastMailTo, sign, verifiedSignature, type TestApp } from '../../helpers/signatures.ts';
import { tokenIn } from '../../helpers/smtp.ts';
import { aSupportLetter, postSupport } from '../../helpers/support.ts';

const signaturePath = `/api/letters/${openLetter}/signatures`;
const consentOf = (app: TestApp, email: string) =>
  app.db
    .selectFrom('signatures')
    .select(['consent_version', 'notice_version', 'consented_at', 'updates', 'updates_consented_at', 'unsubscribed_at'])
    .where('email', '=', email)
    .executeTakeFirstOrThrow();

describe('what a signer agreed to, and when', () => {
  it('records the versions their form showed and the time they signed', async () => {
    const app = await testApp({ now: '2026-12-07T09:30:00Z' });
    await sign(app, { email: 'elin@example.cymru', consent_version: currentConsentVersion, notice_version: currentNoticeVersion });
    expect(await consentOf(app, 'elin@example.cymru')).toMatchObject({
      consent_version: currentConsentVersion,
      notice_version: currentNoticeVersion,
      consented_at: '2026-12-07T09:30:00.000Z',
    });
  });

  it('records the current versions for an API caller that sends none (docs/api.md)', async () => {
    const app = await testApp({ now: '2026-12-07T09:30:00Z' });
    await sign(app, { email: 'bot-free@example.cymru' });
    expect(await consentOf(app, 'bot-free@example.cymru')).toMatchObject({ consent_version: consentVersions.at(-1), notice_version: noticeVersions.at(-1) });
  });

  it('records the opt-in to updates with its time, and keeps it after the signer stops them', async () => {
    const app = await testApp({ now: '2026-12-07T09:30:00Z' });
    await verifiedSignature(app, { email: 'news@example.cymru', updates: true });
    await sign(app, { email: 'quiet@example.cymru', updates: false });
    expect(await consentOf(app, 'news@example.cymru')).toMatchObject({ updates: 1, consent_version: currentConsentVersion, updates_consented_at: '2026-12-07T09:30:00.000Z' });
    expect(await consentOf(app, 'quiet@example.cymru')).toMatchObject({ updates: 0, updates_consented_at: null });

    const { id } = await app.db.selectFrom('signatures').select('id').where('email', '=', 'news@example.cymru').executeTakeFirstOrThrow();
    app.clock.advance(60_000);
    await unsubscribe(app, await issueUnsubscribeToken(app.db, id, app.clock()));
    expect(await consentOf(app, 'news@example.cymru')).toMatchObject({ updates: 0, updates_consented_at: '2026-12-07T09:30:00.000Z', unsubscribed_at: '2026-12-07T09:31:00.000Z' });
  });

  it('refuses a version this site never had, naming the field in the reader’s language, and keeps nothing', async () => {
    const app = await testApp();
    const res = await app.post(signaturePath, aSigner({ consent_version: '1999-01-01' }));
    expect(res.status).toBe(422);
    expect((await res.json()).error.fields).toEqual({ consent_version: 'This form is out of date: read the consent wording again, tick the box and send the form again' });

    const welsh = await app.post(signaturePath, aSigner({ notice_version: 'newest' }), { 'accept-language': 'cy' });
    expect(welsh.status).toBe(422);
    expect((await welsh.json()).error.fields.notice_version).toMatch(/^Mae'r ffurflen hon yn cyfeirio at hysbysiad preifatrwydd/);
    expect(await app.rowCount('signatures')).toBe(0);
    expect(await app.rowCount('outbox')).toBe(0);
  });
});

describe('what the author of a letter of support agreed to, and when', () => {
  it('records the versions their form showed and the time they sent it, through to confirmation', async () => {
    const app = await testApp({ now: '2026-12-07T11:00:00Z' });
    const fields = aSupportLetter({ consent_version: currentConsentVersion, notice_version: currentNoticeVersion });
    expect((await postSupport(app, fields)).status).toBe(202);
    app.clock.advance(3_600_000);
    const token = tokenIn(await lastMailTo(app, fields.email), 'support/confirm');
    expect((await app.post('/api/support/confirm', { token })).status).toBe(200);
    expect(await app.db.selectFrom('support_letters').select(['consent_version', 'notice_version', 'consented_at', 'state']).executeTakeFirstOrThrow()).toEqual({
      consent_version: currentConsentVersion,
      notice_version: currentNoticeVersion,
      // When they agreed, not when they confirmed their address.
      consented_at: '2026-12-07T11:00:00.000Z',
      state: 'awaiting_approval',
    });
  });

  it('refuses an unknown notice version and keeps neither the letter nor its mail', async () => {
    const app = await testApp();
    const res = await postSupport(app, aSupportLetter({ notice_version: '2001-01-01' }));
    expect(res.status).toBe(422);
    expect(Object.keys((await res.json()).error.fields)).toEqual(['notice_version']);
    expect(await app.db.selectFrom('support_letters').select('id').execute()).toEqual([]);
    expect(await app.rowCount('outbox')).toBe(0);
  });
});
