import { describe, expect, it } from 'vitest';
import { eraseComments } from '../../../api/comments/comment.erasure.ts';
import { commentThread } from '../../../api/comments/comment.public.ts';
import { postWithCommentsSchema } from '../../../api/comments/comment.schema.ts';
import { eraseMembership } from '../../../api/network/member.erasure.ts';
import { startMemberSession } from '../../../api/network/member-session.service.ts';
import { leaveNetwork } from '../../../api/network/profile.service.ts';
import { testApp } from '../../helpers/app.ts';
import { aComment, comment, commentCount, commentRow, post } from '../../helpers/comments.ts';
import { insertMemberRow } from '../../helpers/members.ts';
import { mailsTo } from '../../helpers/signatures.ts';

/** The seed post only members comment on (content/posts/sharing-practice-with-the-network.md). */
const membersPost = 'sharing-practice-with-the-network';
const memberEmail = 'ffion@example.cymru';

type App = Awaited<ReturnType<typeof testApp>>;

/** An active member, signed in: the cookie their browser would send. */
async function signedInMember(app: App, overrides: Parameters<typeof insertMemberRow>[1] = {}) {
  const id = await insertMemberRow(app.db, { name: 'Ffion Prys', email: memberEmail, ...overrides });
  const { secret } = await startMemberSession(app.db, id, app.clock());
  return { id, cookie: { cookie: `llofnod_member=${secret}` } };
}

/** What a member's browser sends: no name, no address. */
const memberComment = (overrides: Record<string, unknown> = {}) => {
  const { name: _name, email: _email, ...rest } = aComment(overrides);
  return rest;
};

const json = async (app: App, slug: string, headers: Record<string, string> = {}) => postWithCommentsSchema.parse(await (await app.get(`/api/posts/${slug}`, headers)).json());

describe('a post only members comment on', () => {
  it('refuses a reader who is not signed in as a member, 403 with a clear message, and keeps nothing', async () => {
    const app = await testApp();
    const sent = await comment(app, {}, { 'accept-language': 'en' }, membersPost);
    expect(sent.status).toBe(403);
    expect(sent.body.error).toMatchObject({ code: 'members_only', message: expect.stringContaining('Only members of the network') });
    const welsh = await comment(app, { name: '' }, { 'accept-language': 'cy' }, membersPost);
    expect(welsh.status).toBe(403);
    expect(welsh.body.error?.code).toBe('members_only');
    expect(await commentCount(app)).toBe(0);
    expect(await app.db.selectFrom('commenters').selectAll().execute()).toEqual([]);
    expect(await mailsTo(app, 'sian@example.org')).toEqual([]);
  });

  it('refuses a member who has left, though their browser kept its cookie', async () => {
    const app = await testApp();
    const { id, cookie } = await signedInMember(app);
    await leaveNetwork(app.deps, { id });
    expect((await app.post(`/api/posts/${membersPost}/comments`, memberComment(), cookie)).status).toBe(403);
  });

  it('publishes a signed-in member’s comment at once, under their name, with no mail to confirm and not held as a first', async () => {
    const app = await testApp();
    const { id, cookie } = await signedInMember(app);
    const res = await app.post(`/api/posts/${membersPost}/comments`, memberComment(), cookie);
    expect(res.status).toBe(202);
    const sent = (await res.json()) as { status: string; id: number };
    expect(sent.status).toBe('published');
    expect(await commentRow(app, sent.id)).toMatchObject({ member_id: id, author_name: 'Ffion Prys', held_for: null });
    const commenter = await app.db.selectFrom('commenters').selectAll().executeTakeFirstOrThrow();
    expect(commenter).toMatchObject({ email: memberEmail, confirmed_at: expect.any(String), trusted_at: expect.any(String) });
    expect((await mailsTo(app, memberEmail)).map((m) => m.subject)).not.toContainEqual(expect.stringMatching(/confirm/i));
    expect((await json(app, membersPost)).comments).toEqual([expect.objectContaining({ id: sent.id, name: 'Ffion Prys' })]);
    const { thread } = await commentThread(app.deps, membersPost);
    expect(thread[0]).toMatchObject({ name: 'Ffion Prys', member: true });
  });

  it('still holds a member’s comment with links for a campaigner', async () => {
    const app = await testApp();
    const { cookie } = await signedInMember(app);
    const res = await app.post(`/api/posts/${membersPost}/comments`, memberComment({ body: 'See https://a.example/x and https://b.example/y' }), cookie);
    const sent = (await res.json()) as { status: string; id: number };
    expect(sent.status).toBe('held');
    expect((await commentRow(app, sent.id)).held_for).toBe('links');
  });
});

describe('a member comments on an ordinary post', () => {
  it('is trusted at once there too, and the Member tag shows only if the directory shows their name', async () => {
    const app = await testApp();
    const { cookie } = await signedInMember(app);
    const res = await app.post(`/api/posts/${post}/comments`, memberComment(), cookie);
    expect(((await res.json()) as { status: string }).status).toBe('published');
    expect((await commentThread(app.deps, post)).thread[0]).toMatchObject({ name: 'Ffion Prys', member: false });

    const shown = await testApp();
    const named = await signedInMember(shown, { shown: '["name"]' });
    await shown.post(`/api/posts/${post}/comments`, memberComment(), named.cookie);
    expect((await commentThread(shown.deps, post)).thread[0]).toMatchObject({ member: true });
  });

  it('works as before for a reader who is not a member', async () => {
    const app = await testApp();
    const sent = await comment(app);
    expect(sent.body.status).toBe('unconfirmed');
    expect((await commentRow(app, sent.body.id)).member_id).toBeNull();
  });
});

describe('a member who leaves', () => {
  it('shows as "Former member" in place of their name, in the reader’s language; erasure then takes the words', async () => {
    const app = await testApp();
    const { id, cookie } = await signedInMember(app);
    const res = await app.post(`/api/posts/${membersPost}/comments`, memberComment({ body: 'We co-design with tenants every month.' }), cookie);
    const sent = (await res.json()) as { id: number };
    await leaveNetwork(app.deps, { id });

    const en = await json(app, membersPost, { 'accept-language': 'en' });
    expect(en.comments).toEqual([expect.objectContaining({ id: sent.id, name: 'Former member', body: 'We co-design with tenants every month.' })]);
    expect(JSON.stringify(en)).not.toContain('Ffion');
    expect((await json(app, membersPost, { 'accept-language': 'cy' })).comments[0]?.name).toBe('Cyn-aelod');
    expect((await commentThread(app.deps, membersPost, [], 'en')).thread[0]).toMatchObject({ name: 'Former member', member: false, former: true });

    await eraseComments(app.deps, memberEmail, 'gwen@ymgyrch.cymru', 'Asked by mail');
    await eraseMembership(app.deps, memberEmail, 'gwen@ymgyrch.cymru', 'Asked by mail');
    expect(await commentRow(app, sent.id)).toMatchObject({ state: 'deleted', body: '', author_name: '', member_id: null });
    expect((await json(app, membersPost)).comments).toEqual([]);
  });
});
