import { describe, expect, it } from 'vitest';
import { readBulkCriteria } from '../../../api/abuse/bulk.schema.ts';
import { decideBulk, previewBulk, undoInvalidation } from '../../../api/abuse/bulk.service.ts';
import { NotFoundError } from '../../../api/errors.ts';
import { readListVersion } from '../../../api/lists/list-version.ts';
import { openLetter, racingServer, testApp } from '../../helpers/app.ts';
import { confirmedFrom, noLimits, signFrom } from '../../helpers/abuse.ts';
import { countedDirectly, countersNow } from '../../helpers/counts.ts';
import { lastMailTo, mailsTo } from '../../helpers/signatures.ts';
import { tokenIn } from '../../helpers/smtp.ts';

const gwen = 'gwen@ymgyrch.cymru';
const criteria = (fields: Record<string, string>) => {
  const read = readBulkCriteria(fields);
  if (!('criteria' in read)) throw new Error(JSON.stringify(read.problems));
  return { criteria: read.criteria };
};
const stateOf = async (app: Awaited<ReturnType<typeof testApp>>, email: string) =>
  (await app.db.selectFrom('signatures').select(['state', 'flag']).where('email', '=', email).executeTakeFirstOrThrow());

/** Two genuine signers, and a flood of four from one /24 (three confirmed, one not yet). */
async function floodedLetter() {
  const app = await testApp({ abuse: noLimits });
  await confirmedFrom(app, '198.51.100.20', { email: 'nia@example.cymru' });
  await confirmedFrom(app, '2001:db8:1::5', { email: 'rhys@example.org', country: 'GB-ENG', area: undefined });
  for (const [i, address] of ['203.0.113.5', '203.0.113.9', '203.0.113.200'].entries()) {
    await confirmedFrom(app, address, { email: `bot${i}@spam.example`, name: `Bot ${i}` });
  }
  await signFrom(app, '203.0.113.77', { email: 'bot-pending@spam.example' });
  return app;
}

describe('a campaigner invalidating a flood of fake signatures', () => {
  it('previews how many it takes and which counts fall, then takes exactly those out, audited, with every count still exact', async () => {
    const app = await floodedLetter();
    const flood = criteria({ range: '203.0.113.0/24' });
    expect(await previewBulk(app, openLetter, 'invalidate', flood)).toEqual({
      affected: 4,
      counted: 3,
      individuals: 3,
      organisations: 0,
      byCountry: [{ country: 'GB-WLS', n: 3 }],
    });
    const before = (await readListVersion(app.db, openLetter)).version;

    const decided = await decideBulk(app, { letter: openLetter, action: 'invalidate', choice: flood, expected: 4, by: gwen, reason: 'Names from a bot farm' });

    expect(decided.done).toBe(true);
    expect(await countersNow(app)).toEqual(await countedDirectly(app));
    expect((await countersNow(app)).total).toBe(2);
    expect(await stateOf(app, 'bot0@spam.example')).toEqual({ state: 'fraudulent', flag: 'invalidated' });
    expect(await stateOf(app, 'bot-pending@spam.example')).toEqual({ state: 'fraudulent', flag: 'invalidated' });
    expect(await stateOf(app, 'nia@example.cymru')).toEqual({ state: 'verified', flag: null });
    expect((await readListVersion(app.db, openLetter)).version).toBeGreaterThan(before);
    const list = await (await app.get(`/api/letters/${openLetter}/signatories`)).json();
    expect(list.items.map((s: { name: string }) => s.name).sort()).toEqual(['Siân Ŵyn Roberts', 'Siân Ŵyn Roberts']);

    const audit = await app.db.selectFrom('audit_log').select(['actor', 'detail']).where('action', '=', 'signatures.invalidated').executeTakeFirstOrThrow();
    expect(audit.actor).toBe(gwen);
    // Counts only: the range chosen by, an address, stays in the decision's own record.
    expect(JSON.parse(audit.detail!)).toEqual({ letter: openLetter, affected: 4, counted: 3, reason: 'Names from a bot farm' });
  });

  it('undoes it: the same set comes back as it was, counted again, and the pending one still waits for its signer', async () => {
    const app = await floodedLetter();
    const decided = await decideBulk(app, { letter: openLetter, action: 'invalidate', choice: criteria({ domain: 'spam.example' }), expected: 4, by: gwen, reason: 'Looked like a bot' });
    if (!decided.done) throw new Error('not decided');

    expect(await undoInvalidation(app, decided.id, 'dafydd@ymgyrch.cymru', 'A school’s real pupils')).toBe(4);

    expect((await countersNow(app)).total).toBe(5);
    expect(await countersNow(app)).toEqual(await countedDirectly(app));
    expect(await stateOf(app, 'bot1@spam.example')).toEqual({ state: 'verified', flag: null });
    expect(await stateOf(app, 'bot-pending@spam.example')).toEqual({ state: 'pending', flag: null });
    await expect(undoInvalidation(app, decided.id, gwen, 'Again')).rejects.toBeInstanceOf(NotFoundError);
    const entry = await app.db.selectFrom('audit_log').select('detail').where('action', '=', 'signatures.revalidated').executeTakeFirstOrThrow();
    expect(JSON.parse(entry.detail!)).toMatchObject({ restored: 4, counted: 3 });
  });

  it('leaves out of the undo a signature withdrawn since: its signer left, and stays gone', async () => {
    const app = await floodedLetter();
    const withdrawLink = tokenIn(mailsTo(app, 'bot2@spam.example')[0]!, 'withdraw');
    const decided = await decideBulk(app, { letter: openLetter, action: 'invalidate', choice: criteria({ domain: 'spam.example' }), expected: 4, by: gwen, reason: 'Bots' });
    if (!decided.done) throw new Error('not decided');
    expect((await app.post('/api/signatures/withdraw', { token: withdrawLink })).status).toBe(200);

    expect(await undoInvalidation(app, decided.id, gwen, 'Real after all')).toBe(3);
    expect(await stateOf(app, 'bot2@spam.example')).toMatchObject({ state: 'withdrawn' });
    expect(await countersNow(app)).toEqual(await countedDirectly(app));
  });

  it('keeps every count exact when the flood’s confirmations arrive at another server while it is invalidated', async () => {
    const app = await testApp({ abuse: noLimits });
    await confirmedFrom(app, '198.51.100.20', { email: 'nia@example.cymru' });
    const links: string[] = [];
    for (const i of Array.from({ length: 8 }, (_, n) => n)) {
      await signFrom(app, '203.0.113.5', { email: `bot${i}@spam.example` });
      links.push(tokenIn(await lastMailTo(app, `bot${i}@spam.example`), 'confirm'));
    }
    const other = racingServer(app);

    const [decided] = await Promise.all([
      decideBulk(app, { letter: openLetter, action: 'invalidate', choice: criteria({ domain: 'spam.example' }), expected: 8, by: gwen, reason: 'Bots' }),
      ...links.map((token) => other.post('/api/signatures/confirm', { token })),
    ]);

    expect(decided.done).toBe(true);
    expect(await countersNow(app)).toEqual(await countedDirectly(app));
    expect((await countersNow(app)).total).toBe(1);
  });

  it('chooses by when the signatures were made, in Welsh time, the end not included', async () => {
    const app = await testApp({ abuse: noLimits, now: '2026-11-22T10:00:00Z' });
    await confirmedFrom(app, '198.51.100.1', { email: 'early@example.org' });
    app.clock.advance(30 * 60_000);
    await confirmedFrom(app, '198.51.100.2', { email: 'in-window@example.org' });
    app.clock.advance(30 * 60_000);
    await confirmedFrom(app, '198.51.100.3', { email: 'at-the-end@example.org' });
    // 10:30 to 11:00 UTC is 10:30 to 11:00 in Wales in November (GMT).
    const window = criteria({ from: '2026-11-22T10:15', to: '2026-11-22T11:00' });
    expect((await previewBulk(app, openLetter, 'invalidate', window)).affected).toBe(1);
  });

  it('moves nothing when the set changed since the preview, and shows the set as it is now', async () => {
    const app = await floodedLetter();
    const flood = criteria({ range: '203.0.113.0/24' });
    await signFrom(app, '203.0.113.99', { email: 'bot-late@spam.example' });

    const decided = await decideBulk(app, { letter: openLetter, action: 'invalidate', choice: flood, expected: 4, by: gwen, reason: 'Bots' });

    expect(decided).toEqual({ done: false, preview: expect.objectContaining({ affected: 5 }) });
    expect((await countersNow(app)).total).toBe(5);
    expect(await app.db.selectFrom('bulk_actions').selectAll().execute()).toEqual([]);
  });
});

