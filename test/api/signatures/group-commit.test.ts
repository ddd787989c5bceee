import { describe, expect, it, vi } from 'vitest';
import { aSigner, openLetter, testApp } from '../../helpers/app.ts';
import { countedDirectly, countersNow } from '../../helpers/counts.ts';
import { pendingSignature, type TestApp } from '../../helpers/signatures.ts';
import { refuseInserts } from '../../helpers/sql.ts';

const signer = (i: number, overrides: Record<string, unknown> = {}) =>
  aSigner({ name: `Crowd Signer ${i}`, email: `crowd-${i}@example.org`, country: i % 3 ? 'GB-WLS' : 'US', area: i % 3 ? 'W06000015' : undefined, ...overrides });

/** Counts the transactions the app opens from now on: one per batch, however many people are in it. */
function countTransactions(app: TestApp) {
  const spy = vi.spyOn(app.db, 'transaction');
  return () => spy.mock.calls.length;
}

describe('a crowd signing at the same moment', () => {
  it('is written in a few transactions, not one each, and every 202 is a stored row with its mail', async () => {
    const app = await testApp();
    const transactions = countTransactions(app);
    const answers = await Promise.all(Array.from({ length: 60 }, (_, i) => app.post(`/api/letters/${openLetter}/signatures`, signer(i))));
    expect(answers.map((a) => a.status)).toEqual(Array(60).fill(202));
    expect(transactions()).toBeLessThan(10);
    expect(await app.rowCount('signatures')).toBe(60);
    expect(await app.rowCount('outbox')).toBe(60);
  });

  it('keeps one row for a person who signs twice in the same batch, and gives both the same answer', async () => {
    const app = await testApp();
    const bodies = [...Array.from({ length: 20 }, (_, i) => signer(i)), signer(3), signer(7, { email: 'CROWD-7@example.org' })];
    const answers = await Promise.all(bodies.map((b) => app.post(`/api/letters/${openLetter}/signatures`, b)));
    expect(new Set(await Promise.all(answers.map(async (a) => `${a.status} ${await a.text()}`)))).toEqual(new Set(['202 {"status":"pending"}']));
    expect(await app.rowCount('signatures')).toBe(20);
  });

  it('fails only the one row the database refuses: the others in its batch are stored and answered 202', async () => {
    const app = await testApp();
    await refuseInserts(app.db, 'signatures', 'disk full for this row', { whenName: 'Crowd Signer 5' });
    const answers = await Promise.all(Array.from({ length: 12 }, (_, i) => app.post(`/api/letters/${openLetter}/signatures`, signer(i))));
    expect(answers.map((a) => a.status)).toEqual(Array.from({ length: 12 }, (_, i) => (i === 5 ? 500 : 202)));
    const stored = await app.db.selectFrom('signatures').select('name').execute();
    expect(stored.map((r) => r.name).sort()).toEqual(Array.from({ length: 12 }, (_, i) => `Crowd Signer ${i}`).filter((n) => n !== 'Crowd Signer 5').sort());
    // Nothing half-stored: no mail waits for the row that was refused.
    expect(await app.rowCount('outbox')).toBe(11);
  });
});

describe('a crowd confirming and withdrawing at the same moment', () => {
  it('moves the counters once per batch and leaves them equal to a recount', async () => {
    const app = await testApp();
    const people = [];
    for (let i = 0; i < 30; i++) people.push(await pendingSignature(app, signer(i)));
    const transactions = countTransactions(app);
    const confirmed = await Promise.all(people.map((p) => app.post('/api/signatures/confirm', { token: p.confirm })));
    expect(confirmed.map((r) => r.status)).toEqual(Array(30).fill(200));
    expect(transactions()).toBeLessThan(10);
    expect(await countersNow(app)).toEqual(await countedDirectly(app));
    expect((await countersNow(app)).total).toBe(30);

    // Some leave while others confirm a second time (a link pressed twice): each counted once, or not at all.
    const again = await Promise.all([
      ...people.slice(0, 10).map((p) => app.post('/api/signatures/withdraw', { token: p.withdraw })),
      ...people.slice(5, 15).map((p) => app.post('/api/signatures/confirm', { token: p.confirm })),
    ]);
    expect(again.slice(0, 10).map((r) => r.status)).toEqual(Array(10).fill(200));
    expect(await countersNow(app)).toEqual(await countedDirectly(app));
    expect((await countersNow(app)).total).toBe(20);
  });

  it('answers a spent link with its own error and still confirms the others in its batch', async () => {
    const app = await testApp();
    const [a, b] = [await pendingSignature(app, signer(1)), await pendingSignature(app, signer(2))];
    const answers = await Promise.all([
      app.post('/api/signatures/confirm', { token: a.confirm }),
      app.post('/api/signatures/confirm', { token: 'not-a-real-token-at-all-not-a-real-token-xx' }),
      app.post('/api/signatures/confirm', { token: b.confirm }),
    ]);
    expect(answers.map((r) => r.status)).toEqual([200, 404, 200]);
    expect((await countersNow(app)).total).toBe(2);
  });
});
