import { describe, expect, it } from 'vitest';
import { latestAudit } from '../../../api/admin/audit.repository.ts';
import { letterLife } from '../../../api/admin/letter-life.service.ts';
import * as countersMigration from '../../../api/db/migrations/2026-11-27-counters.ts';
import { closeEarly, reopen } from '../../../api/letters/letter-override.service.ts';
import { setPaused } from '../../../api/settings/pause.service.ts';
import { aSigner, asOrganisation, closedLetter, openLetter, testApp } from '../../helpers/app.ts';
import { type TestApp, lastMailTo, pendingSignature, sign, verifiedSignature, withdrawnSignature } from '../../helpers/signatures.ts';
import { tokenIn } from '../../helpers/smtp.ts';
import { aSupportLetter, postSupport } from '../../helpers/support.ts';

const campaigner = 'gwen@ymgyrch.cymru';
const letterOf = (app: TestApp, slug = openLetter) => app.letters.get(slug)!;
const summary = async (app: TestApp) => (await app.get(`/api/letters/${openLetter}`)).json();
const listed = async (app: TestApp) =>
  ((await (await app.get('/api/letters')).json()).letters as { slug: string; status: string }[]).find((l) => l.slug === openLetter);

describe('closing signing early', () => {
  it('stops signing (409 letter_closed) and letters of support, shows closed in the API, and is audited', async () => {
    const app = await testApp();
    expect(await closeEarly(app, letterOf(app), campaigner)).toBe('closed');

    const signing = await app.post(`/api/letters/${openLetter}/signatures`, aSigner());
    expect(signing.status).toBe(409);
    expect(await signing.json()).toMatchObject({ error: { code: 'letter_closed' } });
    const support = await postSupport(app, aSupportLetter());
    expect(support.status).toBe(409);
    expect(await support.json()).toMatchObject({ error: { code: 'letter_closed' } });
    expect(await app.rowCount('signatures')).toBe(0);

    expect(await summary(app)).toMatchObject({ status: 'closed', closed_early: true, closed_at: '2026-11-22T10:00:00.000Z', closes: '2027-01-31' });
    expect((await listed(app))?.status).toBe('closed');
    const [entry] = await latestAudit(app.db, 1);
    expect(entry).toMatchObject({ actor: campaigner, action: 'letter.closed_early', subject_type: 'letter', subject_id: openLetter });
  });

  it('lets a signature given before the close still be confirmed', async () => {
    const app = await testApp();
    const pending = await pendingSignature(app);
    await closeEarly(app, letterOf(app), campaigner);
    expect((await app.post('/api/signatures/confirm', { token: pending.confirm })).status).toBe(200);
    expect((await summary(app)).counts.total).toBe(1);
  });

  it('does nothing to a letter that is not open, and nothing twice', async () => {
    const app = await testApp();
    expect(await closeEarly(app, letterOf(app, closedLetter), campaigner)).toBe('not_open');
    expect(await closeEarly(app, letterOf(app), campaigner)).toBe('closed');
    expect(await closeEarly(app, letterOf(app), campaigner)).toBe('not_open');
    expect((await latestAudit(app.db, 10)).filter((e) => e.action === 'letter.closed_early')).toHaveLength(1);
  });
});

describe('reopening', () => {
  it('restores signing and letters of support, and is audited with the close it undid', async () => {
    const app = await testApp();
    await closeEarly(app, letterOf(app), campaigner);
    app.clock.advance(60_000);
    expect(await reopen(app, letterOf(app), 'dafydd@ymgyrch.cymru')).toBe('reopened');
    expect(await summary(app)).toMatchObject({ status: 'open', closed_early: false, closed_at: null });
    await sign(app);
    expect((await postSupport(app, aSupportLetter())).status).toBe(202);
    const [entry] = await latestAudit(app.db, 1);
    expect(entry).toMatchObject({ actor: 'dafydd@ymgyrch.cymru', action: 'letter.reopened', subject_id: openLetter });
    expect(JSON.parse(entry!.detail ?? '{}')).toEqual({ closed_at: '2026-11-22T10:00:00.000Z', closed_by: campaigner });
  });

  it('cannot open a letter after its closes date: it stays closed early, on the record', async () => {
    const app = await testApp();
    await closeEarly(app, letterOf(app), campaigner);
    app.clock.advance(90 * 24 * 3600_000); // past 31 January 2027
    expect(await reopen(app, letterOf(app), campaigner)).toBe('past_close');
    expect(await summary(app)).toMatchObject({ status: 'closed', closed_early: true });
    expect((await app.post(`/api/letters/${openLetter}/signatures`, aSigner())).status).toBe(409);
    expect((await latestAudit(app.db, 1))[0]?.action).toBe('letter.closed_early');
  });

  it('says so when there was no early close to undo', async () => {
    const app = await testApp();
    expect(await reopen(app, letterOf(app), campaigner)).toBe('not_closed_early');
  });
});