describe('a campaigner validating signatures the limits set aside', () => {
  it('sends each its confirmation at last; confirmed, they count', async () => {
    const app = await testApp();
    for (const i of [1, 2, 3]) expect((await signFrom(app, '192.0.2.44', { email: `pupil${i}@ysgol.example` })).status).toBe(202);
    expect(await stateOf(app, 'pupil2@ysgol.example')).toEqual({ state: 'fraudulent', flag: 'rate_limit' });
    const school = criteria({ range: '192.0.2.44' });
    expect(await previewBulk(app, openLetter, 'validate', school)).toMatchObject({ affected: 2, counted: 0 });

    const decided = await decideBulk(app, { letter: openLetter, action: 'validate', choice: school, expected: 2, by: gwen, reason: 'A class signing together' });

    expect(decided.done).toBe(true);
    const mail = await lastMailTo(app, 'pupil3@ysgol.example');
    expect((await app.post('/api/signatures/confirm', { token: tokenIn(mail, 'confirm') })).status).toBe(200);
    expect(await countersNow(app)).toMatchObject({ total: 1 });
    expect(await stateOf(app, 'pupil2@ysgol.example')).toEqual({ state: 'pending', flag: null });
  });

  it('does not bring back an invalidated signature by validating: only undoing its invalidation restores it as it was', async () => {
    const app = await floodedLetter();
    await decideBulk(app, { letter: openLetter, action: 'invalidate', choice: criteria({ domain: 'spam.example' }), expected: 4, by: gwen, reason: 'Bots' });
    expect((await previewBulk(app, openLetter, 'validate', criteria({ domain: 'spam.example' }))).affected).toBe(0);
  });
});

describe('the form choosing a set', () => {
  it('says what is wrong with each field', () => {
    expect(readBulkCriteria({ range: '203.0.113.0/33', domain: 'not a domain' })).toEqual({ problems: { range: 'range', domain: 'domain' } });
    expect(readBulkCriteria({ range: '', domain: '' })).toEqual({ problems: { range: 'nothing' } });
    expect(readBulkCriteria({ from: '2026-11-22T11:00', to: '2026-11-22T10:00' })).toEqual({ problems: { to: 'order' } });
    expect(readBulkCriteria({ from: 'yesterday' })).toEqual({ problems: { from: 'from' } });
  });

  it('takes an address, a range of either kind, and a domain however it was typed', () => {
    expect(readBulkCriteria({ range: ' 2001:db8::/48 ', domain: '@Spam.Example' })).toEqual({ criteria: { range: '2001:db8::/48', domain: 'spam.example' } });
  });
});
