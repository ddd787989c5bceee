import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { decideBulk } from '../../../api/abuse/bulk.service.ts';
import { approveSupport } from '../../../api/support/support.moderation.ts';
import { catalogueOf } from '../../../api/letters/letter.catalogue.ts';
import { applyImport, importColumns, planImport } from '../../../api/import/import.service.ts';
import { closeEarly } from '../../../api/letters/letter-override.service.ts';
import { approveOrganisation, awaitingApproval, rejectOrganisation } from '../../../api/organisations/organisation.service.ts';
import { readListVersion } from '../../../api/lists/list-version.ts';
import { readLastRun } from '../../../api/retention/retention.run.ts';
import { nextRunAt, sweepNow } from '../../../api/retention/retention.schedule.ts';
import { aSigner, asOrganisation, closedLetter, openLetter, testApp } from '../../helpers/app.ts';
import { countedDirectly, countersNow } from '../../helpers/counts.ts';
import { aPdf } from '../../helpers/pdf.ts';
import { type TestApp, insertVerifiedRows, lastMailTo, sign } from '../../helpers/signatures.ts';
import { tableNames } from '../../helpers/sql.ts';
import { tokenIn } from '../../helpers/smtp.ts';
import { aSupportLetter, awaitingSupport, postSupport } from '../../helpers/support.ts';

const day = 86_400_000;
const campaigner = 'gwen@ymgyrch.cymru';

/** Signs from an address of its own (so no limit sets it aside), as a browser would, and sends its mail. */
async function signFrom(app: TestApp, address: string, overrides: Record<string, unknown> = {}, slug = openLetter) {
  const body = aSigner(overrides);
  const res = await app.api.request(
    `/api/letters/${slug}/signatures`,
    { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) },
    { incoming: { socket: { remoteAddress: address } } },
  );
  expect(res.status).toBe(202);
  await app.sendAllMail();
  return body;
}

async function confirmed(app: TestApp, address: string, overrides: Record<string, unknown> = {}, slug = openLetter) {
  const body = await signFrom(app, address, overrides, slug);
  const res = await app.post('/api/signatures/confirm', { token: tokenIn(await lastMailTo(app, body.email), 'confirm') });
  expect(res.status).toBe(200);
  return body;
}

const rowOf = (app: TestApp, email: string) => app.db.selectFrom('signatures').selectAll().where('email', '=', email).executeTakeFirst();

/** Every row of every table, as text: "no address left" means none of them appears here. */
async function everyRow(app: TestApp): Promise<string> {
  let all = '';
  for (const name of await tableNames(app.db)) all += `${name}: ${JSON.stringify((await sql`select * from ${sql.table(name)}`.execute(app.db)).rows)}\n`;
  return all;
}

const uploadedFiles = (app: TestApp, kind: string) => {
  const dir = path.join(app.dataDir, 'uploads', kind);
  return fs.existsSync(dir) ? fs.readdirSync(dir) : [];
};

/** What anyone reads of a letter: its list, its CSV, its figures (but the time they were read). */
async function whatThePublicSees(app: TestApp, slug = openLetter) {
  const { as_of: _, ...stats } = await (await app.get(`/api/letters/${slug}/stats`)).json();
  return {
    list: await (await app.get(`/api/letters/${slug}/signatories`)).text(),
    csv: await (await app.get(`/api/letters/${slug}/signatories.csv`)).text(),
    stats,
    version: await readListVersion(app.db, slug),
  };
}

