import { describe, expect, it } from 'vitest';
import { eraseSignature } from '../../../api/admin/data-request.service.ts';
import { dailyMailCap } from '../../../api/signatures/signature.service.ts';
import { aSigner, openLetter, racingServer, testApp } from '../../helpers/app.ts';
import { countedDirectly, countersNow } from '../../helpers/counts.ts';
import { mailsTo, pendingSignature, sign, type TestApp } from '../../helpers/signatures.ts';
import { tokenIn } from '../../helpers/smtp.ts';

/**
 * Two app servers behind a load balancer take requests about the same signature at the same
 * moment. On PostgreSQL their transactions overlap (READ COMMITTED), so each change to a
 * signature locks it before deciding on its state.
 */

const signers = 12;
const emailOf = (i: number) => `signer${i}@example.org`;

/** Every signer signed twice, so holds two confirmation links. */
async function twoLinksEach(app: TestApp) {
  for (let i = 0; i < signers; i++) {
    await sign(app, { email: emailOf(i) });
    await sign(app, { email: emailOf(i) });
  }
  await app.sendAllMail();
  return Array.from({ length: signers }, (_, i) => mailsTo(app, emailOf(i)).map((m) => tokenIn(m, 'confirm')));
}

async function expectCountersTrue(app: TestApp) {
  expect(await countersNow(app)).toEqual(await countedDirectly(app));
}

describe('a signature changed through two servers at once', () => {
  it('is counted once when its signer presses both confirmation links, one on each server', async () => {
    const app = await testApp();
    const other = racingServer(app);
    const links = await twoLinksEach(app);
    expect(links.every((l) => l.length === 2)).toBe(true);
    // The second server hears of the signers in the opposite order: its batch and the first
    // server's want the same signatures, and neither may end up waiting on the other.
    const answers = await Promise.all([
      ...links.map(([first]) => app.post('/api/signatures/confirm', { token: first })),
      ...links.toReversed().map(([, second]) => other.post('/api/signatures/confirm', { token: second })),
    ]);
    expect(answers.map((r) => r.status)).toEqual(answers.map(() => 200));
    await expectCountersTrue(app);
    expect((await countersNow(app)).total).toBe(signers);
  });

  it('keeps the counters equal to the rows when a signer confirms on one server and withdraws on the other', async () => {
    const app = await testApp();
    const other = racingServer(app);
    const links = [];
    for (let i = 0; i < signers; i++) links.push(await pendingSignature(app, { email: emailOf(i) }));
    await Promise.all(links.flatMap((s) => [app.post('/api/signatures/confirm', { token: s.confirm }), other.post('/api/signatures/withdraw', { token: s.withdraw })]));
    await expectCountersTrue(app);
    // Whichever came first, the withdrawal stands: nobody who withdrew is counted.
    expect((await countersNow(app)).total).toBe(0);
  });

  it('is taken out of the counters once when a campaigner erases it with withdrawal as its signer withdraws', async () => {
    const app = await testApp();
    const other = racingServer(app);
    const links = [];
    for (let i = 0; i < signers; i++) {
      const s = await pendingSignature(app, { email: emailOf(i) });
      expect((await app.post('/api/signatures/confirm', { token: s.confirm })).status).toBe(200);
      links.push(s);
    }
    const ids = await app.db.selectFrom('signatures').select('id').orderBy('id').execute();
    await Promise.all(
      links.flatMap((s, i) => [
        eraseSignature(app, ids[i]!.id, 'gwen@ymgyrch.cymru', 'Asked by email', { withdraw: true, support: false }),
        other.post('/api/signatures/withdraw', { token: s.withdraw }),
      ]),
    );
    await expectCountersTrue(app);
    expect((await countersNow(app)).total).toBe(0);
  });

  it(`mails an address at most ${dailyMailCap} times a day when it is typed in on both servers at once`, async () => {
    const app = await testApp();
    const other = racingServer(app);
    const body = aSigner({ email: 'typed@example.org' });
    const answers = await Promise.all(Array.from({ length: 8 }, (_, i) => (i % 2 ? other : app).post(`/api/letters/${openLetter}/signatures`, body)));
    expect(answers.map((r) => r.status)).toEqual(answers.map(() => 202));
    expect(await app.rowCount('signatures')).toBe(1);
    expect(await app.rowCount('outbox')).toBe(dailyMailCap);
  });
});
