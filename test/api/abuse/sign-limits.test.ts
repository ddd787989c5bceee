import { describe, expect, it } from 'vitest';
import { eraseSignature } from '../../../api/admin/data-request.service.ts';
import { parseRange } from '../../../api/abuse/client-address.ts';
import { aSigner, openLetter, racingServer, testApp } from '../../helpers/app.ts';
import { countersNow } from '../../helpers/counts.ts';
import type { TestApp } from '../../helpers/signatures.ts';

type Server = Pick<TestApp, 'api'>;

/** A signature sent over a socket from `address`, as @hono/node-server hands the request to the API. */
const signFrom = (server: Server, address: string, email: string, headers: Record<string, string> = {}) =>
  server.api.request(
    `/api/letters/${openLetter}/signatures`,
    { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(aSigner({ email })) },
    { incoming: { socket: { remoteAddress: address } } },
  );

const states = async (app: TestApp) =>
  Object.fromEntries((await app.db.selectFrom('signatures').select(['email', 'state', 'flag']).execute()).map((r) => [r.email, r.flag ? `${r.state} (${r.flag})` : r.state]));

describe('one network signing a letter again and again', () => {
  it('gets the same 202 every time, but only its first signature in a minute is mailed; the rest wait, uncounted, for review', async () => {
    const app = await testApp();
    const answers = [];
    for (const email of ['one@example.org', 'two@example.org', 'three@example.org']) answers.push(await signFrom(app, '198.51.100.7', email));
    expect(await Promise.all(answers.map(async (r) => `${r.status} ${await r.text()}`))).toEqual(Array(3).fill('202 {"status":"pending"}'));
    expect(await states(app)).toEqual({ 'one@example.org': 'pending', 'two@example.org': 'fraudulent (rate_limit)', 'three@example.org': 'fraudulent (rate_limit)' });
    await app.sendAllMail();
    expect(app.smtp.inbox.map((m) => m.to_address)).toEqual(['one@example.org']);
    expect((await countersNow(app)).total).toBe(0);
  });

  it('may sign again once the minute has passed', async () => {
    const app = await testApp();
    await signFrom(app, '198.51.100.7', 'first@example.org');
    app.clock.advance(61_000);
    await signFrom(app, '198.51.100.7', 'second@example.org');
    expect(Object.values(await states(app))).toEqual(['pending', 'pending']);
  });

  it('is held to its sustained limit too: with 3 a minute allowed, still no more than 5 in five minutes', async () => {
    const app = await testApp({ abuse: { burst: { count: 3, seconds: 60 }, sustained: { count: 5, seconds: 300 } } });
    const flagged = [];
    for (let i = 0; i < 7; i++) {
      await signFrom(app, '198.51.100.7', `signer${i}@example.org`);
      flagged.push((await states(app))[`signer${i}@example.org`] !== 'pending');
      app.clock.advance(30_000);
    }
    // One every 30 s: the sixth and the seventh have five before them in their last five minutes.
    expect(flagged).toEqual([false, false, false, false, false, true, true]);
  });

  it('counts an IPv6 household by its /64, and another /64 apart', async () => {
    const app = await testApp();
    await signFrom(app, '2001:db8:1:2::10', 'a@example.org');
    await signFrom(app, '2001:db8:1:2:ffff::99', 'b@example.org');
    await signFrom(app, '2001:db8:1:3::10', 'c@example.org');
    expect(await states(app)).toEqual({ 'a@example.org': 'pending', 'b@example.org': 'fraudulent (rate_limit)', 'c@example.org': 'pending' });
  });

  it('is never limited from an allowed range: a campaign stall signing people up', async () => {
    const app = await testApp({ abuse: { allow: [parseRange('192.0.2.0/24')!] } });
    for (let i = 0; i < 4; i++) await signFrom(app, '192.0.2.15', `stall${i}@example.org`);
    expect(Object.values(await states(app))).toEqual(Array(4).fill('pending'));
  });

  it('cannot escape its limit by claiming another address in X-Forwarded-For when no proxy is trusted', async () => {
    const app = await testApp();
    await signFrom(app, '198.51.100.7', 'first@example.org', { 'x-forwarded-for': '203.0.113.1' });
    await signFrom(app, '198.51.100.7', 'second@example.org', { 'x-forwarded-for': '203.0.113.2' });
    expect((await states(app))['second@example.org']).toBe('fraudulent (rate_limit)');
  });

  it('never lets the address out: not in the answer, the list or the CSV', async () => {
    const app = await testApp();
    const answer = await signFrom(app, '198.51.100.77', 'private@example.org');
    expect(await answer.text()).not.toContain('198.51.100.77');
    const row = await app.db.selectFrom('signatures').select(['client_address', 'client_network']).executeTakeFirstOrThrow();
    expect(row).toEqual({ client_address: '198.51.100.77', client_network: '198.51.100.77' });
  });

  it('is erased with the rest of the signature when a campaigner erases it', async () => {
    const app = await testApp();
    await signFrom(app, '198.51.100.77', 'forget-me@example.org');
    const { id } = await app.db.selectFrom('signatures').select('id').executeTakeFirstOrThrow();
    await eraseSignature(app, id, 'gwen@ymgyrch.cymru', 'Asked to be forgotten', { withdraw: true, support: false });
    const row = await app.db.selectFrom('signatures').select(['client_address', 'client_network']).executeTakeFirstOrThrow();
    expect(row).toEqual({ client_address: null, client_network: null });
  });

  it('holds across two servers taking the same network’s signatures at once', async () => {
    const app = await testApp();
    const other = racingServer(app);
    const answers = await Promise.all(Array.from({ length: 8 }, (_, i) => signFrom(i % 2 ? other : app, '198.51.100.7', `crowd${i}@example.org`)));
    expect(answers.map((r) => r.status)).toEqual(Array(8).fill(202));
    const pending = Object.values(await states(app)).filter((s) => s === 'pending');
    expect(pending).toHaveLength(1);
  });
});
