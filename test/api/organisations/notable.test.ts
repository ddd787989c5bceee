import { describe, expect, it } from 'vitest';
import { latestAudit } from '../../../api/admin/audit.repository.ts';
import * as extras from '../../../api/db/migrations/2026-11-24-organisation-extras.ts';
import { NotFoundError } from '../../../api/errors.ts';
import { listedOrganisations, setOrganisationNotable } from '../../../api/organisations/organisation-notable.service.ts';
import { asOrganisation, openLetter, testApp } from '../../helpers/app.ts';
import { type TestApp, pendingSignature, sign, verifiedSignature, withdrawnSignature } from '../../helpers/signatures.ts';

const listPath = `/api/letters/${openLetter}/signatories`;
const campaigner = 'gwen@ymgyrch.cymru';

type Item = { name: string; kind: string; organisation: string | null; notable: boolean };
const nameOf = (i: Item) => (i.kind === 'organisation' ? i.organisation : i.name);
const idOf = async (app: TestApp, email: string) =>
  (await app.db.selectFrom('signatures').select('id').where('email', '=', email).executeTakeFirstOrThrow()).id;

async function listed(app: TestApp, query = '?order=organisations'): Promise<Item[]> {
  return (await (await app.get(`${listPath}${query}`)).json()).items;
}

/** Every page from the first, following `next`, in organisations-first order. */
async function walk(app: TestApp, limit: number): Promise<Item[][]> {
  const pages: Item[][] = [];
  let cursor: string | null = null;
  do {
    const res: { items: Item[]; next: string | null } = await (
      await app.get(`${listPath}?order=organisations&limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`)
    ).json();
    pages.push(res.items);
    cursor = res.next;
  } while (cursor && pages.length < 100);
  return pages;
}

const council = asOrganisation('Cyngor Caerdydd', 'clerc@caerdydd.gov.uk', { organisation_type: 'local_authority' });

describe('marking an organisation notable', () => {
  it('flags it and writes an audit entry in the same step; taking the mark away is recorded too', async () => {
    const app = await testApp();
    await verifiedSignature(app, council);
    const id = await idOf(app, council.email);

    expect(await setOrganisationNotable(app, id, true, campaigner)).toBe(true);
    expect((await listed(app))[0]).toMatchObject({ organisation: 'Cyngor Caerdydd', notable: true });
    const [marked] = await latestAudit(app.db, 1);
    expect(marked).toMatchObject({ actor: campaigner, action: 'organisation.notable', subject_type: 'signature', subject_id: String(id), at: app.clock().toISOString() });
    expect(JSON.parse(marked!.detail ?? '{}')).toEqual({ letter: openLetter, organisation: 'Cyngor Caerdydd' });

    app.clock.advance(1000);
    expect(await setOrganisationNotable(app, id, false, campaigner)).toBe(true);
    expect((await listed(app))[0]).toMatchObject({ notable: false });
    expect((await latestAudit(app.db, 1))[0]).toMatchObject({ action: 'organisation.not_notable', subject_id: String(id) });
  });

  it('changes and records nothing when the organisation already has that mark (a form sent twice)', async () => {
    const app = await testApp();
    await verifiedSignature(app, council);
    const id = await idOf(app, council.email);
    await setOrganisationNotable(app, id, true, campaigner);
    expect(await setOrganisationNotable(app, id, true, campaigner)).toBe(false);
    expect(await setOrganisationNotable(app, (await idOf(app, council.email)), true, 'dafydd@ymgyrch.cymru')).toBe(false);
    expect((await latestAudit(app.db, 10)).map((e) => e.action)).toEqual(['organisation.notable']);
  });

  it('refuses anything but a listed organisation, and records nothing', async () => {
    const app = await testApp();
    await verifiedSignature(app, { email: 'unigolyn@example.cymru' });
    await pendingSignature(app, asOrganisation('Pending Org', 'a@pending.org.uk'));
    await withdrawnSignature(app, asOrganisation('Withdrawn Org', 'a@withdrawn.org.uk'));
    await verifiedSignature(app, asOrganisation('Waiting Org', 'someone@gmail.com', { website: 'https://waiting.org.uk/' }));
    for (const email of ['unigolyn@example.cymru', 'a@pending.org.uk', 'a@withdrawn.org.uk', 'someone@gmail.com']) {
      await expect(setOrganisationNotable(app, await idOf(app, email), true, campaigner), email).rejects.toThrow(NotFoundError);
    }
    await expect(setOrganisationNotable(app, 999_999, true, campaigner)).rejects.toThrow(NotFoundError);
    expect(await latestAudit(app.db, 10)).toEqual([]);
    expect(await app.db.selectFrom('signatures').select('notable').where('notable', '=', 1).execute()).toEqual([]);
  });

  it('is forgotten when the organisation withdraws and signs again: it starts afresh', async () => {
    const app = await testApp();
    const s = await verifiedSignature(app, council);
    await setOrganisationNotable(app, await idOf(app, council.email), true, campaigner);
    await app.post('/api/signatures/withdraw', { token: s.withdraw });
    await verifiedSignature(app, council);
    expect((await listed(app))[0]).toMatchObject({ organisation: 'Cyngor Caerdydd', notable: false });
  });
});