describe('the retention sweep: signatures never confirmed', () => {
  it('deletes one made 31 days ago with its tokens and mail, keeps one made 29 days ago, and moves no count', async () => {
    const app = await testApp();
    const counted = await confirmed(app, '198.51.100.1', { email: 'counted@example.org', name: 'Cyfrif Cadarn' });
    const old = await signFrom(app, '198.51.100.2', { email: 'never.confirmed@example.org' });
    app.clock.advance(2 * day);
    const recent = await signFrom(app, '198.51.100.3', { email: 'not.yet@example.org' });
    const oldRow = (await rowOf(app, old.email))!;
    expect(await app.db.selectFrom('tokens').select('id').where('signature_id', '=', oldRow.id).execute()).toHaveLength(2);
    const before = { counts: await countersNow(app), seen: await whatThePublicSees(app) };

    app.clock.advance(29 * day);
    const removed = await sweepNow(app);

    expect(await rowOf(app, old.email)).toBeUndefined();
    expect(await app.db.selectFrom('tokens').select('id').where('signature_id', '=', oldRow.id).execute()).toEqual([]);
    expect(await app.db.selectFrom('outbox').select('id').where('signature_id', '=', oldRow.id).execute()).toEqual([]);
    expect((await rowOf(app, recent.email))?.state).toBe('pending');
    expect((await rowOf(app, counted.email))?.state).toBe('verified');
    expect(removed).toMatchObject({ unconfirmed_signatures: 1, tokens: 2, mails: 1, signatures_erased: 0 });
    expect(await countersNow(app)).toEqual(before.counts);
    expect(await countersNow(app)).toEqual(await countedDirectly(app));
    expect(await whatThePublicSees(app)).toEqual(before.seen);
    const recentRow = (await rowOf(app, recent.email))!;
    expect(await app.db.selectFrom('tokens').select('id').where('signature_id', '=', recentRow.id).execute()).toHaveLength(2);
  });

  it('gives a signer who asked again (signing again) the whole time from their new link', async () => {
    const app = await testApp();
    const body = await signFrom(app, '198.51.100.4', { email: 'asked.again@example.org' });
    app.clock.advance(20 * day);
    await sign(app, { email: body.email });
    await app.sendAllMail();
    app.clock.advance(11 * day);
    await sweepNow(app);
    expect((await rowOf(app, body.email))?.state).toBe('pending');
    app.clock.advance(20 * day);
    await sweepNow(app);
    expect(await rowOf(app, body.email)).toBeUndefined();
  });

  it('deletes a letter of support never confirmed, with its mail and its PDF once committed', async () => {
    const app = await testApp();
    const res = await postSupport(app, aSupportLetter({ email: 'unsure.professor@university.example' }), await aPdf());
    expect(res.status).toBe(202);
    await app.sendAllMail();
    const kept = await awaitingSupport(app, { email: 'sure.professor@university.example' }, await aPdf('Another letter'));
    expect(uploadedFiles(app, 'support-pdf')).toHaveLength(2);

    app.clock.advance(31 * day);
    const removed = await sweepNow(app);

    const left = await app.db.selectFrom('support_letters').select(['id', 'email']).execute();
    expect(left).toEqual([{ id: kept.id, email: 'sure.professor@university.example' }]);
    expect(uploadedFiles(app, 'support-pdf')).toEqual([kept.pdf!.split('/')[1]]);
    expect(await app.db.selectFrom('outbox').select('id').where('support_id', 'is not', null).where('support_id', '<>', kept.id).execute()).toEqual([]);
    expect(removed).toMatchObject({ unconfirmed_support_letters: 1, mails: 1, files: 1 });
  });
});