describe('the site-wide pause', () => {
  it('stops signing, confirming and letters of support with 503 paused, in the reader’s language; unpausing restores them', async () => {
    const app = await testApp();
    const pending = await pendingSignature(app, { email: 'before@example.org' });
    const supportRes = await postSupport(app, aSupportLetter());
    const supportToken = tokenIn(await lastMailTo(app, aSupportLetter().email), 'support/confirm');
    expect(supportRes.status).toBe(202);

    expect(await setPaused(app, true, campaigner)).toBe(true);
    const signing = await app.post(`/api/letters/${openLetter}/signatures`, aSigner({ email: 'during@example.org' }), { 'accept-language': 'cy' });
    expect(signing.status).toBe(503);
    expect(signing.headers.get('retry-after')).toBe('300');
    const body = await signing.json();
    expect(body.error.code).toBe('paused');
    expect(body.error.message).toContain('oedi');
    expect((await app.post('/api/signatures/confirm', { token: pending.confirm })).status).toBe(503);
    expect((await postSupport(app, aSupportLetter({ email: 'other@example.org' }))).status).toBe(503);
    expect((await app.post('/api/support/confirm', { token: supportToken })).status).toBe(503);
    // Nothing was kept or changed; the letter itself is still open.
    expect(await app.db.selectFrom('signatures').select('state').execute()).toEqual([{ state: 'pending' }]);
    expect(await app.db.selectFrom('support_letters').select('state').execute()).toEqual([{ state: 'pending' }]);
    expect((await summary(app)).status).toBe('open');

    expect(await setPaused(app, false, campaigner)).toBe(true);
    // The same links work once the pause is over.
    expect((await app.post('/api/signatures/confirm', { token: pending.confirm })).status).toBe(200);
    expect((await app.post('/api/support/confirm', { token: supportToken })).status).toBe(200);
    await sign(app, { email: 'after@example.org' });

    const actions = (await latestAudit(app.db, 10)).map((e) => e.action);
    expect(actions.slice(0, 2)).toEqual(['site.unpaused', 'site.paused']);
  });

  it('still lets a signer withdraw', async () => {
    const app = await testApp();
    const s = await verifiedSignature(app);
    await setPaused(app, true, campaigner);
    expect((await app.post('/api/signatures/withdraw', { token: s.withdraw })).status).toBe(200);
  });

  it('records nothing when set to what it already is', async () => {
    const app = await testApp();
    expect(await setPaused(app, false, campaigner)).toBe(false);
    expect(await setPaused(app, true, campaigner)).toBe(true);
    expect(await setPaused(app, true, campaigner)).toBe(false);
    expect((await latestAudit(app.db, 10)).filter((e) => e.action.startsWith('site.'))).toHaveLength(1);
  });

  it('is read from the database, so another server sees it within its short cache', async () => {
    const app = await testApp();
    await sign(app, { email: 'first@example.org' }); // this process has read the setting (not paused)
    // Another server writes the setting: this process learns it once its copy is older than the cache.
    await app.db.insertInto('settings').values({ key: 'paused', value: 'true', updated_at: app.clock().toISOString(), updated_by: campaigner }).execute();
    await new Promise((r) => setTimeout(r, 1600));
    expect((await app.post(`/api/letters/${openLetter}/signatures`, aSigner())).status).toBe(503);
  });
});

