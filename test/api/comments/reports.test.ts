import { describe, expect, it } from 'vitest';
import { reportComment } from '../../../api/comments/comment-report.service.ts';
import { commentQueue } from '../../../api/comments/comment-queue.service.ts';
import { NotFoundError, TooManyReportsError } from '../../../api/errors.ts';
import { origin, testApp } from '../../helpers/app.ts';
import { aComment } from '../../helpers/comment-rows.ts';

const reports = (app: { db: import('../../../api/db/database.ts').Db }) => app.db.selectFrom('comment_reports').selectAll().execute();
const hiddenAt = async (app: Awaited<ReturnType<typeof testApp>>, id: number) =>
  (await app.db.selectFrom('comments').select('hidden_at').where('id', '=', id).executeTakeFirstOrThrow()).hidden_at;

describe('a reader reports a published comment', () => {
  it('puts it in the campaigners’ queue with the reason, and keeps no address', async () => {
    const app = await testApp();
    const c = await aComment(app.db);
    expect(await reportComment(app, c.id, { reason: 'abusive', details: 'It calls a councillor names.' }, '198.51.100.7')).toEqual({ hidden: false });
    const [item] = await commentQueue(app);
    expect(item).toMatchObject({ id: c.id, reports: [{ reason: 'abusive', details: 'It calls a councillor names.' }] });
    const [row] = await reports(app);
    expect(row!.reporter_key).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(row)).not.toContain('198.51.100');
  });

  it('hides it once three different people report it, and not before', async () => {
    const app = await testApp();
    const c = await aComment(app.db);
    await reportComment(app, c.id, { reason: 'spam' }, '198.51.100.1');
    expect(await reportComment(app, c.id, { reason: 'abusive' }, '198.51.100.2')).toEqual({ hidden: false });
    expect(await hiddenAt(app, c.id)).toBeNull();
    expect(await reportComment(app, c.id, { reason: 'personal' }, '2001:db8::1')).toEqual({ hidden: true });
    expect(await hiddenAt(app, c.id)).toBe(app.clock().toISOString());
  });

  it('counts the same person twice once, without failing, even from another address in the same IPv6 /64', async () => {
    const app = await testApp();
    const c = await aComment(app.db);
    await reportComment(app, c.id, { reason: 'spam' }, '2001:db8:1:2::5');
    await reportComment(app, c.id, { reason: 'spam' }, '2001:db8:1:2::5');
    await reportComment(app, c.id, { reason: 'abusive' }, '2001:db8:1:2::99');
    expect(await reports(app)).toHaveLength(1);
    expect(await hiddenAt(app, c.id)).toBeNull();
  });

  it('follows COMMENT_REPORTS_TO_HIDE', async () => {
    const app = await testApp();
    const c = await aComment(app.db);
    const deps = { ...app, moderation: { reportsToHide: 1, reportsPerHour: 10 } };
    expect(await reportComment(deps, c.id, { reason: 'spam' }, '198.51.100.1')).toEqual({ hidden: true });
  });

  it('refuses a reader who reports more than ten comments in an hour, and takes them again an hour later', async () => {
    const app = await testApp();
    const comments = [];
    for (let i = 0; i < 11; i++) comments.push(await aComment(app.db));
    for (const c of comments.slice(0, 10)) await reportComment(app, c.id, { reason: 'spam' }, '198.51.100.9');
    await expect(reportComment(app, comments[10]!.id, { reason: 'spam' }, '198.51.100.9')).rejects.toThrow(TooManyReportsError);
    await reportComment(app, comments[10]!.id, { reason: 'spam' }, '198.51.100.10');
    app.clock.advance(3_600_001);
    await reportComment(app, comments[10]!.id, { reason: 'spam' }, '198.51.100.9');
    expect(await reports(app)).toHaveLength(12);
  });

  it('answers as unknown for a comment that is not published', async () => {
    const app = await testApp();
    for (const state of ['held', 'rejected', 'spam', 'deleted', 'unconfirmed'] as const) {
      const c = await aComment(app.db, { state });
      await expect(reportComment(app, c.id, { reason: 'spam' }, '198.51.100.1')).rejects.toThrow(NotFoundError);
    }
    await expect(reportComment(app, 999, { reason: 'spam' }, '198.51.100.1')).rejects.toThrow(NotFoundError);
    expect(await reports(app)).toEqual([]);
  });
});

describe('POST /api/comments/:id/reports', () => {
  const post = (app: Awaited<ReturnType<typeof testApp>>, id: number | string, body: unknown, from = '198.51.100.1', lang = 'en') =>
    app.api.request(`/api/comments/${id}/reports`, {
      method: 'POST',
      headers: { origin, 'content-type': 'application/json', 'x-forwarded-for': from, 'accept-language': lang },
      body: JSON.stringify(body),
    });

  it('answers 202 for a report, the same for a second by the same reader, and hides at the threshold', async () => {
    const app = await testApp({ abuse: { trustProxy: 1 } });
    const c = await aComment(app.db);
    for (const from of ['198.51.100.1', '198.51.100.1', '198.51.100.2', '198.51.100.3']) {
      const res = await post(app, c.id, { reason: 'abusive' }, from);
      expect(res.status).toBe(202);
      expect(await res.json()).toEqual({ status: 'received' });
    }
    expect(await reports(app)).toHaveLength(3);
    expect(await hiddenAt(app, c.id)).not.toBeNull();
  });

  it('names the field of a bad report, in Welsh when asked', async () => {
    const app = await testApp({ abuse: { trustProxy: 1 } });
    const c = await aComment(app.db);
    const res = await post(app, c.id, { reason: 'boring', details: 'x'.repeat(501) }, '198.51.100.1', 'cy');
    expect(res.status).toBe(422);
    expect(await res.json()).toMatchObject({
      error: { code: 'invalid_input', fields: { reason: "Dewiswch pam rydych chi'n rhoi gwybod am y sylw hwn", details: "Rhaid i'ch geiriau fod yn 500 nod neu lai" } },
    });
  });

  it('answers 404 for an unknown or held comment and 429 past the hourly limit', async () => {
    const app = await testApp({ abuse: { trustProxy: 1 } });
    const held = await aComment(app.db, { state: 'held' });
    expect((await post(app, held.id, { reason: 'spam' })).status).toBe(404);
    expect((await post(app, 'abc', { reason: 'spam' })).status).toBe(404);
    const deps = { ...app, moderation: { reportsToHide: 3, reportsPerHour: 1 } };
    const c = await aComment(app.db);
    const d = await aComment(app.db);
    await reportComment(deps, c.id, { reason: 'spam' }, '198.51.100.1');
    const res = await post(app, d.id, { reason: 'spam' });
    expect(res.status).toBe(202);
    await reportComment(deps, c.id, { reason: 'spam' }, '198.51.100.4');
    await expect(reportComment(deps, d.id, { reason: 'spam' }, '198.51.100.4')).rejects.toThrow(TooManyReportsError);
  });
});
