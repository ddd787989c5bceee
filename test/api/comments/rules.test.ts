import { describe, expect, it } from 'vitest';
import { defaultCommentPolicy } from '../../../api/comments/comment.policy.ts';
import { commentThread } from '../../../api/comments/comment.public.ts';
import { commentsCloseAt, commentsOpen, holdWordIn } from '../../../api/comments/comment.rules.ts';
import { postFrontmatterSchema } from '../../../api/letters/letter.schema.ts';
import { testApp } from '../../helpers/app.ts';
import { comment, post, trustedReader } from '../../helpers/comments.ts';

const published = new Date('2026-10-01T00:00:00Z');
const frontmatter = (comments?: unknown) =>
  postFrontmatterSchema.parse({ title: 'A post', summary: 'About it', published, author: 'campaign-team', ...(comments === undefined ? {} : { comments }) });

describe('when a post takes comments', () => {
  it('absent from the frontmatter: COMMENTS_OPEN_DAYS after it was published', () => {
    expect(commentsCloseAt(frontmatter(), defaultCommentPolicy)?.toISOString()).toBe('2026-11-30T00:00:00.000Z');
    expect(commentsOpen(frontmatter(), { ...defaultCommentPolicy, openDays: 10 }, new Date('2026-10-12T00:00:00Z'))).toBe(false);
  });

  it('`open`, `closed`, or a date it closes on', () => {
    expect(commentsOpen(frontmatter('open'), defaultCommentPolicy, new Date('2030-01-01T00:00:00Z'))).toBe(true);
    expect(commentsOpen(frontmatter('closed'), defaultCommentPolicy, published)).toBe(false);
    const until = frontmatter(new Date('2027-01-31'));
    expect(commentsOpen(until, defaultCommentPolicy, new Date('2027-01-30T23:59:00Z'))).toBe(true);
    expect(commentsOpen(until, defaultCommentPolicy, new Date('2027-01-31T00:00:00Z'))).toBe(false);
  });

  it('refuses anything else in the frontmatter', () => {
    expect(() => frontmatter('sometimes')).toThrow();
  });
});

describe('the hold list', () => {
  it('matches whole words and phrases in either language, whatever the case or spacing', () => {
    expect(holdWordIn('Try our PAYDAY   loan', defaultCommentPolicy.holdWords)).toBe('payday loan');
    expect(holdWordIn('Benthyciad diwrnod cyflog heddiw', defaultCommentPolicy.holdWords)).toBe('benthyciad diwrnod cyflog');
    expect(holdWordIn('Cryptographers agree', defaultCommentPolicy.holdWords)).toBeUndefined();
  });
});

describe('a comment hidden after reports', () => {
  it('shows as a placeholder, its replies still shown, and is not counted', async () => {
    const app = await testApp();
    const first = await trustedReader(app);
    const reply = await comment(app, { parent: first, body: 'Reply' });
    await app.db.updateTable('comments').set({ hidden_at: app.clock().toISOString() }).where('id', '=', first).execute();
    const { thread, count } = await commentThread(app.deps, post);
    expect(thread).toMatchObject([{ id: first, show: 'hidden', body: '', replies: [{ id: reply.body.id, show: 'published' }] }]);
    expect(count).toBe(1);
  });
});
