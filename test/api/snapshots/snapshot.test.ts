import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { eraseSignature, findByEmail, hideSignature } from '../../../api/admin/data-request.service.ts';
import { letterTimeline, parseDelivery, recordDelivery } from '../../../api/delivery/delivery.service.ts';
import { touchList } from '../../../api/lists/list-version.ts';
import type { SnapshotView } from '../../../api/snapshots/snapshot.schema.ts';
import { asOrganisation, openLetter, origin, racingServer, testApp } from '../../helpers/app.ts';
import { insertVerifiedRows, type TestApp, verifiedSignature } from '../../helpers/signatures.ts';
import { refuseInserts } from '../../helpers/sql.ts';

const campaigner = 'gwen@ymgyrch.cymru';
const sha256 = (bytes: ArrayBuffer) => createHash('sha256').update(Buffer.from(bytes)).digest('hex');

/** A reader pressing "cite this list" through the API: the status and the snapshot it answers. */
async function freeze(app: TestApp, slug = openLetter): Promise<{ status: number; body: SnapshotView }> {
  const res = await app.post(`/api/letters/${slug}/snapshots`, {});
  return { status: res.status, body: (await res.json()) as SnapshotView };
}

/** The snapshot files on disk: one per snapshot, never a leftover. */
const filesOf = (app: TestApp) => fs.readdirSync(path.join(app.dataDir, 'uploads', 'snapshot'));
const csvOf = async (app: TestApp, id: string) => (await app.get(`/api/snapshots/${id}.csv`)).arrayBuffer();
const text = (bytes: ArrayBuffer) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);

