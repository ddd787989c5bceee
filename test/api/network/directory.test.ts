import { describe, expect, it } from 'vitest';
import { countsByArea, listDirectory } from '../../../api/network/directory.repository.ts';
import { directoryQuerySchema } from '../../../api/network/directory.schema.ts';
import { directoryFields } from '../../../api/network/member.table.ts';
import { leaveNetwork, updateProfile } from '../../../api/network/profile.service.ts';
import { testApp } from '../../helpers/app.ts';
import { aMemberRow } from '../../helpers/member-rows.ts';
import type { TestApp } from './network.helpers.ts';

const cardiff = 'W06000015';
const gwynedd = 'W06000002';

/** A member with a value in every field, each one a word no other field holds. */
const everything = {
  name: 'Heledd Secretname',
  kind: 'organisation' as const,
  organisation: 'Cwmni Secretorg',
  organisation_type: 'third_sector' as const,
  website: 'https://secretsite.example',
  authority: 'approved' as const,
  role: 'Secretrole lead',
  area: gwynedd,
  practiceCodes: ['housing'],
  profile: 'We work on secretprofile projects.',
};
const hiddenWords = ['Secretname', 'Secretorg', 'secretsite', 'Secretrole', 'secretprofile'];

async function everyOutput(app: TestApp, q?: string) {
  const search = q ? `?q=${encodeURIComponent(q)}` : '';
  const json = await (await app.get(`/api/network/members${search}`)).text();
  const csv = await (await app.get(`/api/network/members.csv${search}`)).text();
  return `${json}\n${csv}`;
}

describe('GET /api/network/members and members.csv', () => {
  it('shows each field only if the member chose it, and a hidden value is found by no search', async () => {
    const app = await testApp();
    await aMemberRow(app.db, { ...everything, showing: ['area'] });
    const json = (await (await app.get('/api/network/members')).json()) as { items: unknown[] };
    expect(json.items).toEqual([
      { name: null, kind: 'organisation', organisation: null, organisation_type: null, role: null, area: gwynedd, practices: [], profile: null, website: null, verified: false, notable: false },
    ]);
    const all = await everyOutput(app);
    for (const word of hiddenWords) expect(all).not.toContain(word);
    for (const word of hiddenWords) {
      const found = (await (await app.get(`/api/network/members?q=${word}`)).json()) as { items: unknown[] };
      expect(found.items, word).toEqual([]);
      expect(await everyOutput(app, word)).not.toContain(word);
    }
    // Filters read shown values only: the hidden practice finds nothing either.
    expect(((await (await app.get('/api/network/members?practice=housing')).json()) as { items: unknown[] }).items).toEqual([]);
  });

  it('shows every field a member ticks, in the JSON and the CSV alike, and searches them', async () => {
    const app = await testApp();
    await aMemberRow(app.db, { ...everything, notable: 1, showing: directoryFields });
    const json = (await (await app.get('/api/network/members?q=secretprofile')).json()) as { items: unknown[] };
    expect(json.items).toEqual([
      {
        name: 'Heledd Secretname',
        kind: 'organisation',
        organisation: 'Cwmni Secretorg',
        organisation_type: 'third_sector',
        role: 'Secretrole lead',
        area: gwynedd,
        practices: ['housing'],
        profile: 'We work on secretprofile projects.',
        website: 'https://secretsite.example',
        verified: true,
        notable: true,
      },
    ]);
    const bytes = new Uint8Array(await (await app.get(`/api/network/members.csv?area=${gwynedd}`)).arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes).split('\r\n')).toEqual([
      'name,kind,organisation,organisation_type,role,area,practices,profile,website,verified,notable',
      `Heledd Secretname,organisation,Cwmni Secretorg,third_sector,Secretrole lead,${gwynedd},housing,We work on secretprofile projects.,https://secretsite.example,true,true`,
      '',
    ]);
  });

  it('neutralises a shown value a spreadsheet would read as a formula', async () => {
    const app = await testApp();
    await aMemberRow(app.db, { role: '=HYPERLINK("http://x")', showing: ['role'] });
    const csv = await (await app.get('/api/network/members.csv')).text();
    expect(csv).toContain(`'=HYPERLINK(""http://x"")`);
  });

  it('lists notable organisations, organisations, notable individuals, then individuals, each A to Z (the mark only beside a name shown); counts but does not list one who shows nothing', async () => {
    const app = await testApp();
    await aMemberRow(app.db, { name: 'Zed', showing: ['name'] });
    await aMemberRow(app.db, { name: 'Yvonne', notable: 1, showing: ['name'] });
    await aMemberRow(app.db, { name: 'Unnamed notable', notable: 1, role: 'Adviser', showing: ['role'] });
    await aMemberRow(app.db, { name: 'Alys', showing: ['name'] });
    await aMemberRow(app.db, { name: 'Hidden', area: cardiff, showing: ['area'] });
    await aMemberRow(app.db, { name: 'Nobody', showing: [] });
    await aMemberRow(app.db, { kind: 'organisation', organisation: 'Bangor Trust', showing: ['organisation'] });
    await aMemberRow(app.db, { kind: 'organisation', organisation: 'Zion Care', notable: 1, showing: ['organisation'] });
    await aMemberRow(app.db, { name: 'Left', state: 'left', showing: ['name'] });
    const { items } = await listDirectory(app.db, directoryQuerySchema.parse({}));
    expect(items.map((e) => e.organisation ?? e.name ?? e.role ?? `(${e.area})`)).toEqual(['Zion Care', 'Bangor Trust', 'Yvonne', 'Alys', 'Zed', 'Adviser', `(${cardiff})`]);
    expect(items.map((e) => e.notable)).toEqual([true, false, true, false, false, false, false]);
    expect(await countsByArea(app.db)).toEqual({ areas: [{ area: cardiff, n: 1 }], notShown: 7 });
  });

  it('pages by cursor, each member once, even when someone joins the list between pages', async () => {
    const app = await testApp();
    for (const name of ['Ceri', 'Alun', 'Eleri', 'Bryn', 'Dylan']) await aMemberRow(app.db, { name, showing: ['name'] });
    const first = await listDirectory(app.db, directoryQuerySchema.parse({ limit: '2' }));
    expect(first.items.map((e) => e.name)).toEqual(['Alun', 'Bryn']);
    await aMemberRow(app.db, { name: 'Aaron', showing: ['name'] });
    const second = await listDirectory(app.db, directoryQuerySchema.parse({ limit: '2', cursor: first.next }));
    const third = await listDirectory(app.db, directoryQuerySchema.parse({ limit: '2', cursor: second.next }));
    expect([...second.items, ...third.items].map((e) => e.name)).toEqual(['Ceri', 'Dylan', 'Eleri']);
    expect(third.next).toBeNull();
  });
});

