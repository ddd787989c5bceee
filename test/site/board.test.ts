import { afterAll, describe, expect, it } from 'vitest';
import { connectDb } from '../../api/db/connect.ts';
import type { Db } from '../../api/db/database.ts';
import { runBoardDigest } from '../../api/network/board-digest.service.ts';
import { aMemberRow } from '../helpers/member-rows.ts';
import { siteUnderTest, textOf } from './browser.ts';
import { memberSignsIn } from './members.ts';

const coordinator = 'cydlynydd@rhwydwaith.cymru';
const site = siteUnderTest({ NETWORK_COORDINATORS: coordinator, ADMIN_EMAILS: 'gwen@ymgyrch.cymru', BOARD_REPORTS_TO_HIDE: '1' });

let db: Db | undefined;
const database = async () => (db ??= await connectDb({ dataDir: site.dataDir, databaseUrl: site.databaseUrl }));
afterAll(async () => db?.destroy());

describe('the members’ board, through the pages', () => {
  it('tells anyone not signed in who the board is for, in both languages, and keeps no copy', async () => {
    const page = await site.get('/network/board');
    expect(page.status).toBe(200);
    expect(page.headers.get('cache-control')).toContain('no-store');
    expect(textOf(page.html)).toContain('The board is for members of the network');
    expect(page.html).toContain('href="/network/sign-in"');
    expect(textOf((await site.get('/cy/network/board/1')).html)).toContain('Mae’r bwrdd ar gyfer aelodau’r rhwydwaith');
    const posted = await site.post('/network/board', { action: 'start', title: 'Sneaky', body: 'Hello', lang: 'en' });
    expect(textOf(posted.html)).not.toContain('Sneaky');
  });

  it('a member starts a thread, another replies in Welsh; errors name the field and keep the words; a report hides, a coordinator removes', async () => {
    await aMemberRow(await database(), { email: 'eira@example.org', name: 'Eira Board' });
    await aMemberRow(await database(), { email: 'huw@example.cymru', name: 'Huw Bwrdd', locale: 'cy' });
    const eira = await memberSignsIn(site, 'eira@example.org');
    const refused = await site.post('/network/board', { action: 'start', title: '', body: 'Kept words', lang: 'en' }, site.origin, { cookie: eira });
    expect(refused.status).toBe(422);
    expect(textOf(refused.html)).toContain('Enter a title for your thread');
    expect(refused.html).toContain('Kept words');
    const started = await site.post('/network/board', { action: 'start', title: 'Paying people for their time', body: 'How do you do it?\n\nhttps://example.org/guide', lang: 'en' }, site.origin, { cookie: eira });
    expect(started.status).toBe(303);
    const threadPath = started.location ?? '';
    expect(threadPath).toMatch(/^\/network\/board\/\d+$/);
    const thread = await site.get(threadPath, { cookie: eira });
    expect(textOf(thread.html)).toContain('Eira Board');
    expect(thread.html).not.toContain('href="https://example.org/guide"');
    expect(textOf((await site.get('/network/board', { cookie: eira })).html)).toContain('Paying people for their time');

    const huw = await memberSignsIn(site, 'huw@example.cymru', '/cy');
    const cyPath = `/cy${threadPath}`;
    const emptyReply = await site.post(cyPath, { action: 'reply', body: '', lang: 'cy' }, site.origin, { cookie: huw });
    expect(emptyReply.status).toBe(422);
    expect(textOf(emptyReply.html)).toContain('Ysgrifennwch yr hyn rydych am ei ddweud');
    const replied = await site.post(cyPath, { action: 'reply', body: 'Rydym yn talu am bob cyfarfod.', lang: 'cy' }, site.origin, { cookie: huw });
    expect(replied.status).toBe(303);
    const withReply = textOf((await site.get(cyPath, { cookie: huw })).html);
    expect(withReply).toContain('Rydym yn talu am bob cyfarfod.');
    expect(withReply).toContain('Huw Bwrdd');

    const id = threadPath.split('/').pop() ?? '';
    const reported = await site.post(cyPath, { action: 'report', kind: 'thread', id, reason: 'Dim perthnasol' }, site.origin, { cookie: huw });
    expect([reported.status, reported.location]).toEqual([303, `${cyPath}?done=reported`]);
    expect(textOf((await site.get('/network/board', { cookie: eira })).html)).not.toContain('Paying people for their time');

    const cookie = await site.signInAs(coordinator);
    const queue = await site.get('/admin/network/board', { cookie });
    expect(queue.status).toBe(200);
    expect(textOf(queue.html)).toContain('Dim perthnasol');
    expect(queue.html).toContain('href="/admin/network/board"');
    const noReason = await site.post('/admin/network/board', { id, kind: 'thread', decision: 'remove', reason: '' }, site.origin, { cookie });
    expect(noReason.status).toBe(422);
    const before = site.mailCount('eira@example.org');
    const removed = await site.post('/admin/network/board', { id, kind: 'thread', decision: 'remove', reason: 'Off topic for the board' }, site.origin, { cookie });
    expect([removed.status, removed.location]).toEqual([303, '/admin/network/board?done=removed']);
    expect((await site.nextMailTo('eira@example.org', before)).text).toContain('Off topic for the board');
    const again = await site.post('/admin/network/board', { id, kind: 'thread', decision: 'keep' }, site.origin, { cookie });
    expect(again.location).toBe('/admin/network/board?done=gone');
  });

  it('the digest’s one-click unsubscribe POST works without an Origin, and its GET changes nothing', async () => {
    const reader = await aMemberRow(await database(), { email: 'digest@example.org', digest: 1 });
    await aMemberRow(await database(), { email: 'writer@example.org', name: 'Writer' });
    const cookie = await memberSignsIn(site, 'writer@example.org');
    await site.post('/network/board', { action: 'start', title: 'For the digest', body: 'Anyone?', lang: 'en' }, site.origin, { cookie });
    const before = site.mailCount('digest@example.org');
    await runBoardDigest({ db: await database(), clock: () => new Date('2026-11-22T10:00:00Z') });
    const mail = await site.nextMailTo('digest@example.org', before);
    const path = /https?:\/\/[^/\s]+(\/network\/unsubscribe\/[A-Za-z0-9_-]{43})/.exec(mail.text ?? '')?.[1] ?? '';
    expect((await site.get(path)).status).toBe(200);
    const digestOf = async () => (await (await database()).selectFrom('members').select('digest').where('id', '=', reader.id).executeTakeFirstOrThrow()).digest;
    expect(await digestOf()).toBe(1);
    const oneClick = await fetch(new URL(path, site.origin), { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click', redirect: 'manual' });
    expect(oneClick.status).toBe(200);
    expect(await digestOf()).toBe(0);
  });

  it('refuses an eleventh post in an hour with a clear 429, and a member who left sees the members-only page', async () => {
    const member = await aMemberRow(await database(), { email: 'busy@example.org', name: 'Busy Member' });
    const cookie = await memberSignsIn(site, 'busy@example.org');
    for (let i = 1; i <= 10; i++) expect((await site.post('/network/board', { action: 'start', title: `Thread ${i}`, body: 'Words', lang: 'en' }, site.origin, { cookie })).status).toBe(303);
    const refused = await site.post('/network/board', { action: 'start', title: 'One too many', body: 'Kept?', lang: 'en' }, site.origin, { cookie });
    expect(refused.status).toBe(429);
    expect(textOf(refused.html)).toContain('You have posted 10 times in the last hour');
    await (await database()).updateTable('members').set({ state: 'left' }).where('id', '=', member.id).execute();
    expect(textOf((await site.get('/network/board', { cookie })).html)).toContain('The board is for members of the network');
  });
});

