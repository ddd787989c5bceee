import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { sessionCookieName } from '../../../api/admin/session.cookie.ts';
import { publicCache } from '../../../api/http/cache.ts';
import { signIn } from '../../../api/admin/sign-in.service.ts';
import { adminEmails, openLetter, testApp } from '../../helpers/app.ts';
import { pendingSignature, verifiedSignature } from '../../helpers/signatures.ts';
import { signInToken } from '../admin/admin.helpers.ts';

const minute = 60_000;
const list = `/api/letters/${openLetter}/signatories`;
const csv = `/api/letters/${openLetter}/signatories.csv`;

describe('public reads served from caches during a front-page spike', () => {
  it('gives each public read an ETag and a short public lifetime', async () => {
    const app = await testApp();
    await verifiedSignature(app);
    for (const path of ['/api/letters', `/api/letters/${openLetter}`, `/api/letters/${openLetter}/stats`, list, csv, `/api/letters/${openLetter}/support`, '/api/openapi.json']) {
      const res = await app.get(path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('cache-control'), path).toBe('public, max-age=60, stale-while-revalidate=60');
      expect(res.headers.get('etag'), path).toMatch(/^(W\/)?"[A-Za-z0-9_-]{27}"$/);
    }
  });

  it('answers a journalist who already holds the list 304, with no body, until someone confirms', async () => {
    const app = await testApp();
    await verifiedSignature(app);
    const first = await app.get(list);
    const etag = first.headers.get('etag') ?? '';
    expect(first.headers.get('last-modified')).toBe(new Date('2026-11-22T10:00:00Z').toUTCString());

    const again = await app.get(list, { 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect(again.headers.get('etag')).toBe(etag);
    expect(again.headers.get('cache-control')).toContain('public');

    // A signature still waiting for its email changes nothing public.
    const waiting = await pendingSignature(app, { email: 'aros@example.cymru', name: 'Aled Aros' });
    expect((await app.get(list, { 'if-none-match': etag })).status).toBe(304);

    app.clock.advance(minute);
    await app.post('/api/signatures/confirm', { token: waiting.confirm });
    const changed = await app.get(list, { 'if-none-match': etag });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
    expect((await changed.json()).items.map((i: { name: string }) => i.name)).toContain('Aled Aros');
  });

  it('decides a CSV 304 from the list version and the query, and knows If-Modified-Since', async () => {
    const app = await testApp();
    const signer = await verifiedSignature(app);
    const first = await app.get(csv);
    const etag = first.headers.get('etag') ?? '';
    const lastModified = first.headers.get('last-modified') ?? '';
    expect((await first.text()).split('\r\n')).toHaveLength(3);

    expect((await app.get(csv, { 'if-none-match': etag })).status).toBe(304);
    expect((await app.get(csv, { 'if-modified-since': lastModified })).status).toBe(304);
    expect((await app.get(csv, { 'if-modified-since': new Date(Date.parse(lastModified) - 1000).toUTCString() })).status).toBe(200);
    const filtered = await app.get(`${csv}?kind=organisation`, { 'if-none-match': etag });
    expect(filtered.status).toBe(200);
    expect(filtered.headers.get('etag')).not.toBe(etag);

    app.clock.advance(minute);
    await app.post('/api/signatures/withdraw', { token: signer.withdraw });
    const after = await app.get(csv, { 'if-none-match': etag, 'if-modified-since': lastModified });
    expect(after.status).toBe(200);
    expect((await after.text()).split('\r\n')).toHaveLength(2);
    expect(after.headers.get('last-modified')).toBe(new Date('2026-11-22T10:01:00Z').toUTCString());
  });

  it('keeps the letter a 304 while only the moment of reading moves, and not once its count does', async () => {
    const app = await testApp();
    const first = await app.get(`/api/letters/${openLetter}`);
    const etag = first.headers.get('etag') ?? '';
    expect(etag).toMatch(/^W\//);
    app.clock.advance(minute);
    expect((await app.get(`/api/letters/${openLetter}`, { 'if-none-match': etag })).status).toBe(304);
    await verifiedSignature(app);
    expect((await app.get(`/api/letters/${openLetter}`, { 'if-none-match': etag })).status).toBe(200);
  });

  it('never answers an unknown letter 304', async () => {
    const app = await testApp();
    const res = await app.get('/api/letters/no-such-letter/signatories.csv', { 'if-none-match': '*' });
    expect(res.status).toBe(404);
    expect(res.headers.get('etag')).toBeNull();
  });

  it("answers a campaigner's browser fresh and no-store, and keeps the workspace's exports no-store", async () => {
    const app = await testApp();
    await verifiedSignature(app);
    const { secret } = await signIn(app, adminEmails, await signInToken(app));
    const cookie = `theme=dark; ${sessionCookieName}=${secret}`;
    const etag = (await app.get(list)).headers.get('etag') ?? '';
    const signedIn = await app.get(list, { cookie, 'if-none-match': etag });
    expect(signedIn.status).toBe(200);
    expect(signedIn.headers.get('cache-control')).toBe('private, no-store');
    expect(signedIn.headers.get('etag')).toBeNull();
    const exported = await app.get(`/api/admin/letters/${openLetter}/export.csv`, { cookie });
    expect(exported.headers.get('cache-control')).toBe('no-store');
    expect(exported.headers.get('etag')).toBeNull();
  });

  it('gives a CSV a new ETag when a release changes its columns, though the list has not changed', async () => {
    const app = await testApp();
    await verifiedSignature(app);
    const csvOf = (shape: string) =>
      new Hono().get('/letters/:slug/signatories.csv', publicCache(app, { etag: 'list', shape }), (c) => c.text('rows'));
    const etagWith = async (shape: string) => (await csvOf(shape).request(`/letters/${openLetter}/signatories.csv`)).headers.get('etag');
    expect(await etagWith('name,kind')).toBe(await etagWith('name,kind'));
    expect(await etagWith('name,kind,website')).not.toBe(await etagWith('name,kind'));
  });
});

describe("a letter's figures during a spike", () => {
  it('stay a 304 until the list changes, and say when it last did', async () => {
    const app = await testApp();
    await verifiedSignature(app, { email: 'first@example.org' });
    const stats = `/api/letters/${openLetter}/stats`;
    const first = await app.get(stats);
    const etag = first.headers.get('etag') ?? '';
    expect(first.headers.get('last-modified')).toBe(new Date('2026-11-22T10:00:00Z').toUTCString());
    app.clock.advance(minute);
    expect((await app.get(stats, { 'if-none-match': etag })).status).toBe(304);
    await verifiedSignature(app, { email: 'second@example.org' });
    const after = await app.get(stats, { 'if-none-match': etag });
    expect(after.status).toBe(200);
    expect((await after.json()).counts.total).toBe(2);
  });
});
