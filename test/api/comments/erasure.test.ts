import { describe, expect, it } from 'vitest';
import { rowsByEmail } from '../../../api/admin/data-request.service.ts';
import { eraseComments } from '../../../api/comments/comment.erasure.ts';
import { commentThread, publishedComments } from '../../../api/comments/comment.public.ts';
import { describeErasure, eraseMe } from '../../../api/rights/erase-me.service.ts';
import { requestMyData } from '../../../api/rights/rights-request.service.ts';
import { sweepNow } from '../../../api/retention/retention.schedule.ts';
import { testApp } from '../../helpers/app.ts';
import { comment, commentRow, post, trustedReader } from '../../helpers/comments.ts';
import { lastMailTo } from '../../helpers/signatures.ts';

const dayMs = 24 * 60 * 60 * 1000;

async function siansConversation() {
  const app = await testApp();
  const first = await trustedReader(app);
  const reply = await comment(app, { parent: first, email: 'dafydd@example.org', name: 'Dafydd', body: 'Cytuno.' });
  await app.db.updateTable('comments').set({ state: 'published', published_at: app.clock().toISOString() }).where('id', '=', reply.body.id).execute();
  return { app, first, reply: reply.body.id };
}

describe('a person’s comments under a data request', () => {
  it('are found by their address however it is typed, and erased by a campaigner: words and name gone, the reply stays', async () => {
    const { app, first, reply } = await siansConversation();
    expect((await rowsByEmail(app.db, 'Sian+blog@Example.org')).comments.map((c) => c.id)).toEqual([first]);
    expect(await eraseComments(app.deps, 'sian@example.org', 'gwen@ymgyrch.cymru', 'Asked by email')).toBe(1);
    expect(await commentRow(app, first)).toMatchObject({ state: 'deleted', body: '', author_name: '', client_address: null });
    const commenter = await app.db.selectFrom('commenters').selectAll().where('id', '=', (await commentRow(app, first)).commenter_id).executeTakeFirstOrThrow();
    expect(commenter.email).toBe('');
    const { thread } = await commentThread(app.deps, post);
    expect(thread).toMatchObject([{ id: first, show: 'removed', replies: [{ id: reply, name: 'Dafydd' }] }]);
    expect((await publishedComments(app.deps, post)).map((c) => c.id)).toEqual([reply]);
    expect((await rowsByEmail(app.db, 'sian@example.org')).comments).toEqual([]);
    const audit = await app.db.selectFrom('audit_log').selectAll().where('action', '=', 'data.erased').execute();
    expect(JSON.stringify(audit)).not.toContain('sian@example.org');
  });

  it('go with the person’s own erase-me link, and their copy of their data holds them', async () => {
    const { app, first } = await siansConversation();
    await requestMyData(app.deps, { email: 'sian@example.org' }, 'en');
    const mail = await lastMailTo(app, 'sian@example.org');
    const copy = JSON.parse(String(mail.attachments.find((a) => a.filename === 'my-data.json')?.content)) as { comments: { body: string }[] };
    expect(copy.comments.map((c) => c.body)).toEqual(['Diolch am hyn.\n\nDaliwch ati!']);
    const token = /my-data\/erase\/([A-Za-z0-9_-]+)/.exec(mail.text ?? '')?.[1] ?? '';
    expect((await describeErasure(app.deps, token)).comments).toBe(1);
    await eraseMe(app.deps, token, { withdraw: false });
    expect((await commentRow(app, first)).state).toBe('deleted');
  });
});

describe('the retention sweep', () => {
  it('deletes an address never confirmed after 30 days, with its comments and mail, and forgets client addresses', async () => {
    const app = await testApp();
    const kept = await trustedReader(app);
    await comment(app, { email: 'never@example.org' }, { 'x-forwarded-for': '192.0.2.9' });
    app.clock.advance(29 * dayMs);
    await sweepNow(app);
    expect(await app.db.selectFrom('commenters').select('id').execute()).toHaveLength(2);
    app.clock.advance(2 * dayMs);
    const removed = await sweepNow(app);
    expect(removed).toMatchObject({ unconfirmed_comments: 1 });
    expect(await app.db.selectFrom('commenters').select('email').execute()).toEqual([{ email: 'sian@example.org' }]);
    expect((await commentRow(app, kept)).client_address).toBeNull();
  });
});
