import { describe, expect, it } from 'vitest';
import { searchKey } from '../../../api/signatures/signature.service.ts';
import { asOrganisation, closedLetter, openLetter, testApp } from '../../helpers/app.ts';
import { type TestApp, insertVerifiedRows, lastMailTo, pendingSignature, sign, verifiedSignature, withdrawnSignature } from '../../helpers/signatures.ts';
import { tokenIn } from '../../helpers/smtp.ts';

const listPath = `/api/letters/${openLetter}/signatories`;
type Item = { name: string; kind: string; organisation: string | null; role: string | null; place: string | null; country: string; signed_at: string };

async function page(app: TestApp, query = ''): Promise<{ items: Item[]; next: string | null }> {
  const res = await app.get(`${listPath}${query}`);
  expect(res.status).toBe(200);
  return res.json();
}

/** Every page from the first, following `next`. */
async function walk(app: TestApp, query: string): Promise<Item[][]> {
  const pages: Item[][] = [];
  let cursor: string | null = null;
  do {
    const p = await page(app, `?${query}${cursor ? `&cursor=${cursor}` : ''}`);
    pages.push(p.items);
    cursor = p.next;
  } while (cursor && pages.length < 1000);
  return pages;
}

/**
 * `n` signers, signed, mailed and confirmed through the API; the clock moves only every third
 * confirmation, so many share a `verified_at` and the cursor must break the ties by id.
 */
async function confirmedSigners(app: TestApp, n: number, details: (i: number) => Record<string, unknown> = () => ({})) {
  for (let i = 0; i < n; i++) await sign(app, { email: `s${i}@example.org`, name: `Signer ${i}`, ...details(i) });
  await app.sendAllMail();
  for (let i = 0; i < n; i++) {
    const res = await app.post('/api/signatures/confirm', { token: tokenIn(await lastMailTo(app, `s${i}@example.org`), 'confirm') });
    expect(res.status).toBe(200);
    if (i % 3 === 2) app.clock.advance(1000);
  }
}