describe('the workspace’s list of organisations', () => {
  it('has every listed organisation, notable ones first, and none that is waiting, pending or an individual', async () => {
    const app = await testApp();
    await verifiedSignature(app, { email: 'unigolyn@example.cymru' });
    await verifiedSignature(app, asOrganisation('Alpha Trust', 'a@alpha.org.uk'));
    await verifiedSignature(app, council);
    await verifiedSignature(app, asOrganisation('Waiting Org', 'someone@gmail.com', { website: 'https://waiting.org.uk/' }));
    await pendingSignature(app, asOrganisation('Pending Org', 'a@pending.org.uk'));
    await setOrganisationNotable(app, await idOf(app, council.email), true, campaigner);
    expect((await listedOrganisations(app)).map((o) => [o.organisation, o.notable, o.organisationType])).toEqual([
      ['Cyngor Caerdydd', true, 'local_authority'],
      ['Alpha Trust', false, 'third_sector'],
    ]);
  });
});

describe('GET /api/letters/:slug/signatories?order=organisations with notable organisations', () => {
  /**
   * Twelve signers: three notable organisations of different types, five others, four
   * individuals. The clock moves only every other signature, so rows share `verified_at` and
   * the cursor must break ties by id inside each group.
   */
  async function mixedList(app: TestApp) {
    const organisations = [
      asOrganisation('Charity 1', 'a@charity1.org.uk', { organisation_type: 'third_sector' }),
      asOrganisation('Board 1', 'a@board1.nhs.wales', { organisation_type: 'nhs', website: 'https://board1.nhs.wales/' }),
      asOrganisation('Council 1', 'a@council1.gov.uk', { organisation_type: 'local_authority' }),
      asOrganisation('Charity 2', 'a@charity2.org.uk', { organisation_type: 'third_sector' }),
      asOrganisation('Board 2', 'a@board2.nhs.wales', { organisation_type: 'nhs', website: 'https://board2.nhs.wales/' }),
      asOrganisation('Network 1', 'a@network1.org.uk', { organisation_type: 'network' }),
      asOrganisation('College 1', 'a@college1.ac.uk', { organisation_type: 'academic' }),
      asOrganisation('Council 2', 'a@council2.gov.uk', { organisation_type: 'local_authority' }),
    ];
    const people = ['Person 1', 'Person 2', 'Person 3', 'Person 4'].map((name, i) => ({ name, email: `p${i}@example.cymru` }));
    for (const [i, signer] of [...organisations, ...people].entries()) {
      await verifiedSignature(app, signer);
      if (i % 2 === 1) app.clock.advance(1000);
    }
    for (const notable of ['Charity 1', 'Council 2', 'Network 1']) {
      const email = organisations.find((o) => o.organisation === notable)!.email;
      await setOrganisationNotable(app, await idOf(app, email), true, campaigner);
    }
  }
  const ordered = [
    // Notable, newest first, whatever their type.
    'Council 2',
    'Network 1',
    'Charity 1',
    // Then by type, in the order of organisationTypes, newest first in each.
    'Board 2',
    'Board 1',
    'Council 1',
    'Charity 2',
    'College 1',
    // Then individuals, newest first.
    'Person 4',
    'Person 3',
    'Person 2',
    'Person 1',
  ];

  it('lists notable organisations first, then the rest by type, then individuals', async () => {
    const app = await testApp();
    await mixedList(app);
    const items = await listed(app);
    expect(items.map(nameOf)).toEqual(ordered);
    expect(items.map((i) => i.notable)).toEqual(ordered.map((_, i) => i < 3));
  });

  it('leaves the default order, newest first, as it was', async () => {
    const app = await testApp();
    await mixedList(app);
    expect((await listed(app, '')).map(nameOf).slice(0, 3)).toEqual(['Person 4', 'Person 3', 'Person 2']);
  });

  it('pages across the end of the notable group (and every other) losing and repeating nothing, whatever the limit', async () => {
    const app = await testApp();
    await mixedList(app);
    for (const limit of [1, 2, 3, 4, 5, 11, 12, 13]) {
      const pages = await walk(app, limit);
      expect(pages.flat().map(nameOf), `limit ${limit}`).toEqual(ordered);
      expect(pages.slice(0, -1).every((p) => p.length === limit), `limit ${limit}`).toBe(true);
    }
  });

  it('keeps the order in the CSV', async () => {
    const app = await testApp();
    await mixedList(app);
    const csv = (await (await app.get(`${listPath}.csv?order=organisations`)).text()).replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(csv.slice(1).map((line) => line.split(',')).map((c) => c[2] || c[0])).toEqual(ordered);
  });
});

describe('the 2026-11-24-organisation-extras migration', () => {
  it('goes down and up again keeping every signature, with no logo and no notable mark', async () => {
    const app = await testApp();
    await sign(app, { email: 'a@example.org' });
    await extras.down(app.db);
    expect(await app.rowCount('signatures')).toBe(1);
    await extras.up(app.db);
    expect(await app.db.selectFrom('signatures').select(['email', 'logo', 'notable']).execute()).toEqual([{ email: 'a@example.org', logo: null, notable: 0 }]);
  });
});
