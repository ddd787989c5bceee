import { describe, expect, it } from 'vitest';
import { aSigner, openLetter, testApp } from '../../helpers/app.ts';
import { type TestApp, mailsTo, pendingSignature, verifiedSignature, withdrawnSignature } from '../../helpers/signatures.ts';

const path = `/api/letters/${openLetter}/signatures`;
const day = 24 * 60 * 60 * 1000;

/** Everything a caller can see of an answer. */
async function seen(res: Response) {
  return { status: res.status, type: res.headers.get('content-type'), body: await res.text() };
}

const signAgain = async (app: TestApp, overrides: Record<string, unknown> = {}) => seen(await app.post(path, aSigner(overrides)));

describe('POST /api/letters/:slug/signatures', () => {
  describe('when the email has already signed', () => {
    it('answers exactly as the first time, whatever state the signature is in', async () => {
      const app = await testApp();
      const first = await signAgain(app, { email: 'new@example.org' });
      expect(first).toEqual({ status: 202, type: 'application/json', body: '{"status":"pending"}' });

      await pendingSignature(app, { email: 'pending@example.org' });
      await verifiedSignature(app, { email: 'verified@example.org' });
      await withdrawnSignature(app, { email: 'withdrawn@example.org' });
      for (const email of ['new@example.org', 'pending@example.org', 'verified@example.org', 'withdrawn@example.org']) {
        expect(await signAgain(app, { email })).toEqual(first);
      }
    });

    it.each([
      ['differently cased', 'Sian.Jones@Example.ORG', 'sian.jones@example.org'],
      ['with a +tag', 'sian.jones+letters@example.org', 'sian.jones@example.org'],
      ['gmail dots', 's.i.a.n.jones@gmail.com', 'sianjones@gmail.com'],
      ['googlemail, dots, +tag and capitals', 'Sian.Jones+wales@GoogleMail.com', 'sianjones@gmail.com'],
    ])('treats an address %s as the same signer (one row)', async (_, first, second) => {
      const app = await testApp();
      const a = await signAgain(app, { email: first });
      const b = await signAgain(app, { email: second, name: 'Somebody Else' });
      expect(b).toEqual(a);
      const rows = await app.db.selectFrom('signatures').select(['email', 'name']).execute();
      expect(rows).toEqual([{ email: first, name: 'Siân Ŵyn Roberts' }]);
    });

    it('keeps one row and at most 3 mails when 20 sign with it at the same moment', async () => {
      const app = await testApp();
      const answers = await Promise.all(Array.from({ length: 20 }, () => signAgain(app)));
      expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBe(1);
      expect(answers[0]?.status).toBe(202);
      expect(await app.rowCount('signatures')).toBe(1);
      expect(await app.rowCount('outbox')).toBe(3);
    });

    it('keeps different people apart', async () => {
      const app = await testApp();
      for (const email of ['sian@example.org', 'sian@example.com', 'sian.jones@example.org', 'sianjones@example.org']) {
        await signAgain(app, { email });
      }
      expect(await app.rowCount('signatures')).toBe(4);
    });

    it('counts a confirmed signer once however often they sign', async () => {
      const app = await testApp();
      await verifiedSignature(app);
      for (let i = 0; i < 3; i++) await signAgain(app);
      expect((await (await app.get(`/api/letters/${openLetter}`)).json()).counts.total).toBe(1);
      expect(await app.rowCount('signatures')).toBe(1);
    });
  });

  describe('when the signature is confirmed already', () => {
    it('mails the address (as first typed) an "already signed" notice with a way to withdraw', async () => {
      const app = await testApp();
      await verifiedSignature(app, { email: 'sian@example.org' });
      await signAgain(app, { email: 'SIAN+again@example.org' });
      await app.sendAllMail();
      const mails = mailsTo(app, 'sian@example.org');
      expect(mails).toHaveLength(2);
      const notice = mails[1]!;
      expect(notice.subject).toMatch(/already signed/i);
      expect(notice.text).not.toMatch(/\/confirm\//);
      expect(notice.text).toMatch(/\/withdraw\/[\w-]{43}/);
      expect(mailsTo(app, 'SIAN+again@example.org')).toHaveLength(0);
    });
  });

  describe('when the signature is still pending', () => {
    it('mails a fresh confirmation, and either link confirms', async () => {
      const app = await testApp();
      const first = await pendingSignature(app);
      const second = await pendingSignature(app);
      expect(second.confirm).not.toBe(first.confirm);
      expect(mailsTo(app, 'sian@example.cymru').map((m) => m.subject)).toEqual([
        'Confirm your signature: Make co-production count in Wales',
        'Confirm your signature: Make co-production count in Wales',
      ]);
      expect((await app.post('/api/signatures/confirm', { token: second.confirm })).status).toBe(200);
      expect((await (await app.get(`/api/letters/${openLetter}`)).json()).counts.total).toBe(1);
    });
  });

  describe('when someone types the address again and again', () => {
    it('sends the mailbox at most 3 mails in 24 hours, even after 20 attempts', async () => {
      const app = await testApp();
      for (let i = 0; i < 20; i++) {
        expect((await signAgain(app)).status).toBe(202);
        app.clock.advance(60_000);
      }
      await app.sendAllMail();
      expect(mailsTo(app, 'sian@example.cymru')).toHaveLength(3);
      expect(await app.rowCount('outbox')).toBe(3);
    });

    it('caps the notices to a confirmed signer the same way, counting the confirmation mail', async () => {
      const app = await testApp();
      await verifiedSignature(app);
      for (let i = 0; i < 20; i++) await signAgain(app);
      await app.sendAllMail();
      expect(mailsTo(app, 'sian@example.cymru').map((m) => m.subject?.split(':')[0])).toEqual([
        'Confirm your signature',
        'You have already signed',
        'You have already signed',
      ]);
    });

    it('lets another mail go once 24 hours have passed since the first', async () => {
      const app = await testApp();
      for (let i = 0; i < 3; i++) await signAgain(app);
      app.clock.advance(day - 1);
      await signAgain(app);
      await app.sendAllMail();
      expect(mailsTo(app, 'sian@example.cymru')).toHaveLength(3);

      app.clock.advance(1);
      await signAgain(app);
      await app.sendAllMail();
      expect(mailsTo(app, 'sian@example.cymru')).toHaveLength(4);
    });

    it('caps each signer on their own', async () => {
      const app = await testApp();
      for (let i = 0; i < 5; i++) await signAgain(app, { email: 'one@example.org' });
      await signAgain(app, { email: 'two@example.org' });
      await app.sendAllMail();
      expect(mailsTo(app, 'one@example.org')).toHaveLength(3);
      expect(mailsTo(app, 'two@example.org')).toHaveLength(1);
    });
  });

  describe('when the signer withdrew and signs again', () => {
    it('starts a new pending signature with what was typed this time, confirmed by a new link', async () => {
      const app = await testApp();
      const old = await withdrawnSignature(app, { name: 'Old Name', country: 'GB-WLS' });
      const again = await pendingSignature(app, { name: 'New Name', country: 'GB-SCT', area: undefined });
      const row = await app.db.selectFrom('signatures').selectAll().executeTakeFirstOrThrow();
      expect(row).toMatchObject({ state: 'pending', name: 'New Name', country: 'GB-SCT', area: null, verified_at: null, withdrawn_at: null });
      expect(await app.rowCount('signatures')).toBe(1);

      expect((await app.post('/api/signatures/confirm', { token: old.confirm })).status).toBe(409);
      expect((await app.post('/api/signatures/confirm', { token: again.confirm })).status).toBe(200);
      const { counts } = await (await app.get(`/api/letters/${openLetter}`)).json();
      expect(counts).toEqual({ total: 1, individuals: 1, organisations: 0, by_country: { 'GB-SCT': 1 } });
    });
  });
});
