import { describe, expect, it } from 'vitest';
import { readCounts } from '../../../api/counts/counter.repository.ts';
import { NotAwaitingApprovalError, NotFoundError } from '../../../api/errors.ts';
import { approveOrganisation, rejectOrganisation } from '../../../api/organisations/organisation.service.ts';
import { aSigner, asOrganisation, openLetter, testApp } from '../../helpers/app.ts';
import { type TestApp, verifiedSignature, withdrawnSignature } from '../../helpers/signatures.ts';

const listPath = `/api/letters/${openLetter}/signatories`;
const campaigner = 'campaigner@llofnod.test';

const listed = async (app: TestApp, query = '') => (await (await app.get(`${listPath}${query}`)).json()).items as Record<string, unknown>[];
const counts = (app: TestApp) => readCounts(app.db, openLetter);
const rowOf = (app: TestApp, email: string) =>
  app.db.selectFrom('signatures').selectAll().where('email', '=', email).executeTakeFirstOrThrow();

/** Public Health Wales, signing from an address that is not at its website's domain. */
const unmatched = asOrganisation('Iechyd Cyhoeddus Cymru', 'director@gmail.com', { organisation_type: 'nhs', website: 'https://phw.nhs.wales/' });

describe('an organisation signing', () => {
  it('is refused without a type, or with a website that is not a website', async () => {
    const app = await testApp();
    const post = (o: Record<string, unknown>) => app.post(`/api/letters/${openLetter}/signatures`, aSigner({ ...asOrganisation('Org', 'a@example.org'), ...o }));
    for (const [overrides, field] of [
      [{ organisation_type: 'club' }, 'organisation_type'],
      [{ organisation_type: '' }, 'organisation_type'],
      [{ website: '' }, 'website'],
      [{ website: 'ftp://example.org' }, 'website'],
      [{ website: 'javascript:alert(1)' }, 'website'],
      [{ website: 'https://user:pass@example.org' }, 'website'],
      [{ website: 'localhost' }, 'website'],
      [{ website: 'http://192.168.0.1/' }, 'website'],
      [{ website: 'co.uk' }, 'website'],
      [{ website: `https://example.org/${'a'.repeat(500)}` }, 'website'],
    ] as const) {
      const res = await post(overrides);
      expect(res.status, JSON.stringify(overrides)).toBe(422);
      expect(Object.keys((await res.json()).error.fields), JSON.stringify(overrides)).toEqual([field]);
    }
    expect(await app.rowCount('signatures')).toBe(0);
  });

  it('keeps no organisation type or website for an individual', async () => {
    const app = await testApp();
    await verifiedSignature(app, { organisation_type: 'nhs', website: 'https://example.org' });
    const row = await rowOf(app, aSigner().email);
    expect([row.organisation_type, row.website, row.authority]).toEqual([null, null, null]);
    expect((await listed(app))[0]).toMatchObject({ kind: 'individual', organisation_type: null, verified: false });
  });

  it('from an address at its website’s domain is a verified organisation, listed and counted once confirmed', async () => {
    const app = await testApp();
    await verifiedSignature(app, asOrganisation('Cyngor Caerdydd', 'clerk@cardiff.gov.uk', { organisation_type: 'local_authority', website: 'www.cardiff.gov.uk' }));
    expect((await rowOf(app, 'clerk@cardiff.gov.uk')).authority).toBe('domain_match');
    // The website is published beside the name, so a reader can see what "verified" checked.
    expect(await listed(app)).toMatchObject([
      { organisation: 'Cyngor Caerdydd', organisation_type: 'local_authority', verified: true, website: 'https://www.cardiff.gov.uk/' },
    ]);
    expect(await counts(app)).toMatchObject({ total: 1, organisations: 1, by_country: { 'GB-WLS': 1 } });
  });

  it('from any other address waits, hidden and uncounted, until a campaigner approves it; then it counts once', async () => {
    const app = await testApp();
    await verifiedSignature(app, { email: 'person@example.org' });
    await verifiedSignature(app, unmatched);
    const row = await rowOf(app, 'director@gmail.com');
    expect(row.authority).toBe('awaiting_approval');
    expect((await listed(app)).map((i) => i.organisation)).toEqual([null]);
    expect((await (await app.get(`${listPath}.csv`)).text())).not.toContain('Iechyd');
    expect(await counts(app)).toEqual({ total: 1, individuals: 1, organisations: 0, by_country: { 'GB-WLS': 1 }, by_area: { W06000008: 1 } });

    const approved = await approveOrganisation(app, row.id, campaigner);
    expect(approved).toMatchObject({ authority: 'approved', authority_by: campaigner, authority_at: app.clock().toISOString() });
    expect(await listed(app, '?kind=organisation')).toMatchObject([{ organisation: 'Iechyd Cyhoeddus Cymru', organisation_type: 'nhs', verified: true }]);
    expect(await counts(app)).toEqual({ total: 2, individuals: 1, organisations: 1, by_country: { 'GB-WLS': 2 }, by_area: { W06000008: 2 } });

    // A second decision, or two at once, changes nothing.
    await expect(approveOrganisation(app, row.id, campaigner)).rejects.toThrow(NotAwaitingApprovalError);
    await expect(rejectOrganisation(app, row.id, campaigner, 'too late')).rejects.toThrow(NotAwaitingApprovalError);
    expect((await counts(app)).total).toBe(2);
  });

  it('counts once when two campaigners approve at the same moment', async () => {
    const app = await testApp();
    await verifiedSignature(app, unmatched);
    const { id } = await rowOf(app, 'director@gmail.com');
    const results = await Promise.allSettled([approveOrganisation(app, id, 'a@llofnod.test'), approveOrganisation(app, id, 'b@llofnod.test')]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect((await counts(app)).organisations).toBe(1);
  });

  it('stays hidden and uncounted once rejected, with the reason kept', async () => {
    const app = await testApp();
    await verifiedSignature(app, unmatched);
    const { id } = await rowOf(app, 'director@gmail.com');
    await rejectOrganisation(app, id, campaigner, 'Not a real address of Public Health Wales');
    expect(await rowOf(app, 'director@gmail.com')).toMatchObject({ authority: 'rejected', authority_by: campaigner, authority_reason: 'Not a real address of Public Health Wales' });
    expect(await listed(app)).toEqual([]);
    expect((await counts(app)).total).toBe(0);
    await expect(approveOrganisation(app, id, campaigner)).rejects.toThrow(NotAwaitingApprovalError);
  });

  it('cannot be decided before its email is confirmed, nor for an individual or an unknown signature', async () => {
    const app = await testApp();
    await app.post(`/api/letters/${openLetter}/signatures`, aSigner(unmatched));
    await verifiedSignature(app, { email: 'person@example.org' });
    for (const email of ['director@gmail.com', 'person@example.org']) {
      await expect(approveOrganisation(app, (await rowOf(app, email)).id, campaigner)).rejects.toThrow(NotAwaitingApprovalError);
    }
    await expect(approveOrganisation(app, 999, campaigner)).rejects.toThrow(NotFoundError);
    expect((await counts(app)).total).toBe(1);
  });

  it('leaves the counts when withdrawn, whether matched, approved or still waiting', async () => {
    const app = await testApp();
    await withdrawnSignature(app, asOrganisation('Matched', 'a@example.org'));
    await withdrawnSignature(app, { ...unmatched, email: 'waiting@gmail.com' });
    const approved = await verifiedSignature(app, unmatched);
    await approveOrganisation(app, (await rowOf(app, 'director@gmail.com')).id, campaigner);
    expect((await counts(app)).organisations).toBe(1);
    await app.post('/api/signatures/withdraw', { token: approved.withdraw });
    expect(await counts(app)).toMatchObject({ total: 0, organisations: 0 });
  });
});

describe('organisations first', () => {
  /** Two organisations of each of two types and two individuals, signed a second apart, newest last. */
  async function mixedList(app: TestApp) {
    const signers = [
      { name: 'Individual A', email: 'ia@example.cymru' },
      asOrganisation('Charity 1', 'c1@charity1.org.uk', { organisation_type: 'third_sector' }),
      asOrganisation('Health Board 1', 'hb1@hb1.nhs.wales', { organisation_type: 'nhs', website: 'https://hb1.nhs.wales' }),
      { name: 'Individual B', email: 'ib@example.cymru' },
      asOrganisation('Charity 2', 'c2@charity2.org.uk', { organisation_type: 'third_sector' }),
      asOrganisation('Public Body 1', 'pb1@pb1.gov.wales', { organisation_type: 'public_body', website: 'https://www.pb1.gov.wales' }),
    ];
    for (const signer of signers) {
      await verifiedSignature(app, signer);
      app.clock.advance(1000);
    }
  }
  const ordered = ['Public Body 1', 'Health Board 1', 'Charity 2', 'Charity 1', 'Individual B', 'Individual A'];

  it('groups organisations by type, newest first in each group, then lists individuals, page after page', async () => {
    const app = await testApp();
    await mixedList(app);
    const nameOf = (i: Record<string, unknown>) => (i['kind'] === 'organisation' ? i['organisation'] : i['name']);
    expect((await listed(app, '?order=organisations')).map(nameOf)).toEqual(ordered);
    expect((await listed(app)).map(nameOf)).toEqual(['Public Body 1', 'Charity 2', 'Individual B', 'Health Board 1', 'Charity 1', 'Individual A']);

    for (const limit of [1, 2, 4]) {
      const seen: unknown[] = [];
      let cursor: string | null = '';
      do {
        const res: { items: Record<string, unknown>[]; next: string | null } = await (
          await app.get(`${listPath}?order=organisations&limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`)
        ).json();
        seen.push(...res.items.map(nameOf));
        cursor = res.next;
      } while (cursor);
      expect(seen, `limit ${limit}`).toEqual(ordered);
    }
  });

  it('orders the CSV the same way, with the type and verification of each row', async () => {
    const app = await testApp();
    await mixedList(app);
    const csv = (await (await app.get(`${listPath}.csv?order=organisations`)).text()).replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(csv[0]).toBe('name,kind,organisation,role,place,country,signed_at,organisation_type,verified,website');
    const cells = csv.slice(1).map((line) => line.split(','));
    expect(cells.map((c) => [c[2] || c[0], c[7], c[8]])).toEqual([
      ['Public Body 1', 'public_body', 'true'],
      ['Health Board 1', 'nhs', 'true'],
      ['Charity 2', 'third_sector', 'true'],
      ['Charity 1', 'third_sector', 'true'],
      ['Individual B', '', 'false'],
      ['Individual A', '', 'false'],
    ]);
  });
});
