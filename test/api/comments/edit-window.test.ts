import { describe, expect, it } from 'vitest';
import { deleteComment, describeEditLink, editComment } from '../../../api/comments/comment.edit.ts';
import { commentThread } from '../../../api/comments/comment.public.ts';
import { testApp } from '../../helpers/app.ts';
import { comment, commentRow, post, trustedReader } from '../../helpers/comments.ts';
import { lastMailTo } from '../../helpers/signatures.ts';
import { tokenIn } from '../../helpers/smtp.ts';

const minute = 60 * 1000;

async function publishedWithLink() {
  const app = await testApp();
  await trustedReader(app);
  const { body } = await comment(app, { body: 'Co-prodution matters.' });
  const token = tokenIn(await lastMailTo(app, 'sian@example.org'), 'comments/edit');
  return { app, id: body.id, token };
}

describe('the author edits or deletes their comment with the mailed link', () => {
  it('corrects it within 15 minutes of posting', async () => {
    const { app, id, token } = await publishedWithLink();
    app.clock.advance(14 * minute);
    expect((await describeEditLink(app.deps, token)).id).toBe(id);
    await editComment(app.deps, token, { body: 'Co-production matters.' });
    expect(await commentRow(app, id)).toMatchObject({ body: 'Co-production matters.', state: 'published', edited_at: app.clock().toISOString() });
  });

  it('after 15 minutes the link has expired and the words stay', async () => {
    const { app, id, token } = await publishedWithLink();
    app.clock.advance(15 * minute + 1);
    await expect(editComment(app.deps, token, { body: 'Changed' })).rejects.toMatchObject({ code: 'token_invalid', reason: 'expired' });
    await expect(deleteComment(app.deps, token)).rejects.toMatchObject({ reason: 'expired' });
    expect((await commentRow(app, id)).body).toBe('Co-prodution matters.');
  });

  it('an edit runs the rules again: two links now wait, and an approval no longer makes links live', async () => {
    const { app, id, token } = await publishedWithLink();
    await app.db.updateTable('comments').set({ decided_by: 'gwen@ymgyrch.cymru' }).where('id', '=', id).execute();
    await editComment(app.deps, token, { body: 'See https://a.example/x and https://b.example/y' });
    expect(await commentRow(app, id)).toMatchObject({ state: 'held', held_for: 'links', decided_by: null });
  });

  it('a deleted comment with a reply shows as removed; the reply stays', async () => {
    const { app, id, token } = await publishedWithLink();
    const reply = await comment(app, { parent: id, email: 'dafydd@example.org', name: 'Dafydd', body: 'Agreed.' });
    await deleteComment(app.deps, token);
    expect(await commentRow(app, id)).toMatchObject({ state: 'deleted', body: '', author_name: '' });
    const { thread } = await commentThread(app.deps, post, [reply.body.id]);
    expect(thread.find((n) => n.id === id)).toMatchObject({ show: 'removed', body: '', name: '', replies: [{ id: reply.body.id, body: 'Agreed.' }] });
    await expect(describeEditLink(app.deps, token)).rejects.toMatchObject({ reason: 'unknown' });
  });

  it('a first comment gets its window from the confirmation', async () => {
    const app = await testApp();
    const { body } = await comment(app);
    const { confirmCommenter } = await import('../../../api/comments/comment.service.ts');
    app.clock.advance(60 * minute);
    await confirmCommenter(app.deps, tokenIn(await lastMailTo(app, 'sian@example.org'), 'comments/confirm'));
    const token = tokenIn(await lastMailTo(app, 'sian@example.org'), 'comments/edit');
    app.clock.advance(10 * minute);
    await editComment(app.deps, token, { body: 'Diolch yn fawr am hyn.' });
    expect(await commentRow(app, body.id)).toMatchObject({ state: 'held', held_for: 'first', body: 'Diolch yn fawr am hyn.' });
  });
});
