import { describe, expect, it } from 'vitest';
import { keepPost, moderationQueue, removePost } from '../../../api/network/board-moderation.service.ts';
import { findThread, listThreads, repliesOf } from '../../../api/network/board.repository.ts';
import { BoardRefusal, deleteOwnPost, postsPerHour, replyTo, reportPost, startThread } from '../../../api/network/board.service.ts';
import { eraseMembership } from '../../../api/network/member.erasure.ts';
import { liveMember, startMemberSession } from '../../../api/network/member-session.service.ts';
import { racingServer, testApp } from '../../helpers/app.ts';
import { aMemberRow } from '../../helpers/member-rows.ts';

const minute = 60_000;
const coordinator = 'cydlynydd@rhwydwaith.cymru';
const aThread = { title: 'Co-design with tenants', body: 'How do you start?\n\nWe begin with a cup of tea.', lang: 'en' };
const refusal = (reason: BoardRefusal['reason']) => expect.objectContaining({ name: 'BoardRefusal', reason });

async function twoMembers(app: Awaited<ReturnType<typeof testApp>>) {
  const sian = await aMemberRow(app.db, { name: 'Siân', email: 'sian@example.cymru' });
  const ceri = await aMemberRow(app.db, { name: 'Ceri', email: 'ceri@example.cymru', locale: 'cy' });
  return { sian, ceri };
}

