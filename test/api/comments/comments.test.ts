import { describe, expect, it } from 'vitest';
import { confirmCommenter, describeConfirmLink } from '../../../api/comments/comment.service.ts';
import { defaultCommentPolicy } from '../../../api/comments/comment.policy.ts';
import { postComment, parseComment } from '../../../api/comments/comment.service.ts';
import { commentThread } from '../../../api/comments/comment.public.ts';
import { postWithCommentsSchema } from '../../../api/comments/comment.schema.ts';
import { parseRange } from '../../../api/abuse/client-address.ts';
import { testApp } from '../../helpers/app.ts';
import { aComment, approve, comment, commentCount, commentRow, post, trustedReader } from '../../helpers/comments.ts';
import { lastMailTo, mailsTo } from '../../helpers/signatures.ts';
import { linkIn, tokenIn } from '../../helpers/smtp.ts';

const dayMs = 24 * 60 * 60 * 1000;
const postJson = async (app: Awaited<ReturnType<typeof testApp>>, headers: Record<string, string> = {}) =>
  postWithCommentsSchema.parse(await (await app.get(`/api/posts/${post}`, headers)).json());

describe('a reader comments on a post for the first time', () => {
  it('is asked to confirm their address by mail, in the language they read, and nothing shows yet', async () => {
    const app = await testApp();
    const sent = await comment(app, {}, { 'accept-language': 'cy' });
    expect(sent.status).toBe(202);
    expect(sent.body).toEqual({ status: 'unconfirmed', id: expect.any(Number) });
    expect(sent.res.headers.get('set-cookie')).toMatch(/^llofnod_comments=/);

    const mail = await lastMailTo(app, 'sian@example.org');
    expect(mail.subject).toBe('Cadarnhewch eich sylw: Pam rydym yn ysgrifennu at y Prif Weinidog eto');
    expect(linkIn(mail, 'comments/confirm')).toMatch(/^https:\/\/llofnod\.test\/cy\/comments\/confirm\//);
    const token = tokenIn(mail, 'comments/confirm');
    expect(JSON.stringify(await app.db.selectFrom('commenters').selectAll().execute())).not.toContain(token);
    expect((await postJson(app)).comments).toEqual([]);
  });

  it('confirming once holds the first comment for a campaigner and mails the edit link; approval publishes it', async () => {
    const app = await testApp();
    const { body } = await comment(app);
    const token = tokenIn(await lastMailTo(app, 'sian@example.org'), 'comments/confirm');
    await describeConfirmLink(app.deps, token);
    const confirmed = await confirmCommenter(app.deps, token);
    expect(confirmed).toEqual({ post, comments: [body.id] });
    expect(await commentRow(app, body.id)).toMatchObject({ state: 'held', held_for: 'first' });
    await expect(confirmCommenter(app.deps, token)).rejects.toMatchObject({ code: 'token_invalid', reason: 'used' });

    const posted = await lastMailTo(app, 'sian@example.org');
    expect(linkIn(posted, 'comments/edit')).toMatch(/^https:\/\/llofnod\.test\/comments\/edit\//);
    expect((await postJson(app)).comments).toEqual([]);

    await approve(app, body.id);
    const json = await postJson(app);
    expect(json.comments).toEqual([{ id: body.id, parent: null, name: 'Siân Jones', lang: 'cy', body: 'Diolch am hyn.\n\nDaliwch ati!', published_at: app.clock().toISOString() }]);
    expect(JSON.stringify(json)).not.toContain('sian@example.org');
  });

  it('a second comment before any approval waits too', async () => {
    const app = await testApp();
    await comment(app);
    await confirmCommenter(app.deps, tokenIn(await lastMailTo(app, 'sian@example.org'), 'comments/confirm'));
    const second = await comment(app, { body: 'Un peth arall.' });
    expect(second.body.status).toBe('held');
  });

  it('an expired confirmation link says so', async () => {
    const app = await testApp();
    await comment(app);
    const token = tokenIn(await lastMailTo(app, 'sian@example.org'), 'comments/confirm');
    app.clock.advance(8 * dayMs);
    await expect(confirmCommenter(app.deps, token)).rejects.toMatchObject({ reason: 'expired' });
  });
});

describe('a trusted reader comments again', () => {
  it('is published at once', async () => {
    const app = await testApp();
    await trustedReader(app);
    const again = await comment(app, { body: 'A good point about commissioning.' });
    expect(again.body.status).toBe('published');
    expect((await postJson(app)).comments).toHaveLength(2);
  });

  it('waits when it carries two links, however written', async () => {
    const app = await testApp();
    await trustedReader(app);
    const one = await comment(app, { body: 'See https://example.org/report for the figures.' });
    expect(one.body.status).toBe('published');
    const two = await comment(app, { body: 'See https://example.org/a and www.example.net/b.' });
    expect(two.body.status).toBe('held');
    expect((await commentRow(app, two.body.id)).held_for).toBe('links');
  });

  it('waits when it holds a word on the list, in Welsh or English, or one the campaign added', async () => {
    const app = await testApp();
    await trustedReader(app);
    const welsh = await comment(app, { body: 'Arian cyflym i bawb!' });
    expect((await commentRow(app, welsh.body.id)).held_for).toBe('words');
    const english = await comment(app, { body: 'Best CASINO bonus.' });
    expect((await commentRow(app, english.body.id)).held_for).toBe('words');
    // A word inside another word is not the word.
    const innocent = await comment(app, { body: 'Occasionally, casinos-free towns' + ' are calm.' });
    expect((await commentRow(app, innocent.body.id)).state).toBe('published');

    const deps = { ...app.deps, comments: { ...defaultCommentPolicy, holdWords: [...defaultCommentPolicy.holdWords, 'fracking'] } };
    const added = await postComment(deps, post, parseComment(aComment({ body: 'Fracking is the answer.' })), 'en');
    expect(added.state).toBe('held');
  });

  it('is held, not refused, past five an hour from one reader or one address', async () => {
    const app = await testApp();
    await trustedReader(app);
    const from = { 'x-forwarded-for': '192.0.2.7' };
    const states: string[] = [];
    for (let i = 0; i < 5; i += 1) states.push((await comment(app, { body: `Point ${i}` }, from)).body.status);
    // The first (trusted) comment counts too: it was sent within the hour.
    expect(states.slice(0, 4)).toEqual(['published', 'published', 'published', 'published']);
    expect(states[4]).toBe('held');
    expect((await commentRow(app, (await comment(app, { body: 'More' })).body.id)).held_for).toBe('rate');
    app.clock.advance(61 * 60 * 1000);
    expect((await comment(app, { body: 'An hour later' })).body.status).toBe('published');
  });

  it('holds the sixth comment in an hour from one client address, whoever sends it, unless the address is on the allowlist', async () => {
    const app = await testApp({ abuse: { trustProxy: 1 } });
    const from = { 'x-forwarded-for': '192.0.2.7' };
    for (let i = 0; i < 6; i += 1) await comment(app, { email: `visitor-${i}@example.org`, body: `Visitor ${i}` }, from);
    const rows = await app.db.selectFrom('comments').select(['held_for', 'client_address']).orderBy('id').execute();
    expect(rows.map((c) => c.held_for)).toEqual([...Array(5).fill('first'), 'first,rate']);
    expect(rows[0]?.client_address).toBe('192.0.2.7');

    const stall = await testApp({ abuse: { trustProxy: 1, allow: [parseRange('192.0.2.0/24')!] } });
    for (let i = 0; i < 6; i += 1) await comment(stall, { email: `stall-${i}@example.org`, body: `Visitor ${i}` }, from);
    expect((await stall.db.selectFrom('comments').select('held_for').execute()).map((c) => c.held_for)).toEqual(Array(6).fill('first'));
  });

  it('filling the hidden field, or sending the form too fast, holds it with the same answer', async () => {
    const app = await testApp();
    await trustedReader(app);
    const trap = await comment(app, { homepage: 'https://spam.example' });
    expect(trap.status).toBe(202);
    expect((await commentRow(app, trap.body.id)).held_for).toBe('honeypot');
    const fast = await comment(app, { shown_at: String(app.clock().getTime()) });
    expect((await commentRow(app, fast.body.id)).held_for).toBe('honeypot');
    const person = await comment(app, { shown_at: String(app.clock().getTime() - 60_000) });
    expect((await commentRow(app, person.body.id)).state).toBe('published');
  });
});

describe('who may comment, and where', () => {
  it('a blocked address is refused with a clear message and nothing is kept', async () => {
    const app = await testApp();
    await comment(app);
    await app.db.updateTable('commenters').set({ blocked_at: app.clock().toISOString(), blocked_by: 'gwen@ymgyrch.cymru' }).execute();
    const before = await commentCount(app);
    const refused = await comment(app, { email: 'Sian+again@Example.org' });
    expect(refused.status).toBe(403);
    expect(refused.body.error?.code).toBe('commenter_blocked');
    expect(await commentCount(app)).toBe(before);
  });

  it('a post closes COMMENTS_OPEN_DAYS after it was published, replies with it', async () => {
    const app = await testApp();
    const first = await trustedReader(app);
    // Published 2026-10-01; the clock starts on 2026-11-22; 60 days end on 2026-11-30.
    app.clock.advance(8 * dayMs);
    const closed = await comment(app, { parent: first });
    expect(closed.status).toBe(409);
    expect(closed.body.error?.code).toBe('comments_closed');
    expect((await postJson(app)).comments_open).toBe(false);
  });

  it('an unknown post is not found', async () => {
    const app = await testApp();
    expect((await comment(app, {}, {}, 'no-such-post')).status).toBe(404);
  });

  it('replies go three deep, no deeper', async () => {
    const app = await testApp();
    const first = await trustedReader(app);
    const second = await comment(app, { parent: first, body: 'Reply' });
    const third = await comment(app, { parent: second.body.id, body: 'Reply to reply' });
    expect(await commentRow(app, third.body.id)).toMatchObject({ depth: 3, parent_id: second.body.id });
    const fourth = await comment(app, { parent: third.body.id, body: 'Too deep' });
    expect(fourth.status).toBe(422);
    expect(fourth.body.error?.fields).toEqual({ parent: 'Replies go no deeper than this. Reply to an earlier comment instead' });
    const { thread, count } = await commentThread(app.deps, post);
    expect(count).toBe(3);
    expect(thread[0]?.replies[0]?.replies[0]?.id).toBe(third.body.id);
  });

  it('a reply to a comment that is not published is refused', async () => {
    const app = await testApp();
    const { body } = await comment(app);
    const reply = await comment(app, { parent: body.id, email: 'other@example.org' });
    expect(reply.status).toBe(422);
    expect(Object.keys(reply.body.error?.fields ?? {})).toEqual(['parent']);
  });

  it('a waiting comment shows to its own author only', async () => {
    const app = await testApp();
    const { body } = await comment(app);
    expect((await commentThread(app.deps, post)).thread).toEqual([]);
    const mine = await commentThread(app.deps, post, [body.id]);
    expect(mine.thread).toMatchObject([{ id: body.id, show: 'waiting', body: 'Diolch am hyn.\n\nDaliwch ati!' }]);
    expect(mine.count).toBe(0);
  });

  it('asks for each field in the reader’s language', async () => {
    const app = await testApp();
    const res = await app.post(`/api/posts/${post}/comments`, { body: 'x'.repeat(5001) }, { 'accept-language': 'cy' });
    expect(res.status).toBe(422);
    const { error } = (await res.json()) as { error: { fields: Record<string, string> } };
    expect(Object.keys(error.fields).sort()).toEqual(['body', 'consent', 'email', 'name']);
    expect(error.fields.body).toBe("Rhaid i'ch sylw fod yn 5,000 nod neu lai");
  });
});

describe('mails', () => {
  it('no more than three confirmation mails a day reach one address', async () => {
    const app = await testApp();
    for (let i = 0; i < 5; i += 1) await comment(app, { body: `Try ${i}` });
    await app.sendAllMail();
    expect(mailsTo(app, 'sian@example.org')).toHaveLength(3);
  });
});
