import { afterAll, describe, expect, it } from 'vitest';
import { connectDb } from '../../api/db/connect.ts';
import type { Db } from '../../api/db/database.ts';
import { runYearlyQuestion } from '../../api/network/reconfirm.service.ts';
import { aMemberRow } from '../helpers/member-rows.ts';
import { fieldValue, pathOf, siteUnderTest, textOf } from './browser.ts';
import { memberSignsIn, signInLink } from './members.ts';

const site = siteUnderTest();

// Members are approved by the other half of the network's work: here they are rows in the server's own database.
let db: Db | undefined;
const database = async () => (db ??= await connectDb({ dataDir: site.dataDir, databaseUrl: site.databaseUrl }));
afterAll(async () => db?.destroy());

const signIn = (email: string, lang: '' | '/cy' = '') => memberSignsIn(site, email, lang);

const profileFields = { action: 'save', name: 'Megan Secretname', role: 'Co-production lead', area: 'W06000015', practices: 'housing', profile: 'Hidden profile words', digest: '' };

describe('a member of the network', () => {
  it('signs in from the mailed link, chooses what the directory shows, and the directory, JSON and CSV show only that', async () => {
    await aMemberRow(await database(), { email: 'megan@example.org', name: 'Megan Secretname', showing: ['name'] });
    const cookie = await signIn('megan@example.org');
    const profile = await site.get('/network/profile', { cookie });
    expect(profile.status).toBe(200);
    expect(profile.headers.get('cache-control')).toContain('no-store');
    expect(fieldValue(profile.html, 'name')).toBe('Megan Secretname');

    const body = new URLSearchParams({ ...profileFields });
    body.append('shown', 'role');
    body.append('shown', 'area');
    const saved = await fetch(new URL('/network/profile', site.origin), {
      method: 'POST',
      redirect: 'manual',
      headers: { cookie, origin: site.origin, 'content-type': 'application/x-www-form-urlencoded' },
      body: body.toString(),
    });
    expect([saved.status, saved.headers.get('location')]).toEqual([303, '/network/profile?saved=1']);

    const directory = textOf((await site.get('/network/directory')).html);
    expect(directory).toContain('Co-production lead');
    expect(directory).toContain('Cardiff');
    expect(directory).toContain('A member of the network');
    const everywhere = [
      directory,
      textOf((await site.get('/cy/network/directory')).html),
      textOf((await site.get('/network/directory?q=Secretname')).html),
      textOf((await site.get('/network/directory/areas')).html),
      JSON.stringify(await site.json('/api/network/members')),
      (await site.get('/api/network/members.csv')).html,
    ].join('\n');
    for (const hidden of ['Secretname', 'Hidden profile words', 'megan@example.org']) expect(everywhere).not.toContain(hidden);
    expect(textOf((await site.get('/network/directory?q=Secretname')).html)).toContain('No members match.');
  });

  it('is told which field to fix, in Welsh, with what they typed kept', async () => {
    await aMemberRow(await database(), { email: 'hir@example.org', showing: ['name'] });
    const cookie = await signIn('hir@example.org', '/cy');
    const refused = await site.post('/cy/network/profile', { ...profileFields, role: 'Cydlynydd', profile: 'x'.repeat(1001) }, site.origin, { cookie });
    expect(refused.status).toBe(422);
    expect(refused.headers.get('cache-control')).toBe('no-store');
    expect(textOf(refused.html)).toContain("Rhaid i'ch proffil fod yn 1,000 nod neu lai");
    expect(fieldValue(refused.html, 'role')).toBe('Cydlynydd');
  });

  it('is refused a profile without a session, and sent to sign in', async () => {
    const page = await site.get('/cy/network/profile');
    expect([page.status, page.location]).toEqual([303, '/cy/network/sign-in']);
  });

  it('gets the same answer for an address that is not a member, and a used link says so', async () => {
    const unknown = await site.post('/network/sign-in', { email: 'stranger@example.org' });
    expect([unknown.status, unknown.location]).toEqual([303, '/network/sign-in/sent']);
    await aMemberRow(await database(), { email: 'once@example.org', locale: 'cy' });
    const before = site.mailCount('once@example.org');
    await site.post('/cy/network/sign-in', { email: 'once@example.org' });
    const mail = await site.nextMailTo('once@example.org', before);
    const link = signInLink(mail.text);
    expect(link).toMatch(/^\/cy\/network\/sign-in\//);
    expect((await site.post(link)).status).toBe(303);
    const again = await site.post(link);
    expect(again.status).toBe(409);
    expect(textOf(again.html)).toContain("Mae'r ddolen hon wedi'i defnyddio");
  });

  it('signs out, and leaves after a step that says their comments stay as "Former member"', async () => {
    await aMemberRow(await database(), { email: 'leaving@example.org', name: 'Leaving Member', showing: ['name'] });
    let cookie = await signIn('leaving@example.org');
    expect((await site.post('/network/sign-out', {}, site.origin, { cookie })).location).toBe('/network/sign-in');
    expect((await site.get('/network/profile', { cookie })).status).toBe(303);

    cookie = await signIn('leaving@example.org');
    const step = await site.get('/network/leave', { cookie });
    expect(textOf(step.html)).toContain('Former member');
    expect(step.html).toContain('href="/my-data"');
    expect(textOf((await site.get('/network/directory')).html)).toContain('Leaving Member');
    const left = await site.post('/network/leave', {}, site.origin, { cookie });
    expect(left.location).toBe('/network/left');
    expect(textOf((await site.get('/network/directory')).html)).not.toContain('Leaving Member');
    expect((await site.get('/network/profile', { cookie })).status).toBe(303);
  });

  it("answers the yearly question from the mail's link in one click, in Welsh", async () => {
    await aMemberRow(await database(), { email: 'blwyddyn@example.org', locale: 'cy', active_confirmed_at: '2025-11-01T10:00:00.000Z' });
    const before = site.mailCount('blwyddyn@example.org');
    await runYearlyQuestion({ db: await database(), clock: () => new Date('2026-11-22T10:00:00Z') });
    const mail = await site.nextMailTo('blwyddyn@example.org', before);
    expect(mail.subject).toBe("Ydych chi'n dal yn weithgar yn y rhwydwaith cyd-gynhyrchu?");
    const link = pathOf(/https?:\/\/\S+\/network\/still-active\/[A-Za-z0-9_-]+/.exec(mail.text ?? '')![0]);
    expect(link).toMatch(/^\/cy\/network\/still-active\//);
    const page = await site.get(link);
    expect([page.status, page.headers.get('cache-control')]).toEqual([200, 'no-store']);
    const answered = await site.post(link);
    expect([answered.status, answered.location]).toEqual([303, '/cy/network/still-active']);
    expect((await site.post(link)).status).toBe(404);
  });

  it('pages the directory by a link that keeps the filters, each member once', async () => {
    for (let i = 0; i < 51; i++) await aMemberRow(await database(), { name: `Ymchwilydd ${String(i).padStart(2, '0')}`, practiceCodes: ['research'], showing: ['name', 'practice'] });
    const first = await site.get('/network/directory?practice=research');
    const names = (html: string) => [...textOf(html).matchAll(/Ymchwilydd \d\d/g)].map((m) => m[0]);
    expect(names(first.html)).toHaveLength(50);
    const more = /href="([^"]*)" rel="next"/.exec(first.html)?.[1]?.replaceAll('&amp;', '&') ?? '';
    expect(more).toContain('practice=research');
    const second = await site.get(more);
    expect([...names(first.html), ...names(second.html)]).toEqual(Array.from({ length: 51 }, (_, i) => `Ymchwilydd ${String(i).padStart(2, '0')}`));
    expect(second.html).not.toContain('rel="next"');
  });
});