describe('the retention sweep: months after a letter closes', () => {
  /** A letter as campaigns leave it: every kind of signature and letter of support, closed early by a campaigner. */
  async function aClosedCampaign() {
    const app = await testApp();
    const shown = await confirmed(app, '198.51.100.10', { email: 'shown@example.org', name: 'Enw Cyhoeddus', comment: 'Sylw preifat un' });
    const hidden = await confirmed(app, '198.51.100.11', { email: 'hidden@example.org', name: 'Enw Cudd', show_name: false, comment: 'Sylw preifat dau' });
    const organisation = await confirmed(app, '2001:db8:5::1', { ...asOrganisation('Menter Iaith', 'post@menter.example'), name: 'Swyddog Menter', updates: true });
    const leaving = await confirmed(app, '198.51.100.12', { email: 'leaving@example.org', name: 'Enw Gadael' });
    const withdraw = tokenIn(await lastMailTo(app, leaving.email), 'withdraw');
    expect((await app.post('/api/signatures/withdraw', { token: withdraw })).status).toBe(200);
    // A second signature from one address within the minute is set aside.
    await signFrom(app, '198.51.100.10', { email: 'set.aside@example.org', name: 'Enw Amheus' });
    expect((await rowOf(app, 'set.aside@example.org'))?.state).toBe('fraudulent');
    const published = await awaitingSupport(app, { email: 'published.author@university.example' });
    await approveSupport(app, published.id, campaigner);
    const unpublished = await awaitingSupport(app, { email: 'unpublished.author@university.example' }, await aPdf('Never published'));
    await app.sendAllMail();
    const snapshot = await (await app.post(`/api/letters/${openLetter}/snapshots`, {})).json();
    app.clock.advance(day);
    expect(await closeEarly(app, app.letters.get(openLetter)!, campaigner)).toBe('closed');
    const people = { shown, hidden, organisation, leaving, setAside: { email: 'set.aside@example.org' } };
    const before = { counts: await countersNow(app), seen: await whatThePublicSees(app), snapshot: await (await app.get(`/api/snapshots/${snapshot.id}.csv`)).text() };
    return { app, people, published, unpublished, snapshot, before };
  }

  it('keeps every address five months after the close, and deletes them at seven; names published, counts, list, CSV and snapshots stay', async () => {
    const { app, people, published, unpublished, snapshot, before } = await aClosedCampaign();
    const addresses = [...Object.values(people).map((p) => p.email), published.email, unpublished.email];

    app.clock.advance(150 * day);
    const early = await sweepNow(app);
    expect(early.signatures_erased).toBe(0);
    for (const p of Object.values(people)) expect((await rowOf(app, p.email))?.email).toBe(p.email);

    app.clock.advance(60 * day);
    const removed = await sweepNow(app);

    const all = await everyRow(app);
    for (const address of [...addresses, '198.51.100.1', '2001:db8:5']) expect(all).not.toContain(address);
    for (const secret of ['Sylw preifat', 'Enw Cudd', 'Enw Gadael', 'Enw Amheus']) expect(all).not.toContain(secret);
    expect(all).toContain('Enw Cyhoeddus');
    expect(all).toContain('Menter Iaith');
    expect(await app.rowCount('tokens')).toBe(0);
    expect(await app.db.selectFrom('outbox').select('id').where('signature_id', 'is not', null).execute()).toEqual([]);

    const rows = await app.db.selectFrom('signatures').select(['state', 'name', 'email', 'updates', 'withdrawn_at', 'verified_at']).orderBy('id').execute();
    expect(rows.map((r) => [r.state, r.name, r.email, r.updates])).toEqual([
      ['verified', 'Enw Cyhoeddus', '', 0],
      ['verified', '', '', 0],
      ['verified', 'Swyddog Menter', '', 0],
      ['withdrawn', '', '', 0],
      ['fraudulent', '', '', 0],
    ]);
    // A withdrawn signature keeps that it was withdrawn, and when: it can never count again.
    expect(rows[3]?.withdrawn_at).not.toBeNull();
    expect(rows[3]?.verified_at).not.toBeNull();

    const support = await app.db.selectFrom('support_letters').selectAll().execute();
    expect(support.map((s) => [s.id, s.state, s.email, s.author_name, s.body])).toEqual([[published.id, 'published', '', published.author_name, published.body]]);
    expect(uploadedFiles(app, 'support-pdf')).toEqual([]);

    expect(await countersNow(app)).toEqual(before.counts);
    expect(await countersNow(app)).toEqual(await countedDirectly(app));
    expect(await whatThePublicSees(app)).toEqual(before.seen);
    expect(await (await app.get(`/api/snapshots/${snapshot.id}.csv`)).text()).toBe(before.snapshot);

    expect(removed).toMatchObject({ signatures_erased: 5, support_letters_erased: 1, support_letters_deleted: 1, files: 1 });
    const audit = await app.db.selectFrom('audit_log').selectAll().where('action', '=', 'retention.swept').orderBy('id').execute();
    expect(audit.map((a) => [a.actor, a.subject_type, JSON.parse(a.detail!)])).toEqual([['llofnod', 'site', removed]]);
  });

  it('forgets the address a campaigner’s bulk decision chose by, and keeps the decision and its reason', async () => {
    const { app } = await aClosedCampaign();
    const decided = await decideBulk(app, { letter: openLetter, action: 'invalidate', choice: { criteria: { range: '198.51.100.11', domain: undefined, from: undefined, to: undefined } }, expected: 1, by: campaigner, reason: 'Looked odd' });
    expect(decided.done).toBe(true);

    app.clock.advance(210 * day);
    await sweepNow(app);

    expect(await everyRow(app)).not.toContain('198.51.100.11');
    expect(await app.db.selectFrom('bulk_actions').select(['criteria', 'reason', 'affected']).execute()).toEqual([{ criteria: '{}', reason: 'Looked odd', affected: 1 }]);
  });

  it('writes nothing to the audit log when it removes nothing, and records every run for the workspace', async () => {
    const { app } = await aClosedCampaign();
    app.clock.advance(7 * 30 * day);
    await sweepNow(app);
    const audited = await app.db.selectFrom('audit_log').select('id').where('action', '=', 'retention.swept').execute();
    app.clock.advance(2 * 60 * 60_000);
    const again = await sweepNow(app);
    expect(Object.values(again).every((n) => n === 0)).toBe(true);
    expect(await app.db.selectFrom('audit_log').select('id').where('action', '=', 'retention.swept').execute()).toEqual(audited);
    const last = await readLastRun(app.db);
    expect(last?.at).toBe(app.clock().toISOString());
    expect(nextRunAt(last!).getTime()).toBe(app.clock().getTime() + 60 * 60_000);
  });

  it('honours a letter’s own retention_months', async () => {
    const { app, people } = await aClosedCampaign();
    const letters = catalogueOf(app.letters.list().map((l) => (l.slug === openLetter ? { ...l, retention_months: 12 } : l)));
    const kept = { ...app.deps, letters };
    app.clock.advance(9 * 30 * day);
    await sweepNow(kept);
    expect((await rowOf(app, people.shown.email))?.email).toBe(people.shown.email);
    app.clock.advance(4 * 30 * day);
    await sweepNow(kept);
    expect(await rowOf(app, people.shown.email)).toBeUndefined();
  });

  it('goes by a letter’s closes date in Wales when no campaigner closed it early', async () => {
    // The closed letter was open on 1 June 2025 and closed at the end of 30 June: its contact
    // details go from the start of 1 January 2026 in Wales (GMT then, so midnight UTC).
    const app = await testApp({ now: '2025-06-01T10:00:00Z' });
    const signer = await confirmed(app, '198.51.100.20', { email: 'summer@example.org' }, closedLetter);
    app.clock.advance(Date.parse('2025-12-31T23:59:00Z') - app.clock().getTime());
    await sweepNow(app);
    expect((await rowOf(app, signer.email))?.state).toBe('verified');
    app.clock.advance(2 * 60_000);
    await sweepNow(app);
    expect(await rowOf(app, signer.email)).toBeUndefined();
  });

  it('takes paper signatures imported up to its retention date, and refuses any after it', async () => {
    const { app } = await aClosedCampaign();
    const csv = `${importColumns.join(',')}\nElin Prys,elin.paper@example.org,individual,,,,GB-WLS,,2026-11-22,yes\n`;
    // Closed early on 23 November 2026: its contact details go from the start of 23 May 2027 in Wales (BST).
    app.clock.advance(Date.parse('2027-05-22T22:00:00Z') - app.clock().getTime());
    expect((await sweepNow(app)).signatures_erased).toBe(0);
    // Imported after a sweep that found the letter not yet due: the next one, once due, finds it.
    const plan = await planImport(app, openLetter, csv);
    expect(await applyImport(app, plan, campaigner)).toEqual({ added: 1, skipped: 0 });
    app.clock.advance(2 * 60 * 60_000);
    expect((await sweepNow(app)).signatures_erased).toBeGreaterThan(0);
    expect(await rowOf(app, 'elin.paper@example.org')).toBeUndefined();
    expect(await app.db.selectFrom('signatures').select('name').where('name', '=', 'Elin Prys').execute()).toHaveLength(1);

    // Now nothing could tell Elin's row from a second copy of the same file.
    const again = await planImport(app, openLetter, csv);
    expect(again.errors).toEqual([{ line: 1, problems: { file: { key: 'import.retained' } } }]);
    expect(again.rows).toEqual([]);
  });

  it('leaves an organisation waiting for approval in the queue by its name, without its address, and a rejected one anonymous', async () => {
    const app = await testApp();
    // Its website is not at its address's domain: confirming puts it in the queue.
    await confirmed(app, '198.51.100.40', { ...asOrganisation('Cymdeithas Aros', 'clerc@gmail.example'), website: 'https://aros.example/', name: 'Clerc Aros' });
    await confirmed(app, '198.51.100.41', { ...asOrganisation('Cwmni Gwrthod', 'post@gmail.example'), website: 'https://gwrthod.example/', name: 'Swyddog Gwrthod' });
    const [waiting, rejected] = await awaitingApproval(app);
    await rejectOrganisation(app, rejected!.id, campaigner, 'Nid yw Swyddog Gwrthod yn cynrychioli’r cwmni');
    await closeEarly(app, app.letters.get(openLetter)!, campaigner);
    app.clock.advance(7 * 30 * day);
    await sweepNow(app);

    expect((await awaitingApproval(app)).map((o) => [o.id, o.organisation])).toEqual([[waiting!.id, 'Cymdeithas Aros']]);
    const all = await everyRow(app);
    for (const gone of ['clerc@gmail.example', 'post@gmail.example', 'Cwmni Gwrthod', 'Swyddog Gwrthod', 'cynrychioli']) expect(all).not.toContain(gone);
    // Approved at last, it is counted and listed by its name.
    await approveOrganisation(app, waiting!.id, campaigner);
    expect(await (await app.get(`/api/letters/${openLetter}/signatories`)).text()).toContain('Cymdeithas Aros');
    expect(await countersNow(app)).toEqual(await countedDirectly(app));
  });

  it('works through a big letter a batch at a time, and misses no row', async () => {
    const app = await testApp();
    await insertVerifiedRows(app.db, 450);
    await closeEarly(app, app.letters.get(openLetter)!, campaigner);
    app.clock.advance(7 * 30 * day);
    expect((await sweepNow(app)).signatures_erased).toBe(450);
    expect(await app.db.selectFrom('signatures').select('id').where('email', '<>', '').execute()).toEqual([]);
    expect(await app.db.selectFrom('signatures').select('id').where('name', 'like', 'Row %').execute()).toHaveLength(450);
  });
});
