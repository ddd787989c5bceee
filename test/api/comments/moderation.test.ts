import { describe, expect, it } from 'vitest';
import { latestAudit } from '../../../api/admin/audit.repository.ts';
import {
  approveComment,
  blockCommenter,
  keepComment,
  markCommentSpam,
  rejectComment,
} from '../../../api/comments/comment-moderation.service.ts';
import { commentQueue, commentsWaitingCount } from '../../../api/comments/comment-queue.service.ts';
import { reportComment } from '../../../api/comments/comment-report.service.ts';
import { CommentAlreadyDecidedError } from '../../../api/errors.ts';
import { origin, racingServer, testApp } from '../../helpers/app.ts';
import { aComment, aCommenter, post } from '../../helpers/comment-rows.ts';
import { lastMailTo, mailsTo } from '../../helpers/signatures.ts';

const campaigner = 'gwen@ymgyrch.cymru';
const other = 'dafydd@ymgyrch.cymru';
type App = Awaited<ReturnType<typeof testApp>>;

const row = (app: App, id: number) => app.db.selectFrom('comments').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
const openReports = async (app: App, id: number) =>
  (await app.db.selectFrom('comment_reports').selectAll().where('comment_id', '=', id).where('resolved_at', 'is', null).execute()).length;
async function hiddenByReaders(app: App) {
  const c = await aComment(app.db);
  for (const from of ['198.51.100.1', '198.51.100.2', '198.51.100.3']) await reportComment(app, c.id, { reason: 'abusive' }, from);
  return c;
}

describe('the queue of comments', () => {
  it('holds held comments and reported ones, oldest first, with what each answers, why it waits and the reports', async () => {
    const app = await testApp();
    const first = await aComment(app.db, { body: 'The first word.', at: '2026-11-22T08:00:00.000Z' });
    const reply = await aComment(app.db, { state: 'held', heldFor: 'first,links', parent: first, name: 'Dai', at: '2026-11-22T09:00:00.000Z' });
    await aComment(app.db, { state: 'published', at: '2026-11-22T07:00:00.000Z' });
    await reportComment(app, first.id, { reason: 'off_topic', details: 'Not about the letter.' }, '198.51.100.1');

    const queue = await commentQueue(app);
    expect(queue.map((q) => q.id)).toEqual([first.id, reply.id]);
    expect(queue[0]).toMatchObject({ state: 'published', hidden_at: null, reports: [{ reason: 'off_topic', details: 'Not about the letter.' }] });
    expect(queue[1]).toMatchObject({ held_for: ['first', 'links'], parent: { id: first.id, body: 'The first word.' }, author: { email_domain: 'example.cymru', trusted: false } });
    expect(JSON.stringify(queue)).not.toContain('sian@');
    expect(await commentsWaitingCount(app)).toBe(2);
  });
});

describe('approving a held comment', () => {
  it('publishes it, trusts its author, audits it without the address and mails the author a link to it over SMTP', async () => {
    const app = await testApp();
    const c = await aComment(app.db, { state: 'held' });
    await approveComment(app, c.id, campaigner);

    expect(await row(app, c.id)).toMatchObject({ state: 'published', published_at: app.clock().toISOString(), decided_by: campaigner });
    const author = await app.db.selectFrom('commenters').selectAll().executeTakeFirstOrThrow();
    expect(author.trusted_at).toBe(app.clock().toISOString());
    const [entry] = await latestAudit(app.db, 1);
    expect(entry).toMatchObject({ actor: campaigner, action: 'comment.approved', subject_type: 'comment', subject_id: String(c.id) });
    expect(JSON.parse(entry!.detail!)).toEqual({ post });
    expect(entry!.detail).not.toContain('sian@');

    const mail = await lastMailTo(app, 'sian@example.cymru');
    expect(mail.subject).toBe('Your comment is published');
    expect(mail.text).toContain(`${origin}/blog/${post}#comment-${c.id}`);
    expect(await commentsWaitingCount(app)).toBe(0);
  });

  it('speaks Welsh to a Welsh commenter, with links to the Welsh pages', async () => {
    const app = await testApp();
    const commenter = await aCommenter(app.db, { email: 'dafydd@enghraifft.cymru', locale: 'cy' });
    const c = await aComment(app.db, { state: 'held', commenter, lang: 'cy' });
    await approveComment(app, c.id, campaigner);
    const mail = await lastMailTo(app, 'dafydd@enghraifft.cymru');
    expect(mail.subject).toBe('Mae eich sylw wedi’i gyhoeddi');
    expect(mail.text).toContain(`${origin}/cy/blog/${post}#comment-${c.id}`);
    expect(mail.text).toContain('hysbysiad preifatrwydd');
  });
});

describe('rejecting a comment', () => {
  it('needs a reason, which reaches the author in their mail and the audit log', async () => {
    const app = await testApp();
    const c = await aComment(app.db, { state: 'held' });
    await rejectComment(app, c.id, campaigner, 'It names a private person.');
    expect(await row(app, c.id)).toMatchObject({ state: 'rejected', reason: 'It names a private person.', decided_by: campaigner });
    const [entry] = await latestAudit(app.db, 1);
    expect(entry).toMatchObject({ action: 'comment.rejected' });
    expect(JSON.parse(entry!.detail!)).toEqual({ post, reason: 'It names a private person.' });
    const mail = await lastMailTo(app, 'sian@example.cymru');
    expect(mail.subject).toBe('Your comment was not published');
    expect(mail.text).toContain('The campaigner’s reason: It names a private person.');
  });

  it('takes a reported comment off the post and settles its reports', async () => {
    const app = await testApp();
    const c = await hiddenByReaders(app);
    await rejectComment(app, c.id, campaigner, 'Abusive.');
    expect((await row(app, c.id)).state).toBe('rejected');
    expect(await openReports(app, c.id)).toBe(0);
    expect(await commentQueue(app)).toEqual([]);
  });
});

