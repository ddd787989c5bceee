import { describe, expect, it } from 'vitest';
import { latestAudit } from '../../../api/admin/audit.repository.ts';
import { liveSession, sessionLifetimeMs } from '../../../api/admin/session.service.ts';
import { checkSignInLink, requestSignIn, signIn, signInLinkMinutes, signInMailsPerHour } from '../../../api/admin/sign-in.service.ts';
import { InvalidInputError, TokenInvalidError } from '../../../api/errors.ts';
import { hashSecret } from '../../../api/tokens/secret.ts';
import { adminEmails, origin, testApp } from '../../helpers/app.ts';
import { linkIn } from '../../helpers/smtp.ts';
import { campaigner, signInMailsTo, signInToken } from './admin.helpers.ts';

const minute = 60_000;

describe('asking for a sign-in link', () => {
  describe('with an address in ADMIN_EMAILS', () => {
    it('mails one link of the form PUBLIC_ORIGIN/admin/sign-in/<token>, whatever the case typed', async () => {
      const app = await testApp();
      await requestSignIn(app, adminEmails, { email: '  GWEN@ymgyrch.cymru ' }, 'en');
      await app.sendAllMail();
      const [mail, ...more] = signInMailsTo(app, campaigner);
      expect(more).toHaveLength(0);
      expect(mail?.subject).toBe('Your link to sign in to Llofnod');
      expect(linkIn(mail ?? {}, 'admin/sign-in')).toMatch(new RegExp(`^${origin}/admin/sign-in/[A-Za-z0-9_-]{43}$`));
      expect(mail?.text).toContain(`${signInLinkMinutes} minutes`);
    });

    it('stores only the hash of the link token', async () => {
      const app = await testApp();
      const token = await signInToken(app);
      const rows = await app.db.selectFrom('admin_sign_ins').selectAll().execute();
      expect(rows.map((r) => r.hash)).toEqual([hashSecret(token)]);
      expect(JSON.stringify(rows)).not.toContain(token);
    });

    it('writes the mail in Welsh, with a /cy/ link, when asked from the Welsh page', async () => {
      const app = await testApp();
      await requestSignIn(app, adminEmails, { email: campaigner }, 'cy');
      await app.sendAllMail();
      const mail = signInMailsTo(app, campaigner)[0];
      expect(mail?.subject).toBe('Eich dolen i fewngofnodi i Llofnod');
      expect(linkIn(mail ?? {}, 'admin/sign-in')).toContain(`${origin}/cy/admin/sign-in/`);
    });

    it(`sends no more than ${signInMailsPerHour} links an hour to one address`, async () => {
      const app = await testApp();
      for (let i = 0; i < signInMailsPerHour + 3; i++) await requestSignIn(app, adminEmails, { email: campaigner }, 'en');
      await app.sendAllMail();
      expect(signInMailsTo(app, campaigner)).toHaveLength(signInMailsPerHour);
      app.clock.advance(61 * minute);
      await signInToken(app);
      expect(signInMailsTo(app, campaigner)).toHaveLength(signInMailsPerHour + 1);
    });
  });

  describe('with any other address', () => {
    it('sends nothing and stores nothing, and returns just as for a campaigner', async () => {
      const app = await testApp();
      await expect(requestSignIn(app, adminEmails, { email: 'someone@example.org' }, 'en')).resolves.toBeUndefined();
      await expect(requestSignIn(app, adminEmails, { email: campaigner }, 'en')).resolves.toBeUndefined();
      await app.sendAllMail();
      expect(app.smtp.inbox.map((m) => m.to_address)).toEqual([campaigner]);
      expect(await app.db.selectFrom('admin_sign_ins').select('email').execute()).toEqual([{ email: campaigner }]);
    });
  });

  it('refuses a malformed address, which says nothing about who may sign in', async () => {
    const app = await testApp();
    await expect(requestSignIn(app, adminEmails, { email: 'not an address' }, 'en')).rejects.toBeInstanceOf(InvalidInputError);
  });
});

describe('using a sign-in link', () => {
  it('opening it (GET) changes nothing: the link still signs in', async () => {
    const app = await testApp();
    const token = await signInToken(app);
    await checkSignInLink(app.db, token, app.clock());
    await checkSignInLink(app.db, token, app.clock());
    expect(await app.db.selectFrom('admin_sessions').selectAll().execute()).toHaveLength(0);
    await expect(signIn(app, adminEmails, token)).resolves.toMatchObject({ session: { email: campaigner } });
  });

  it('signs in once: a second use is refused as used', async () => {
    const app = await testApp();
    const token = await signInToken(app);
    await signIn(app, adminEmails, token);
    await expect(signIn(app, adminEmails, token)).rejects.toMatchObject({ reason: 'used' });
    expect(await app.db.selectFrom('admin_sessions').selectAll().execute()).toHaveLength(1);
  });

  it('lets exactly one of two racing posts sign in', async () => {
    const app = await testApp();
    const token = await signInToken(app);
    const results = await Promise.allSettled([signIn(app, adminEmails, token), signIn(app, adminEmails, token)]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
  });

  it(`is refused as expired ${signInLinkMinutes} minutes after it was sent`, async () => {
    const app = await testApp();
    const token = await signInToken(app);
    app.clock.advance(signInLinkMinutes * minute);
    await expect(signIn(app, adminEmails, token)).rejects.toMatchObject({ reason: 'expired' });
  });

  it('is refused as unknown when forged, and for an address taken out of ADMIN_EMAILS since', async () => {
    const app = await testApp();
    await expect(signIn(app, adminEmails, 'x'.repeat(43))).rejects.toBeInstanceOf(TokenInvalidError);
    const token = await signInToken(app);
    await expect(signIn(app, ['dafydd@ymgyrch.cymru'], token)).rejects.toMatchObject({ reason: 'unknown' });
  });

  it('opens a session and records the sign-in in the audit log', async () => {
    const app = await testApp();
    const { secret, session } = await signIn(app, adminEmails, await signInToken(app));
    expect(await liveSession(app.db, adminEmails, secret, app.clock())).toMatchObject({ id: session.id, email: campaigner });
    expect(session.hash).toBe(hashSecret(secret));
    expect(new Date(session.expires_at).getTime() - app.clock().getTime()).toBe(sessionLifetimeMs);
    const [entry] = await latestAudit(app.db, 10);
    expect(entry).toMatchObject({ actor: campaigner, action: 'sign_in', subject_type: 'session', subject_id: String(session.id) });
  });
});
