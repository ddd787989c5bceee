import { describe, expect, it } from 'vitest';
import { sessionCookieOptions } from '../../../api/admin/session.cookie.ts';
import { requestSignIn } from '../../../api/admin/sign-in.service.ts';
import * as workspace from '../../../api/db/migrations/2026-11-23-workspace.ts';
import { adminEmails, testApp } from '../../helpers/app.ts';
import { sign } from '../../helpers/signatures.ts';
import { campaigner } from './admin.helpers.ts';
import { checkViolation } from '../../helpers/sql.ts';

describe('the 2026-11-23-workspace migration', () => {
  it('keeps every waiting signature mail when it rebuilds the outbox, down and up again', async () => {
    const app = await testApp();
    await sign(app, { email: 'a@example.org' });
    await sign(app, { email: 'b@example.org' });
    const before = await app.db.selectFrom('outbox').select(['kind', 'signature_id', 'next_attempt_at']).orderBy('id').execute();
    await requestSignIn(app, adminEmails, { email: campaigner }, 'en');

    await workspace.down(app.db);
    expect(await app.db.selectFrom('outbox').select(['kind', 'signature_id', 'next_attempt_at']).orderBy('id').execute()).toEqual(before);
    await workspace.up(app.db);
    expect(await app.db.selectFrom('outbox').select(['kind', 'signature_id', 'next_attempt_at']).orderBy('id').execute()).toEqual(before);
  });

  it('lets an outbox row be about a signature or a sign-in request, never neither', async () => {
    const app = await testApp();
    const at = app.clock().toISOString();
    await expect(
      app.db
        .insertInto('outbox')
        .values({ kind: 'confirm', signature_id: null, sign_in_id: null, created_at: at, attempts: 0, next_attempt_at: at, sent_at: null, failed_at: null, last_error: null })
        .execute(),
    ).rejects.toThrow(checkViolation);
  });
});

describe('the session cookie', () => {
  it('is Secure when the site is served over https, HttpOnly and SameSite=Lax always, and lasts as the session does', () => {
    const expires = new Date('2026-11-22T22:00:00Z');
    const now = new Date('2026-11-22T10:00:00Z');
    expect(sessionCookieOptions('https://llythyrau.example', expires, now)).toEqual({ httpOnly: true, secure: true, sameSite: 'lax', path: '/', maxAge: 12 * 3600 });
    expect(sessionCookieOptions('http://127.0.0.1:4321', expires, now).secure).toBe(false);
  });
});
