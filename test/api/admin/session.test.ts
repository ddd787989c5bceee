import { describe, expect, it } from 'vitest';
import { latestAudit, recordAudit } from '../../../api/admin/audit.repository.ts';
import { endSession, liveSession, sessionLifetimeMs } from '../../../api/admin/session.service.ts';
import { signIn } from '../../../api/admin/sign-in.service.ts';
import { adminEmails, testApp } from '../../helpers/app.ts';
import { campaigner, signInToken } from './admin.helpers.ts';

describe('a campaigner’s session', () => {
  it('works until it expires, 12 hours after signing in', async () => {
    const app = await testApp();
    const { secret } = await signIn(app, adminEmails, await signInToken(app));
    app.clock.advance(sessionLifetimeMs - 1);
    expect(await liveSession(app.db, adminEmails, secret, app.clock())).toBeDefined();
    app.clock.advance(1);
    expect(await liveSession(app.db, adminEmails, secret, app.clock())).toBeUndefined();
  });

  it('ends at sign-out: revoked, and the sign-out recorded', async () => {
    const app = await testApp();
    const { secret, session } = await signIn(app, adminEmails, await signInToken(app));
    await endSession(app.db, session, app.clock());
    expect(await liveSession(app.db, adminEmails, secret, app.clock())).toBeUndefined();
    const actions = (await latestAudit(app.db, 10)).map((e) => [e.action, e.actor, e.subject_id]);
    expect(actions).toEqual([
      ['sign_out', campaigner, String(session.id)],
      ['sign_in', campaigner, String(session.id)],
    ]);
  });

  it('stops working the moment its address leaves ADMIN_EMAILS', async () => {
    const app = await testApp();
    const { secret } = await signIn(app, adminEmails, await signInToken(app));
    expect(await liveSession(app.db, ['dafydd@ymgyrch.cymru'], secret, app.clock())).toBeUndefined();
  });

  it('opens nothing for a missing, malformed or unknown cookie', async () => {
    const app = await testApp();
    for (const secret of [undefined, '', 'abc', 'A'.repeat(43)]) {
      expect(await liveSession(app.db, adminEmails, secret, app.clock())).toBeUndefined();
    }
  });
});

describe('the audit log', () => {
  it('is written with the action’s transaction: an action that fails leaves no entry', async () => {
    const app = await testApp();
    await expect(
      app.db.transaction().execute(async (tx) => {
        await recordAudit(tx, { at: app.clock(), actor: campaigner, action: 'approve', subject: { type: 'signature', id: 7 } });
        throw new Error('the action failed');
      }),
    ).rejects.toThrow('the action failed');
    expect(await latestAudit(app.db, 10)).toEqual([]);
  });

  it('keeps the detail as JSON and lists the newest first', async () => {
    const app = await testApp();
    await recordAudit(app.db, { at: app.clock(), actor: campaigner, action: 'reject', subject: { type: 'signature', id: 1 }, detail: { reason: 'Not a real body' } });
    app.clock.advance(1000);
    await recordAudit(app.db, { at: app.clock(), actor: campaigner, action: 'approve', subject: { type: 'signature', id: 2 } });
    const entries = await latestAudit(app.db, 10);
    expect(entries.map((e) => e.action)).toEqual(['approve', 'reject']);
    expect(JSON.parse(entries[1]?.detail ?? 'null')).toEqual({ reason: 'Not a real body' });
  });
});