describe('a member editing their profile', () => {
  it('changes what the directory shows at once, and leaving takes them out of it', async () => {
    const app = await testApp();
    const member = await aMemberRow(app.db, { ...everything, kind: 'individual', organisation: null, organisation_type: null, authority: null, showing: ['name'] });
    const updated = await updateProfile(app, member, {
      name: 'Heledd Secretname',
      role: 'Secretrole lead',
      area: cardiff,
      practices: ['health', 'nonsense'],
      profile: 'Now public.',
      shown: ['role', 'area', 'practice'],
      digest: 'on',
    });
    expect(updated).toMatchObject({ area: cardiff, practices: '["health"]', shown: '["role","area","practice"]', digest: 1 });
    const all = await everyOutput(app);
    expect(all).toContain('Secretrole lead');
    expect(all).not.toContain('Secretname');
    expect(all).not.toContain('Now public.');

    await leaveNetwork(app, member);
    const row = await app.db.selectFrom('members').selectAll().executeTakeFirstOrThrow();
    expect(row).toMatchObject({ state: 'left', role: null, area: null, practices: '[]', profile: null, website: null, shown: '[]', digest: 0 });
    expect(row.left_at).toBe(app.clock().toISOString());
    expect(await everyOutput(app)).not.toContain('Secretrole');
  });

  it('refuses a profile over 1,000 characters, naming the field', async () => {
    const app = await testApp();
    const member = await aMemberRow(app.db);
    await expect(updateProfile(app, member, { name: 'Gwen', profile: 'x'.repeat(1001) })).rejects.toMatchObject({ problems: { profile: expect.anything() } });
  });

  it('an organisation that changes its website is verified again only if its email matches the new one', async () => {
    const app = await testApp();
    const member = await aMemberRow(app.db, { ...everything, email: 'post@secretsite.example', notable: 1, showing: ['organisation'] });
    const changed = await updateProfile(app, member, { name: 'Heledd', organisation: 'Cwmni Secretorg', website: 'https://elsewhere.example', shown: ['organisation'] });
    expect(changed).toMatchObject({ authority: null, notable: 0 });
  });
});