describe('GET /api/letters/:slug/signatories', () => {
  describe('paging with a cursor', () => {
    it('walks every verified signatory exactly once, newest first, whatever the limit', async () => {
      const app = await testApp();
      await confirmedSigners(app, 13);
      for (const limit of [1, 4, 7, 13, 50]) {
        const pages = await walk(app, `limit=${limit}`);
        expect(pages).toHaveLength(Math.ceil(13 / limit));
        for (const p of pages) expect(p.length).toBeLessThanOrEqual(limit);
        const names = pages.flat().map((i) => i.name);
        expect(names).toEqual(Array.from({ length: 13 }, (_, i) => `Signer ${12 - i}`));
        const times = pages.flat().map((i) => i.signed_at);
        expect([...times].sort().reverse()).toEqual(times);
      }
    });

    it('answers next:null on the last page', async () => {
      const app = await testApp();
      await confirmedSigners(app, 2);
      expect((await page(app, '?limit=2')).next).toBeNull();
      expect((await page(app, '?limit=1')).next).toEqual(expect.any(String));
    });

    it('does not skip or repeat when someone confirms while a reader is paging', async () => {
      const app = await testApp();
      await confirmedSigners(app, 4);
      const first = await page(app, '?limit=2');
      app.clock.advance(5000);
      await verifiedSignature(app, { email: 'late@example.org', name: 'Late Comer' });
      const rest = await walk(app, `limit=2&cursor=${first.next}`);
      expect([...first.items, ...rest.flat()].map((i) => i.name)).toEqual(['Signer 3', 'Signer 2', 'Signer 1', 'Signer 0']);
    });

    it('caps the page at 200 however many are asked for', async () => {
      const app = await testApp();
      await insertVerifiedRows(app.db, 230);
      const big = await page(app, '?limit=1000');
      expect(big.items).toHaveLength(200);
      expect(big.next).not.toBeNull();
      const pages = await walk(app, 'limit=1000');
      expect(pages.map((p) => p.length)).toEqual([200, 30]);
      expect(new Set(pages.flat().map((i) => i.name)).size).toBe(230);
    });

    it('answers a default page of 50 for no limit or a nonsense one, and never a 500 for a bad cursor', async () => {
      const app = await testApp();
      await insertVerifiedRows(app.db, 60);
      for (const q of ['', '?limit=0', '?limit=-5', '?limit=abc', '?cursor=!!!', '?cursor=bm90fGE', `?cursor=${'x'.repeat(500)}`]) {
        expect((await page(app, q)).items).toHaveLength(50);
      }
    });
  });

  describe('filters', () => {
    it('by kind and by country, separately and together', async () => {
      const app = await testApp();
      await confirmedSigners(app, 6, (i) => ({
        ...(i % 2 ? asOrganisation(`Org ${i}`, `s${i}@example.org`) : {}),
        country: i < 3 ? 'GB-WLS' : 'US',
        area: undefined,
      }));
      const names = async (q: string) => (await page(app, q)).items.map((i) => i.name).sort();
      expect(await names('?kind=organisation')).toEqual(['Signer 1', 'Signer 3', 'Signer 5']);
      expect(await names('?kind=individual')).toEqual(['Signer 0', 'Signer 2', 'Signer 4']);
      expect(await names('?country=US')).toEqual(['Signer 3', 'Signer 4', 'Signer 5']);
      expect(await names('?country=GB-WLS&kind=organisation')).toEqual(['Signer 1']);
      expect(await names('?country=AU')).toEqual([]);
      const pages = await walk(app, 'country=US&limit=1');
      expect(pages.flat().map((i) => i.name)).toEqual(['Signer 5', 'Signer 4', 'Signer 3']);
    });
  });

  describe('searching by name', () => {
    it('ignores accents and case ("sian" finds "Siân")', async () => {
      const app = await testApp();
      await confirmedSigners(app, 4, (i) => ({ name: ['Siân Ŵyn Roberts', 'SIAN EVANS', 'Dafydd Llŷr', 'Sioned Jones'][i] }));
      const found = async (q: string) => (await page(app, `?q=${encodeURIComponent(q)}`)).items.map((i) => i.name).sort();
      expect(await found('sian')).toEqual(['SIAN EVANS', 'Siân Ŵyn Roberts']);
      expect(await found('SIÂN')).toEqual(['SIAN EVANS', 'Siân Ŵyn Roberts']);
      expect(await found('Sia\u0302n')).toEqual(['SIAN EVANS', 'Siân Ŵyn Roberts']);
      expect(await found('wyn')).toEqual(['Siân Ŵyn Roberts']);
      expect(await found('llyr')).toEqual(['Dafydd Llŷr']);
      expect(await found('  roberts ')).toEqual(['Siân Ŵyn Roberts']);
      expect(await found('nobody')).toEqual([]);
    });

    it('treats % and _ as the characters they are', async () => {
      const app = await testApp();
      await confirmedSigners(app, 2, (i) => ({ name: ['100% Cymru', 'Anna Jones'][i] }));
      expect((await page(app, `?q=${encodeURIComponent('%')}`)).items.map((i) => i.name)).toEqual(['100% Cymru']);
      expect((await page(app, '?q=_')).items).toEqual([]);
    });

    it('never matches a hidden name', async () => {
      const app = await testApp();
      await verifiedSignature(app, { name: 'Hidden Hywel', show_name: false });
      await verifiedSignature(app, { name: 'Shown Hywel', email: 'shown@example.org' });
      const items = (await page(app, '?q=hywel')).items;
      expect(items.map((i) => i.name)).toEqual(['Shown Hywel']);
      expect((await page(app, '?q=hidden')).items).toEqual([]);
      expect((await page(app, '?q=anonymous')).items).toEqual([]);
    });

    it('keeps the search key the service writes in step with the query', () => {
      expect(searchKey('Siân Ŵyn')).toBe('sian wyn');
      expect(searchKey('ÂÊÎÔÛŴŶ')).toBe('aeiouwy');
    });
  });

  describe('a signer who chose not to show their name', () => {
    it('is listed as "Anonymous supporter" with no name, role, place or employer, in JSON and CSV', async () => {
      const app = await testApp();
      await verifiedSignature(app, {
        name: 'Gwenllian Secret',
        role: 'Senior Nurse',
        organisation: 'Ysbyty Gwynedd',
        place: 'Llanfairpwllgwyngyll',
        country: 'GB-WLS',
        show_name: false,
      });
      const json = await page(app);
      expect(json.items).toEqual([
        {
          ...{ name: 'Anonymous supporter', kind: 'individual', organisation: null, organisation_type: null, role: null, place: null },
          ...{ country: 'GB-WLS', signed_at: '2026-11-22T10:00:00.000Z', verified: false, website: null, logo_url: null, notable: false },
        },
      ]);
      const csv = await (await app.get(`${listPath}.csv`)).text();
      expect(csv).toContain('Anonymous supporter,individual,,,,GB-WLS,');
      for (const secret of ['Gwenllian', 'Secret', 'Senior Nurse', 'Ysbyty', 'Llanfairpwllgwyngyll']) {
        expect(JSON.stringify(json)).not.toContain(secret);
        expect(csv).not.toContain(secret);
      }
    });

    it('still shows an organisation’s own name (an organisation is public by nature)', async () => {
      const app = await testApp();
      await verifiedSignature(app, { ...asOrganisation('Cyngor Sir Ceredigion', 'clerk@ceredigion.gov.uk'), name: 'Contact Person', show_name: false });
      const [item] = (await page(app)).items;
      expect(item).toMatchObject({ name: 'Anonymous supporter', organisation: 'Cyngor Sir Ceredigion', kind: 'organisation' });
    });

    it('is still counted', async () => {
      const app = await testApp();
      await verifiedSignature(app, { show_name: false });
      expect((await (await app.get(`/api/letters/${openLetter}`)).json()).counts.total).toBe(1);
    });
  });

  describe('what never appears', () => {
    it('pending and withdrawn signatures', async () => {
      const app = await testApp();
      await pendingSignature(app, { email: 'p@example.org', name: 'Pending Person' });
      await withdrawnSignature(app, { email: 'w@example.org', name: 'Withdrawn Person' });
      await verifiedSignature(app, { email: 'v@example.org', name: 'Verified Person' });
      expect((await page(app)).items.map((i) => i.name)).toEqual(['Verified Person']);
      const csv = await (await app.get(`${listPath}.csv`)).text();
      expect(csv).not.toMatch(/Pending Person|Withdrawn Person/);
    });

    it('an email address, a comment or a token, in any public answer', async () => {
      const app = await testApp();
      const s = await verifiedSignature(app, { email: 'private.person@example.org', comment: 'A private comment' });
      await verifiedSignature(app, { email: 'hidden@example.org', show_name: false });
      for (const path of [listPath, `${listPath}.csv`, `/api/letters/${openLetter}`, '/api/letters', `${listPath}?q=private`]) {
        const body = await (await app.get(path)).text();
        expect(body, path).not.toContain('@');
        expect(body, path).not.toMatch(/private\.person|example\.org|A private comment/);
        expect(body, path).not.toContain(s.confirm);
        expect(body, path).not.toContain(s.withdraw);
      }
    });

    it('fields beyond the contract', async () => {
      const app = await testApp();
      await verifiedSignature(app);
      const { items } = await page(app);
      expect(Object.keys(items[0]!).sort()).toEqual(['country', 'kind', 'logo_url', 'name', 'notable', 'organisation', 'organisation_type', 'place', 'role', 'signed_at', 'verified', 'website']);
    });

    it('another letter’s signatories', async () => {
      const app = await testApp();
      await verifiedSignature(app);
      expect((await (await app.get(`/api/letters/${closedLetter}/signatories`)).json()).items).toEqual([]);
    });
  });

  it('answers 404 for an unknown letter, in JSON and CSV', async () => {
    const app = await testApp();
    expect((await app.get('/api/letters/nope/signatories')).status).toBe(404);
    expect((await app.get('/api/letters/nope/signatories.csv')).status).toBe(404);
  });

  it('lists what was typed as text, not markup', async () => {
    const app = await testApp();
    await verifiedSignature(app, { name: '<script>alert(1)</script> Evans' });
    const res = await app.get(listPath);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect((await res.json()).items[0].name).toBe('<script>alert(1)</script> Evans');
  });
});