describe('the letter’s figures and signatures per day', () => {
  it('agree with the database after signing, confirming and withdrawing', async () => {
    // 22 November 2026 09:00 UTC is 09:00 in Wales (GMT).
    const app = await testApp({ now: '2026-11-22T09:00:00Z' });
    await verifiedSignature(app, { email: 'a@example.org' });
    await verifiedSignature(app, asOrganisation('Cyngor Gwynedd', 'clerc@gwynedd.llyw.cymru', { website: 'https://www.gwynedd.llyw.cymru/' }));
    await pendingSignature(app, { email: 'pending@example.org' });
    app.clock.advance(2 * 24 * 3600_000); // 24 November
    await verifiedSignature(app, { email: 'b@example.org' });
    await withdrawnSignature(app, { email: 'c@example.org' });
    // An organisation whose domain does not match waits for a campaigner: confirmed, not counted.
    await verifiedSignature(app, asOrganisation('Elusen', 'someone@gmail.com', { website: 'https://www.elusen.cymru/' }));

    const life = await letterLife(app, openLetter);
    expect(life.figures).toEqual({ verified: 3, organisations: 1, individuals: 2, pending: 1, withdrawn: 1 });
    expect(life.daily).toEqual([
      { date: '2026-11-22', n: 2 },
      { date: '2026-11-23', n: 0 },
      { date: '2026-11-24', n: 1 },
    ]);
    // Against the rows themselves.
    const rows = await app.db.selectFrom('signatures').select(['state', 'kind', 'authority']).where('letter', '=', openLetter).execute();
    const counted = rows.filter((r) => r.state === 'verified' && (r.kind === 'individual' || r.authority === 'domain_match'));
    expect(life.daily.reduce((s, d) => s + d.n, 0)).toBe(counted.length);
    expect(life.figures.pending).toBe(rows.filter((r) => r.state === 'pending').length);
    expect(life.figures.withdrawn).toBe(rows.filter((r) => r.state === 'withdrawn').length);
    expect(life.figures.verified).toBe((await summary(app)).counts.total);
  });

  it('puts each signature on its day in Wales, across midnight and the clocks changing, when counted from rows signed before the day counters', async () => {
    const app = await testApp();
    const at = (iso: string, i: number) => ({
      ...{ letter: openLetter, state: 'verified' as const, kind: 'individual' as const, name: `R${i}`, search_name: `r${i}` },
      ...{ email: `r${i}@example.org`, email_key: `r${i}@example.org`, organisation: null, role: null, place: null },
      ...{ country: 'GB-WLS', area: null, comment: null, show_name: 1, updates: 0, locale: 'en' as const, source: 'web' as const },
      ...{ created_at: iso, verified_at: iso, withdrawn_at: null },
    });
    const times = [
      '2026-10-01T22:59:59.000Z', // 23:59:59 BST on 1 October
      '2026-10-01T23:00:00.000Z', // 00:00 BST on 2 October
      '2026-10-24T23:30:00.000Z', // 00:30 BST on 25 October, the day the clocks go back
      '2026-10-25T23:30:00.000Z', // 23:30 GMT on 25 October
      '2026-10-26T00:00:00.000Z', // 00:00 GMT on 26 October
    ];
    await app.db.insertInto('signatures').values(times.map(at)).execute();
    // The migration that brought the day counters in fills them from the rows already there.
    await countersMigration.down(app.db);
    await countersMigration.up(app.db);
    const { daily } = await letterLife(app, openLetter);
    const nonZero = daily.filter((d) => d.n > 0);
    expect(nonZero).toEqual([
      { date: '2026-10-01', n: 1 },
      { date: '2026-10-02', n: 1 },
      { date: '2026-10-25', n: 2 },
      { date: '2026-10-26', n: 1 },
    ]);
    expect(daily).toHaveLength(26);
  });

  it('is empty for a letter nobody has signed', async () => {
    const app = await testApp();
    expect((await letterLife(app, openLetter)).daily).toEqual([]);
  });
});
