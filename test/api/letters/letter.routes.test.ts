import { describe, expect, it } from 'vitest';
import { aSigner, asOrganisation, closedLetter, openLetter, testApp } from '../../helpers/app.ts';
import { verifiedSignature } from '../../helpers/signatures.ts';

const hour = 60 * 60 * 1000;

describe('GET /api/health', () => {
  it('answers 200 {"ok":true} when the database answers', async () => {
    const app = await testApp();
    const res = await app.get('/api/health');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
  });
});

describe('GET /api/letters', () => {
  it('lists both letters, open first, each with its status and counts', async () => {
    const app = await testApp();
    const res = await app.get('/api/letters');
    expect(res.status).toBe(200);
    const { letters } = await res.json();
    expect(letters).toEqual([
      { slug: openLetter, title: 'Make co-production count in Wales', status: 'open', counts: { total: 0, individuals: 0, organisations: 0, by_country: {} } },
      {
        slug: closedLetter,
        title: 'Put co-production at the heart of public services',
        status: 'closed',
        counts: { total: 0, individuals: 0, organisations: 0, by_country: {} },
      },
    ]);
  });

  it('puts open letters before upcoming ones and closed ones last, by the clock', async () => {
    const statuses = async (now: string) => {
      const { letters } = await (await (await testApp({ now })).get('/api/letters')).json();
      return letters.map((l: { slug: string; status: string }) => [l.slug, l.status]);
    };
    expect(await statuses('2025-04-01T12:00:00Z')).toEqual([
      [closedLetter, 'open'],
      [openLetter, 'upcoming'],
    ]);
    expect(await statuses('2026-09-01T12:00:00Z')).toEqual([
      [openLetter, 'upcoming'],
      [closedLetter, 'closed'],
    ]);
    expect(await statuses('2027-06-01T12:00:00Z')).toEqual([
      [openLetter, 'closed'],
      [closedLetter, 'closed'],
    ]);
  });

  it('counts each letter on its own', async () => {
    const app = await testApp();
    await verifiedSignature(app, { country: 'US', area: undefined });
    const { letters } = await (await app.get('/api/letters')).json();
    expect(letters.find((l: { slug: string }) => l.slug === openLetter).counts).toEqual({ total: 1, individuals: 1, organisations: 0, by_country: { US: 1 } });
    expect(letters.find((l: { slug: string }) => l.slug === closedLetter).counts.total).toBe(0);
  });
});

describe('GET /api/letters/:slug', () => {
  it('has exactly the contract’s fields, and the goal, closed_early and closed_at (additions, docs/api.md)', async () => {
    const app = await testApp();
    const res = await app.get(`/api/letters/${openLetter}`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      slug: openLetter,
      title: 'Make co-production count in Wales',
      recipient: 'The First Minister of Wales',
      status: 'open',
      opens: '2026-10-01',
      closes: '2027-01-31',
      goal: 500,
      counts: { total: 0, individuals: 0, organisations: 0, by_country: {} },
      as_of: '2026-11-22T10:00:00.000Z',
      closed_early: false,
      closed_at: null,
    });
  });

  it('counts verified signatures only, by kind and country, never by local authority', async () => {
    const app = await testApp();
    await verifiedSignature(app, { email: 'a@example.org' });
    await verifiedSignature(app, asOrganisation('Cyngor Gwynedd', 'b@example.org'));
    await verifiedSignature(app, { email: 'c@example.org', country: 'AU' });
    await app.post(`/api/letters/${openLetter}/signatures`, aSigner({ email: 'pending@example.org' }));
    const { counts } = await (await app.get(`/api/letters/${openLetter}`)).json();
    expect(counts).toEqual({ total: 3, individuals: 2, organisations: 1, by_country: { 'GB-WLS': 2, AU: 1 } });
  });

  it('answers 404 for an unknown letter', async () => {
    const app = await testApp();
    const res = await app.get('/api/letters/no-such-letter');
    expect(res.status).toBe(404);
    expect((await res.json()).error.code).toBe('not_found');
  });

  it('says when it was counted, by the clock', async () => {
    const app = await testApp();
    app.clock.advance(hour);
    expect((await (await app.get(`/api/letters/${openLetter}`)).json()).as_of).toBe('2026-11-22T11:00:00.000Z');
  });
});

describe('an unknown API path', () => {
  it('answers a JSON 404', async () => {
    const app = await testApp();
    const res = await app.get('/api/nothing-here');
    expect(res.status).toBe(404);
    expect((await res.json()).error.code).toBe('not_found');
  });
});

describe('every API answer', () => {
  it('carries a strict CSP and sends no Referer', async () => {
    const app = await testApp();
    const res = await app.get('/api/health');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });
});