describe('marking a comment as spam', () => {
  it('takes it away and tells its author nothing', async () => {
    const app = await testApp();
    const c = await aComment(app.db, { state: 'held', heldFor: 'links' });
    await markCommentSpam(app, c.id, campaigner);
    expect((await row(app, c.id)).state).toBe('spam');
    expect((await latestAudit(app.db, 1))[0]).toMatchObject({ action: 'comment.spam' });
    await app.sendAllMail();
    expect(mailsTo(app, 'sian@example.cymru')).toEqual([]);
  });
});

describe('keeping a reported comment', () => {
  it('shows it again, settles its reports, and the same readers cannot hide it again', async () => {
    const app = await testApp();
    const c = await hiddenByReaders(app);
    expect((await row(app, c.id)).hidden_at).not.toBeNull();
    await keepComment(app, c.id, campaigner);
    expect(await row(app, c.id)).toMatchObject({ state: 'published', hidden_at: null });
    expect(await openReports(app, c.id)).toBe(0);
    expect((await latestAudit(app.db, 1))[0]).toMatchObject({ action: 'comment.kept' });
    for (const from of ['198.51.100.1', '198.51.100.2', '198.51.100.3']) await reportComment(app, c.id, { reason: 'abusive' }, from);
    expect((await row(app, c.id)).hidden_at).toBeNull();
    await app.sendAllMail();
    expect(mailsTo(app, 'sian@example.cymru')).toEqual([]);
  });
});

describe('blocking an address', () => {
  it('blocks the commenter with the reason and turns every comment of theirs still held into spam', async () => {
    const app = await testApp();
    const c = await aComment(app.db, { state: 'held' });
    const another = await aComment(app.db, { state: 'held' });
    const published = await aComment(app.db, { state: 'published' });
    const someoneElse = await aComment(app.db, { state: 'held', commenter: await aCommenter(app.db, { email: 'dai@example.org' }) });
    await blockCommenter(app, c.id, campaigner, 'Posts adverts.');

    const author = await app.db.selectFrom('commenters').selectAll().where('email_key', '=', 'sian@example.cymru').executeTakeFirstOrThrow();
    expect(author).toMatchObject({ blocked_by: campaigner, block_reason: 'Posts adverts.', blocked_at: app.clock().toISOString() });
    expect((await row(app, c.id)).state).toBe('spam');
    expect((await row(app, another.id)).state).toBe('spam');
    expect((await row(app, published.id)).state).toBe('published');
    expect((await row(app, someoneElse.id)).state).toBe('held');
    const [entry] = await latestAudit(app.db, 1);
    expect(entry).toMatchObject({ action: 'commenter.blocked' });
    expect(JSON.parse(entry!.detail!)).toMatchObject({ post, reason: 'Posts adverts.', held_as_spam: 1 });
    expect(entry!.detail).not.toContain('sian@');
    // A blocked address's comment that is held later cannot be approved by a stale page either: it is spam already.
    await expect(approveComment(app, another.id, other)).rejects.toThrow(CommentAlreadyDecidedError);
  });
});

describe('a decision already taken by someone else', () => {
  it('does nothing twice and says what happened', async () => {
    const app = await testApp();
    const c = await aComment(app.db, { state: 'held' });
    await approveComment(app, c.id, campaigner);
    const late = await rejectComment(app, c.id, other, 'Too late').catch((e: unknown) => e);
    expect(late).toBeInstanceOf(CommentAlreadyDecidedError);
    expect(late).toMatchObject({ state: 'published', by: campaigner });
    await expect(keepComment(app, c.id, other)).rejects.toThrow(CommentAlreadyDecidedError);
  });

  it('of two campaigners deciding at once on two servers, exactly one acts, with one mail and one audit entry', async () => {
    const app = await testApp();
    const two = racingServer(app);
    const c = await aComment(app.db, { state: 'held' });
    const outcomes = await Promise.allSettled([approveComment(app, c.id, campaigner), rejectComment(two.deps, c.id, other, 'No')]);
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    const refused = outcomes.find((o) => o.status === 'rejected');
    expect(refused?.reason).toBeInstanceOf(CommentAlreadyDecidedError);
    const audit = await app.db.selectFrom('audit_log').selectAll().where('subject_type', '=', 'comment').execute();
    expect(audit).toHaveLength(1);
    expect(await app.db.selectFrom('outbox').selectAll().where('comment_id', '=', c.id).execute()).toHaveLength(1);
  });

  it('of two campaigners keeping one hidden comment at once, one keeps it', async () => {
    const app = await testApp();
    const two = racingServer(app);
    const c = await hiddenByReaders(app);
    const outcomes = await Promise.allSettled([keepComment(app, c.id, campaigner), keepComment(two.deps, c.id, other)]);
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    expect(await app.db.selectFrom('audit_log').selectAll().where('action', '=', 'comment.kept').execute()).toHaveLength(1);
  });
});
