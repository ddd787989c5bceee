import { afterAll, describe, expect, it } from 'vitest';
import { connectDb } from '../../api/db/connect.ts';
import type { Db } from '../../api/db/database.ts';
import { aComment, aCommenter, post } from '../helpers/comment-rows.ts';
import { element, siteUnderTest, tags, textOf } from './browser.ts';

const campaigner = 'gwen@ymgyrch.cymru';
const site = siteUnderTest({ ADMIN_EMAILS: campaigner, TRUST_PROXY: '1' });
const postTitle = 'Why we are writing to the First Minister again';

// Comments arrive by the public form (another part of the site); here they are rows on the server's own database.
let db: Db | undefined;
const database = async () => (db ??= await connectDb({ dataDir: site.dataDir, databaseUrl: site.databaseUrl }));
afterAll(async () => db?.destroy());
const stateOf = async (id: number) => (await (await database()).selectFrom('comments').select(['state', 'hidden_at']).where('id', '=', id).executeTakeFirstOrThrow());

describe('the campaigners’ queue of comments', () => {
  it('refuses anyone without a session, and changes nothing', async () => {
    const c = await aComment(await database(), { state: 'held' });
    const page = await site.get('/admin/comments');
    expect(page.status).toBe(303);
    expect(page.location).toBe('/admin/sign-in');
    expect((await site.get('/cy/admin/comments')).location).toBe('/cy/admin/sign-in');
    const posted = await site.post('/admin/comments', { id: String(c.id), decision: 'approve' });
    expect(posted.status).toBe(303);
    expect(posted.location).toBe('/admin/sign-in');
    expect((await stateOf(c.id)).state).toBe('held');
  });

  it('shows a held comment beside its post, approves it, mails its author, and says so when a second decision comes late', async () => {
    const commenter = await aCommenter(await database(), { email: 'nia@example.cymru' });
    const c = await aComment(await database(), { state: 'held', heldFor: 'first', commenter, name: 'Nia Gwyn', body: 'Diolch am hyn. Read more at https://example.org/co-pro' });
    const cookie = await site.signInAs(campaigner);
    const page = await site.get('/admin/comments', { cookie });
    expect(page.status).toBe(200);
    const item = element(page.html, 'section', `data-comment="${c.id}"`)!;
    expect(textOf(item)).toContain(postTitle);
    expect(textOf(item)).toContain('Their first comment');
    expect(textOf(item)).toContain('example.cymru');
    expect(page.html).not.toContain('nia@');
    // Links stay text until the comment is published.
    expect(tags(item, 'a').map((a) => a.href)).not.toContain('https://example.org/co-pro');
    expect(tags(page.html, 'a').find((a) => a.href === '/admin/comments')).toBeDefined();
    expect(textOf(element(page.html, 'div', 'class="workspace-bar"')!)).toMatch(/Comments \(\d+\)/);
    const home = await site.get('/admin', { cookie });
    expect(Number(tags(home.html, 'li').find((li) => 'data-comments-queue' in li)?.['data-comments-queue'])).toBeGreaterThanOrEqual(1);

    const noReason = await site.post('/admin/comments', { id: String(c.id), decision: 'reject', reason: ' ' }, undefined, { cookie });
    expect(noReason.status).toBe(422);
    expect(textOf(noReason.html)).toContain('Enter the reason for rejecting this comment');

    const before = site.mailCount('nia@example.cymru');
    const approved = await site.post('/admin/comments', { id: String(c.id), decision: 'approve' }, undefined, { cookie });
    expect(approved.status).toBe(303);
    expect(approved.location).toBe('/admin/comments?done=approved');
    expect((await stateOf(c.id)).state).toBe('published');
    const mail = await site.nextMailTo('nia@example.cymru', before);
    expect(mail.subject).toBe('Your comment is published');
    expect(mail.text).toContain(`/blog/${post}#comment-${c.id}`);

    const late = await site.post('/admin/comments', { id: String(c.id), decision: 'reject', reason: 'Too late' }, undefined, { cookie });
    expect(late.status).toBe(409);
    expect(textOf(element(late.html, 'div', 'data-already')!)).toContain(`this comment is already published (by ${campaigner})`);
    expect((await stateOf(c.id)).state).toBe('published');
  });
});

describe('a reader reports a comment', () => {
  it('from a page in either language that shows the comment with its links as text; three readers hide it', async () => {
    const c = await aComment(await database(), { body: 'Buy cheap pills at https://spam.example/pills' });
    const path = `/blog/${post}/comments/${c.id}/report`;
    const page = await site.get(path);
    expect(page.status).toBe(200);
    expect(textOf(page.html)).toContain('Buy cheap pills at https://spam.example/pills');
    expect(tags(page.html, 'a').map((a) => a.href)).not.toContain('https://spam.example/pills');
    const welsh = await site.get(`/cy${path}`);
    expect(welsh.status).toBe(200);
    expect(textOf(welsh.html)).toContain('Rhoi gwybod am sylw');

    const missing = await site.post(path, { reason: '' }, undefined, { 'x-forwarded-for': '198.51.100.1' });
    expect(missing.status).toBe(422);
    expect(missing.headers.get('cache-control')).toContain('no-store');
    // A form posted from another site is refused before it is read.
    expect((await site.post(path, { reason: 'spam' }, 'https://elsewhere.example', { 'x-forwarded-for': '198.51.100.9' })).status).toBe(403);
    expect(textOf(missing.html)).toContain('Choose why you are reporting this comment');

    for (const [i, from] of ['198.51.100.1', '198.51.100.1', '198.51.100.2', '198.51.100.3'].entries()) {
      const sent = await site.post(i % 2 ? `/cy${path}` : path, { reason: 'spam', details: 'Adverts.' }, undefined, { 'x-forwarded-for': from });
      expect(sent.status).toBe(303);
      expect(sent.location).toBe(`${i % 2 ? '/cy' : ''}/blog/${post}/comments/${c.id}/reported`);
      if (i === 2) expect((await stateOf(c.id)).hidden_at).toBeNull();
    }
    expect((await stateOf(c.id)).hidden_at).not.toBeNull();
    const thanks = await site.get(`/blog/${post}/comments/${c.id}/reported`);
    expect(thanks.status).toBe(200);
    expect(textOf(thanks.html)).toContain('Thank you for your report');
  });

  it('answers 404 for a comment that is not published or not under that post', async () => {
    const held = await aComment(await database(), { state: 'held' });
    expect((await site.get(`/blog/${post}/comments/${held.id}/report`)).status).toBe(404);
    const c = await aComment(await database());
    expect((await site.get(`/blog/another-post/comments/${c.id}/report`)).status).toBe(404);
    expect((await site.get(`/blog/${post}/comments/99999/report`)).status).toBe(404);
  });
});
