import { describe, expect, it } from 'vitest';
import { openLetter, testApp } from '../../helpers/app.ts';
import { type TestApp, lastMailTo, pendingSignature, sign, verifiedSignature } from '../../helpers/signatures.ts';
import { tokenIn } from '../../helpers/smtp.ts';

const withdrawWith = (app: TestApp, token: string) => app.post('/api/signatures/withdraw', { token });
const letter = async (app: TestApp) => (await (await app.get(`/api/letters/${openLetter}`)).json()).counts;
const list = async (app: TestApp) => (await (await app.get(`/api/letters/${openLetter}/signatories`)).json()).items;
const csv = async (app: TestApp) => (await app.get(`/api/letters/${openLetter}/signatories.csv`)).text();

describe('POST /api/signatures/withdraw', () => {
  describe('for a confirmed signature', () => {
    it('takes it out of the counts, the list and the CSV, and leaves the others', async () => {
      const app = await testApp();
      await verifiedSignature(app, { email: 'stays@example.org', name: 'Gareth Stays', country: 'GB-ENG', area: undefined });
      const leaving = await verifiedSignature(app, { email: 'goes@example.org', name: 'Nia Goes' });
      expect((await letter(app)).total).toBe(2);

      const res = await withdrawWith(app, leaving.withdraw);
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ status: 'withdrawn', letter: openLetter });

      expect(await letter(app)).toEqual({ total: 1, individuals: 1, organisations: 0, by_country: { 'GB-ENG': 1 } });
      expect((await list(app)).map((i: { name: string }) => i.name)).toEqual(['Gareth Stays']);
      expect(await csv(app)).not.toContain('Nia Goes');
      const row = await app.db.selectFrom('signatures').selectAll().where('email', '=', 'goes@example.org').executeTakeFirstOrThrow();
      expect(row).toMatchObject({ state: 'withdrawn', withdrawn_at: '2026-11-22T10:00:00.000Z' });
    });

    it('makes every earlier link stop working', async () => {
      const app = await testApp();
      const s = await verifiedSignature(app);
      await sign(app); // an "already signed" notice: another withdraw link
      const notice = await lastMailTo(app, s.body.email);
      await withdrawWith(app, s.withdraw);
      expect((await withdrawWith(app, s.withdraw)).status).toBe(409);
      expect((await withdrawWith(app, tokenIn(notice, 'withdraw'))).status).toBe(409);
      expect((await app.post('/api/signatures/confirm', { token: s.confirm })).status).toBe(409);
    });
  });

  describe('for a signature that was never confirmed', () => {
    it('withdraws it, the old confirm link no longer works, and nothing was ever counted', async () => {
      const app = await testApp();
      const s = await pendingSignature(app);
      expect((await withdrawWith(app, s.withdraw)).status).toBe(200);
      const confirmed = await app.post('/api/signatures/confirm', { token: s.confirm });
      expect(confirmed.status).toBe(409);
      expect(await letter(app)).toEqual({ total: 0, individuals: 0, organisations: 0, by_country: {} });
      expect(await list(app)).toEqual([]);
    });

    it('sends no confirmation still waiting in the outbox', async () => {
      const app = await testApp();
      const s = await pendingSignature(app);
      await sign(app); // a second confirmation, queued
      await withdrawWith(app, s.withdraw);
      await app.sendAllMail();
      expect(app.smtp.inbox).toHaveLength(1);
    });
  });

  describe('then signing again', () => {
    it('starts a new pending signature that counts only once confirmed', async () => {
      const app = await testApp();
      const first = await verifiedSignature(app);
      await withdrawWith(app, first.withdraw);
      const again = await pendingSignature(app);
      expect(await app.db.selectFrom('signatures').select('state').execute()).toEqual([{ state: 'pending' }]);
      expect((await letter(app)).total).toBe(0);
      expect((await app.post('/api/signatures/confirm', { token: again.confirm })).status).toBe(200);
      expect((await letter(app)).total).toBe(1);
      expect(await list(app)).toHaveLength(1);
    });
  });

  describe('with a token that is unknown', () => {
    it('answers 404 and changes nothing', async () => {
      const app = await testApp();
      await verifiedSignature(app);
      expect((await withdrawWith(app, 'B'.repeat(43))).status).toBe(404);
      expect((await letter(app)).total).toBe(1);
    });
  });
});