describe('the members’ board', () => {
  it('a member starts a thread, another replies in Welsh, and the thread lists first by its last activity', async () => {
    const app = await testApp();
    const { sian, ceri } = await twoMembers(app);
    const older = await startThread(app, sian, { ...aThread, title: 'An older thread' });
    app.clock.advance(minute);
    const id = await startThread(app, sian, aThread);
    app.clock.advance(minute);
    await replyTo(app, ceri, older, { body: 'Diolch! Rydym yn gwneud yr un peth.', lang: 'cy' });
    const { items } = await listThreads(app.db, { limit: 10 });
    expect(items.map((t) => [t.title, t.replies])).toEqual([['An older thread', 1], ['Co-design with tenants', 0]]);
    const thread = await findThread(app.db, id);
    expect(thread).toMatchObject({ title: 'Co-design with tenants', body: 'How do you start?\n\nWe begin with a cup of tea.', lang: 'en', author: { name: 'Siân' } });
    expect((await repliesOf(app.db, older)).map((r) => [r.body, r.lang, r.author.name])).toEqual([['Diolch! Rydym yn gwneud yr un peth.', 'cy', 'Ceri']]);
  });

  it('pages the board by keyset', async () => {
    const app = await testApp();
    const { sian } = await twoMembers(app);
    for (let i = 1; i <= 5; i++) {
      await startThread(app, sian, { ...aThread, title: `Thread ${i}` });
      app.clock.advance(minute);
    }
    const first = await listThreads(app.db, { limit: 2 });
    const second = await listThreads(app.db, { limit: 2, after: first.next });
    const third = await listThreads(app.db, { limit: 2, after: second.next });
    expect([...first.items, ...second.items, ...third.items].map((t) => t.title)).toEqual(['Thread 5', 'Thread 4', 'Thread 3', 'Thread 2', 'Thread 1']);
    expect(third.next).toBeUndefined();
  });

  it('names the field that needs correcting and keeps nothing', async () => {
    const app = await testApp();
    const { sian } = await twoMembers(app);
    await expect(startThread(app, sian, { title: '', body: 'x'.repeat(5001), lang: 'fr' })).rejects.toMatchObject({
      problems: { title: { key: 'board.title.required' }, body: { key: 'board.body.tooLong', limit: 5000 }, lang: { key: 'board.lang.choose' } },
    });
    expect((await listThreads(app.db, { limit: 10 })).items).toEqual([]);
  });

  it('refuses those who are not active members: the session of one who left signs no one in', async () => {
    const app = await testApp();
    await aMemberRow(app.db, { state: 'left', email: 'gone@example.org' });
    expect(await liveMember(app.db, 'not-a-secret', app.clock())).toBeUndefined();
  });

  it(`lets a member post ${postsPerHour} times an hour, then refuses clearly until the hour is up`, async () => {
    const app = await testApp();
    const { sian } = await twoMembers(app);
    const id = await startThread(app, sian, aThread);
    for (let i = 1; i < postsPerHour; i++) await replyTo(app, sian, id, { body: `Reply ${i}`, lang: 'en' });
    await expect(replyTo(app, sian, id, { body: 'One more', lang: 'en' })).rejects.toEqual(refusal('too_many'));
    app.clock.advance(61 * minute);
    await replyTo(app, sian, id, { body: 'One more', lang: 'en' });
  });

  it('an author deletes their own post, and no one else’s', async () => {
    const app = await testApp();
    const { sian, ceri } = await twoMembers(app);
    const id = await startThread(app, sian, aThread);
    const reply = await replyTo(app, ceri, id, { body: 'A reply', lang: 'en' });
    await expect(deleteOwnPost(app, sian, { kind: 'reply', id: reply })).rejects.toEqual(refusal('not_yours'));
    await deleteOwnPost(app, ceri, { kind: 'reply', id: reply });
    expect((await repliesOf(app.db, id)).map((r) => r.state)).toEqual(['removed']);
    await deleteOwnPost(app, sian, { kind: 'thread', id });
    expect((await listThreads(app.db, { limit: 10 })).items).toEqual([]);
    await expect(replyTo(app, ceri, id, { body: 'Too late', lang: 'en' })).rejects.toEqual(refusal('gone'));
  });

  it('hides a post once three different members reported it; a member’s second report does not count', async () => {
    const app = await testApp();
    const { sian, ceri } = await twoMembers(app);
    const id = await startThread(app, sian, aThread);
    const post = { kind: 'thread' as const, id };
    expect(await reportPost(app, ceri, post, { reason: 'Off topic' })).toEqual({ hidden: false });
    expect(await reportPost(app, ceri, post, { reason: 'Off topic again' })).toEqual({ hidden: false });
    expect(await reportPost(app, await aMemberRow(app.db), post, { reason: 'Rude' })).toEqual({ hidden: false });
    await expect(reportPost(app, ceri, post, { reason: '' })).rejects.toMatchObject({ problems: { reason: { key: 'board.reason.required' } } });
    expect(await reportPost(app, await aMemberRow(app.db), post, { reason: 'Spam' })).toEqual({ hidden: true });
    expect(await findThread(app.db, id)).toMatchObject({ state: 'hidden' });
    expect((await listThreads(app.db, { limit: 10 })).items).toEqual([]);
    expect((await moderationQueue(app.db)).map((q) => [q.kind, q.id, q.state, q.reasons])).toEqual([['thread', id, 'hidden', ['Off topic', 'Rude', 'Spam']]]);
  });

  it('honours BOARD_REPORTS_TO_HIDE', async () => {
    const app = await testApp();
    const { sian, ceri } = await twoMembers(app);
    const id = await startThread(app, sian, aThread);
    expect(await reportPost({ ...app, board: { reportsToHide: 1 } }, ceri, { kind: 'thread', id }, { reason: 'Spam' })).toEqual({ hidden: true });
  });

  it('a coordinator keeps a hidden post: shown again, reports resolved, audited', async () => {
    const app = await testApp();
    const { sian, ceri } = await twoMembers(app);
    const id = await startThread(app, sian, aThread);
    const reply = await replyTo(app, sian, id, { body: 'A fair point', lang: 'en' });
    const post = { kind: 'reply' as const, id: reply };
    await reportPost({ ...app, board: { reportsToHide: 1 } }, ceri, post, { reason: 'I disagree' });
    await keepPost(app, post, coordinator);
    expect((await repliesOf(app.db, id)).map((r) => r.state)).toEqual(['published']);
    expect(await moderationQueue(app.db)).toEqual([]);
    await expect(keepPost(app, post, coordinator)).rejects.toEqual(refusal('gone'));
    const audit = await app.db.selectFrom('audit_log').selectAll().where('action', '=', 'board.kept').execute();
    expect(audit).toMatchObject([{ actor: coordinator, subject_type: 'board_replies', subject_id: String(reply), detail: null }]);
  });

  it('a coordinator removes a post with a reason; the author is told by mail in their language; the audit names no address but the coordinator’s', async () => {
    const app = await testApp();
    const { sian, ceri } = await twoMembers(app);
    const id = await startThread(app, sian, { ...aThread, title: 'Tai a chyd-ddylunio' });
    const reply = await replyTo(app, ceri, id, { body: 'Prynwch fy llyfr!', lang: 'cy' });
    await reportPost(app, sian, { kind: 'reply', id: reply }, { reason: 'Advertising' });
    await expect(removePost(app, { kind: 'reply', id: reply }, coordinator, { reason: ' ' })).rejects.toMatchObject({ problems: { reason: { key: 'board.removal.required' } } });
    await removePost(app, { kind: 'reply', id: reply }, coordinator, { reason: 'Dim hysbysebion, os gwelwch yn dda.' });
    await app.sendAllMail();
    const mail = app.smtp.inbox.find((m) => m.to_address === 'ceri@example.cymru');
    expect(mail?.subject).toBe('Mae cydlynydd wedi dileu eich neges ar fwrdd y rhwydwaith');
    expect(mail?.text).toContain('Tai a chyd-ddylunio');
    expect(mail?.text).toContain('Dim hysbysebion, os gwelwch yn dda.');
    const audit = await app.db.selectFrom('audit_log').selectAll().where('action', '=', 'board.removed').execute();
    expect(audit).toMatchObject([{ actor: coordinator, subject_type: 'board_replies', subject_id: String(reply), detail: null }]);
    expect(JSON.stringify(audit)).not.toContain('ceri@');
  });

  it('of two coordinators removing the same post at once, one acts: one mail, one audit entry', async () => {
    const app = await testApp();
    const { sian, ceri } = await twoMembers(app);
    const id = await startThread(app, sian, aThread);
    await reportPost(app, ceri, { kind: 'thread', id }, { reason: 'Rude' });
    const two = racingServer(app);
    const results = await Promise.allSettled([
      removePost(app, { kind: 'thread', id }, coordinator, { reason: 'Rude' }),
      removePost(two.deps, { kind: 'thread', id }, 'second@rhwydwaith.cymru', { reason: 'Rude too' }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(results.find((r) => r.status === 'rejected')).toMatchObject({ reason: refusal('gone') });
    expect(await app.db.selectFrom('outbox').select('kind').where('kind', '=', 'board_removed').execute()).toHaveLength(1);
    expect(await app.db.selectFrom('audit_log').select('id').where('action', '=', 'board.removed').execute()).toHaveLength(1);
  });

  it('shows a member who left as "Former member", and erasure takes their replies and empties their threads', async () => {
    const app = await testApp();
    const { sian, ceri } = await twoMembers(app);
    const id = await startThread(app, sian, aThread);
    await replyTo(app, ceri, id, { body: 'Ceri’s reply', lang: 'en' });
    await replyTo(app, sian, id, { body: 'Siân’s reply', lang: 'en' });
    await app.db.updateTable('members').set({ state: 'left' }).where('id', '=', sian.id).execute();
    expect((await findThread(app.db, id))?.author).toEqual({ memberId: sian.id, name: undefined });
    expect((await repliesOf(app.db, id)).map((r) => r.author.name)).toEqual(['Ceri', undefined]);
    await eraseMembership(app, 'sian@example.cymru', coordinator, 'Asked by email');
    expect(await findThread(app.db, id)).toMatchObject({ title: '', body: '', state: 'removed', member_id: null, author: { name: undefined } });
    expect((await repliesOf(app.db, id)).map((r) => r.body)).toEqual(['Ceri’s reply']);
  });

  it('answers its JSON only to a signed-in member: 401 to anyone else, and never the words of a hidden post', async () => {
    const app = await testApp();
    const { sian, ceri } = await twoMembers(app);
    const id = await startThread(app, sian, aThread);
    const reply = await replyTo(app, ceri, id, { body: 'Rhywbeth cas', lang: 'cy' });
    await reportPost({ ...app, board: { reportsToHide: 1 } }, sian, { kind: 'reply', id: reply }, { reason: 'Rude' });
    const refused = await app.api.request('/api/network/board');
    expect(refused.status).toBe(401);
    expect(await refused.json()).toMatchObject({ error: { code: 'unauthorised', message: 'The board is for members of the network: sign in to the network first.' } });
    expect((await app.api.request(`/api/network/board/${id}`, { headers: { cookie: 'llofnod_member=not-a-session' } })).status).toBe(401);

    const { secret } = await startMemberSession(app.db, ceri.id, app.clock());
    const cookie = { cookie: `llofnod_member=${secret}` };
    const page = await app.api.request('/api/network/board', { headers: cookie });
    expect(page.status).toBe(200);
    expect(page.headers.get('cache-control')).toContain('no-store');
    expect(await page.json()).toEqual({ items: [expect.objectContaining({ id, title: 'Co-design with tenants', author: 'Siân', replies: 0 })], next: null });
    const thread = await (await app.api.request(`/api/network/board/${id}`, { headers: cookie })).json();
    expect(thread).toMatchObject({ id, state: 'published', author: 'Siân', replies: [{ id: reply, state: 'hidden', body: null, author: null, lang: 'cy' }] });
    expect(JSON.stringify(thread)).not.toContain('@');
    expect((await app.api.request('/api/network/board/999', { headers: cookie })).status).toBe(404);

    await app.db.updateTable('members').set({ state: 'left' }).where('id', '=', ceri.id).execute();
    expect((await app.api.request('/api/network/board', { headers: cookie })).status).toBe(401);
  });
});