describe('citing the list: a snapshot', () => {
  it('freezes the list as the public CSV has it, with its hash, its counts and a permanent address', async () => {
    const app = await testApp();
    await verifiedSignature(app, { email: 'elin@example.cymru', name: 'Elin "Elinor" Jones', country: 'GB-WLS' });
    await verifiedSignature(app, { email: 'x@example.ie', name: '=HYPERLINK("x")', country: 'IE', area: undefined });
    await verifiedSignature(app, asOrganisation('Ceredigion Carers', 'post@carers.example.org', { name: 'Ann Other', role: 'Chair' }));
    const publicCsv = await (await app.get(`/api/letters/${openLetter}/signatories.csv`)).arrayBuffer();
    const letter = (await (await app.get(`/api/letters/${openLetter}`)).json()) as { counts: unknown };

    const { status, body } = await freeze(app);
    expect(status).toBe(201);
    expect(body).toMatchObject({ letter: openLetter, created_at: '2026-11-22T10:00:00.000Z', rows: 3, counts: letter.counts, original_sha256: null, amended_at: null });
    expect(body.id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(body.url).toBe(`${origin}/snapshots/${body.id}`);
    expect(body.csv_url).toBe(`${origin}/api/snapshots/${body.id}.csv`);
    expect(body.sha256).toBe(sha256(publicCsv));

    const download = await app.get(`/api/snapshots/${body.id}.csv`);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(download.headers.get('content-disposition')).toBe(`attachment; filename="${openLetter}-snapshot-2026-11-22T10-00-00Z.csv"`);
    expect(download.headers.get('etag')).toBe(`"${body.sha256}"`);
    expect(download.headers.get('cache-control')).toContain('max-age=86400');
    const bytes = await download.arrayBuffer();
    expect(sha256(bytes)).toBe(body.sha256);
    expect(Buffer.from(bytes).equals(Buffer.from(publicCsv))).toBe(true);
    expect((await app.get(`/api/snapshots/${body.id}.csv`, { 'if-none-match': `"${body.sha256}"` })).status).toBe(304);

    expect(await (await app.get(`/api/snapshots/${body.id}`)).json()).toEqual(body);
  });

  it('writes a long list a page at a time and still matches the public CSV byte for byte', async () => {
    const app = await testApp();
    await insertVerifiedRows(app.db, 2345);
    await touchList(app.db, openLetter, app.clock());
    const publicCsv = await (await app.get(`/api/letters/${openLetter}/signatories.csv`)).arrayBuffer();
    const { body } = await freeze(app);
    expect(body.rows).toBe(2345);
    expect(body.sha256).toBe(sha256(publicCsv));
    expect(sha256(await csvOf(app, body.id))).toBe(body.sha256);
  });

  it('answers 200 with the same snapshot while nothing changed, and a new one after a confirmation or a withdrawal', async () => {
    const app = await testApp();
    const first = await freeze(app);
    expect(first.status).toBe(201);
    expect(first.body.counts).toEqual({ total: 0, individuals: 0, organisations: 0, by_country: {} });
    app.clock.advance(60_000);
    expect(await freeze(app)).toEqual({ status: 200, body: first.body });
    expect(filesOf(app)).toHaveLength(1);

    const signer = await verifiedSignature(app, { email: 'new@example.cymru' });
    const afterConfirm = await freeze(app);
    expect(afterConfirm.status).toBe(201);
    expect(afterConfirm.body.id).not.toBe(first.body.id);
    expect(afterConfirm.body.counts.total).toBe(1);
    expect((await freeze(app)).status).toBe(200);

    await app.post('/api/signatures/withdraw', { token: signer.withdraw });
    // A one-row list may be frozen again 6 ms later (the pause grows with the list: below).
    app.clock.advance(1_000);
    const afterWithdraw = await freeze(app);
    expect(afterWithdraw.status).toBe(201);
    expect(afterWithdraw.body.counts.total).toBe(0);
    // Each stays as it was frozen.
    expect(text(await csvOf(app, afterConfirm.body.id))).toContain('Siân Ŵyn Roberts');
    expect(text(await csvOf(app, afterWithdraw.body.id))).not.toContain('Siân Ŵyn Roberts');
  });

  it('freezes a long list that keeps changing at most once per 6 ms a row; a delivery always takes it as it stands', async () => {
    const app = await testApp();
    await insertVerifiedRows(app.db, 5_000);
    const first = await freeze(app);
    expect(first.body.rows).toBe(5_000);

    // Someone confirms; 29 s later the 5,000-row list is still too fresh to write again.
    await verifiedSignature(app, { email: 'new@example.cymru' });
    app.clock.advance(29_000);
    expect(await freeze(app)).toEqual({ status: 200, body: first.body });
    expect(filesOf(app)).toHaveLength(1);

    // A delivery is the list exactly as it went.
    const delivered = await recordDelivery(app, openLetter, parseDelivery({ delivered_on: '2026-11-22', recipient: 'First Minister', method: 'email' }), campaigner);
    expect(delivered.snapshot_id).not.toBe(first.body.id);

    // 5,001 rows since the delivery's snapshot: 30.006 s.
    await verifiedSignature(app, { email: 'later@example.cymru' });
    app.clock.advance(30_000);
    expect((await freeze(app)).body.id).toBe(delivered.snapshot_id);
    app.clock.advance(1_000);
    const fresh = await freeze(app);
    expect(fresh.status).toBe(201);
    expect(fresh.body.rows).toBe(5_002);
  });

  it('makes one snapshot when two readers press at once', async () => {
    const app = await testApp();
    await verifiedSignature(app);
    const both = await Promise.all([freeze(app), freeze(app)]);
    expect(both.map((r) => r.status).sort()).toEqual([200, 201]);
    expect(both[0].body.id).toBe(both[1].body.id);
    expect(await app.db.selectFrom('snapshots').select('id').execute()).toHaveLength(1);
    expect(filesOf(app)).toHaveLength(1);
  });

  it('makes one snapshot when two readers press at once on two servers', async () => {
    const app = await testApp();
    const other = racingServer(app);
    await verifiedSignature(app);
    const press = async (server: { post: TestApp['post'] }) => {
      const res = await server.post(`/api/letters/${openLetter}/snapshots`, {});
      return { status: res.status, body: (await res.json()) as SnapshotView };
    };
    const both = await Promise.all([press(app), press(other)]);
    expect(both.map((r) => r.status).sort()).toEqual([200, 201]);
    expect(both[0].body.id).toBe(both[1].body.id);
    expect(filesOf(app)).toHaveLength(1);
  });

  it('leaves no file behind when its row cannot be written', async () => {
    const app = await testApp();
    await verifiedSignature(app);
    await refuseInserts(app.db, 'snapshots', 'disk full');
    const res = await app.post(`/api/letters/${openLetter}/snapshots`, {});
    expect(res.status).toBe(500);
    expect(filesOf(app)).toEqual([]);
  });

  it('answers 404 for an unknown snapshot, an unknown letter, and an id of the wrong shape', async () => {
    const app = await testApp();
    for (const path of [`/api/snapshots/${'A'.repeat(22)}`, `/api/snapshots/${'A'.repeat(22)}.csv`, '/api/snapshots/1', '/api/snapshots/..%2F..%2Fllofnod.csv']) {
      const res = await app.get(path);
      expect(res.status, path).toBe(404);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('not_found');
    }
    expect((await app.post('/api/letters/no-such-letter/snapshots', {})).status).toBe(404);
  });
});

describe('a data request and the snapshots', () => {
  it('takes a hidden person’s name out of every snapshot that lists them, and keeps the original hash', async () => {
    const app = await testApp();
    await verifiedSignature(app, { email: 'early@example.cymru', name: 'Early Bird' });
    const before = await freeze(app);
    app.clock.advance(60_000);
    await verifiedSignature(app, { email: 'hide.me@example.org', name: 'Cuddiedig Enw', place: 'Tregaron' });
    app.clock.advance(60_000);
    const listing = [await freeze(app)];
    app.clock.advance(60_000);
    await verifiedSignature(app, { email: 'later@example.cymru', name: 'Later Person' });
    listing.push(await freeze(app));
    const originals = await Promise.all(listing.map(async (s) => text(await csvOf(app, s.body.id))));
    for (const csv of originals) expect(csv).toContain('Cuddiedig Enw');

    app.clock.advance(60_000);
    const [person] = (await findByEmail(app, 'hide.me@example.org')).signatures;
    await hideSignature(app, person!.id, campaigner, 'Asked to be taken off the list');

    for (const [i, s] of listing.entries()) {
      const view = (await (await app.get(`/api/snapshots/${s.body.id}`)).json()) as SnapshotView;
      const bytes = await csvOf(app, s.body.id);
      expect(text(bytes)).not.toContain('Cuddiedig');
      expect(text(bytes)).not.toContain('Tregaron');
      // Only that line changed: the rest of the file is as it was.
      expect(text(bytes)).toBe(originals[i]!.replace(/\r\nCuddiedig Enw,individual,,,Tregaron,/, '\r\nAnonymous supporter,individual,,,,'));
      expect(view).toMatchObject({ original_sha256: s.body.sha256, amended_at: '2026-11-22T10:04:00.000Z', rows: s.body.rows, counts: s.body.counts });
      expect(view.sha256).toBe(sha256(bytes));
      expect(view.sha256).not.toBe(s.body.sha256);
    }
    expect(filesOf(app)).toHaveLength(3);
    // The snapshot from before they signed never listed them and is untouched.
    expect(await (await app.get(`/api/snapshots/${before.body.id}`)).json()).toEqual(before.body);
    // The list changed, so the next press freezes it afresh.
    expect((await freeze(app)).status).toBe(201);
  });

  it('leaves a hidden name in no snapshot, even one another server was asked to freeze at that moment', async () => {
    const app = await testApp();
    const other = racingServer(app);
    await verifiedSignature(app, { email: 'hide.me@example.org', name: 'Cuddiedig Enw' });
    await freeze(app);
    await verifiedSignature(app, { email: 'stays@example.org', name: 'Aros Yma' });
    const [person] = (await findByEmail(app, 'hide.me@example.org')).signatures;
    await Promise.all([hideSignature(app, person!.id, campaigner, 'Asked to be taken off the list'), other.post(`/api/letters/${openLetter}/snapshots`, {})]);
    const snapshots = await app.db.selectFrom('snapshots').select('id').execute();
    expect(snapshots.length).toBeGreaterThanOrEqual(1);
    for (const { id } of snapshots) expect(text(await csvOf(app, id))).not.toContain('Cuddiedig');
  });

  it('takes an erased organisation’s name out, and keeps the first hash through a second amendment', async () => {
    const app = await testApp();
    await verifiedSignature(app, asOrganisation('Menter Prydderch', 'post@menter.example.org', { name: 'Rhiannon Prydderch', role: 'Director' }));
    await verifiedSignature(app, { email: 'other@example.cymru', name: 'Another Name' });
    const { body } = await freeze(app);
    const [org] = (await findByEmail(app, 'post@menter.example.org')).signatures;
    const [other] = (await findByEmail(app, 'other@example.cymru')).signatures;
    await eraseSignature(app, org!.id, campaigner, 'Erasure request', { withdraw: true, support: false });
    app.clock.advance(60_000);
    await hideSignature(app, other!.id, campaigner, 'Asked to be hidden');

    const bytes = await csvOf(app, body.id);
    for (const trace of ['Menter', 'Prydderch', 'Director', 'menter.example.org', 'Another Name']) expect(text(bytes)).not.toContain(trace);
    const view = (await (await app.get(`/api/snapshots/${body.id}`)).json()) as SnapshotView;
    expect(view).toMatchObject({ original_sha256: body.sha256, sha256: sha256(bytes), amended_at: '2026-11-22T10:01:00.000Z', rows: 2 });
    expect(await app.db.selectFrom('snapshots').select('id').execute()).toHaveLength(1);
  });
});

describe('a delivery and its snapshot', () => {
  it('records the snapshot it carried, reuses it while nothing changed, and the timeline links it', async () => {
    const app = await testApp();
    await verifiedSignature(app);
    const first = await recordDelivery(app, openLetter, parseDelivery({ delivered_on: '2026-11-22', recipient: 'First Minister', method: 'email' }), campaigner);
    const second = await recordDelivery(app, openLetter, parseDelivery({ delivered_on: '2026-11-22', recipient: 'Senedd', method: 'post' }), campaigner);
    expect(first.snapshot_id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(second.snapshot_id).toBe(first.snapshot_id);
    const snapshot = (await (await app.get(`/api/snapshots/${first.snapshot_id}`)).json()) as SnapshotView;
    expect([first.total, first.individuals, first.organisations]).toEqual([snapshot.counts.total, snapshot.counts.individuals, snapshot.counts.organisations]);
    const delivered = (await letterTimeline(app, openLetter)).filter((e) => e.kind === 'delivered');
    expect(delivered.map((e) => e.snapshot)).toEqual([first.snapshot_id, first.snapshot_id]);
  });
});
