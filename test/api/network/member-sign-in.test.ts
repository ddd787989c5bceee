import { describe, expect, it } from 'vitest';
import { TokenInvalidError } from '../../../api/errors.ts';
import { endMemberSession, liveMember } from '../../../api/network/member-session.service.ts';
import { checkMemberSignInLink, memberSignIn, memberSignInMinutes, requestMemberSignIn } from '../../../api/network/member-sign-in.service.ts';
import { leaveNetwork } from '../../../api/network/profile.service.ts';
import { hashSecret } from '../../../api/tokens/secret.ts';
import { origin, testApp } from '../../helpers/app.ts';
import { aMemberRow } from '../../helpers/member-rows.ts';
import { mailsTo, memberLinkIn, memberSignInToken } from './network.helpers.ts';

const minute = 60_000;

describe('a member asking for a sign-in link', () => {
  it('gets one link to PUBLIC_ORIGIN/network/sign-in/<token>, valid 30 minutes, and only its hash is kept', async () => {
    const app = await testApp();
    await aMemberRow(app.db, { email: 'Sian.Jones@Example.org', name: 'Siân Jones' });
    await requestMemberSignIn(app, { email: ' sian.jones@EXAMPLE.org ' }, 'en');
    await app.sendAllMail();
    const [mail, ...more] = mailsTo(app, 'Sian.Jones@Example.org', 'sign-in');
    expect(more).toHaveLength(0);
    expect(mail?.subject).toBe('Your link to sign in to the network');
    expect(mail?.text).toContain('Dear Siân Jones,');
    expect(mail?.text).toContain(`${memberSignInMinutes} minutes`);
    const link = memberLinkIn(mail, 'sign-in');
    expect(link).toMatch(new RegExp(`^${origin}/network/sign-in/[A-Za-z0-9_-]{43}$`));
    const rows = await app.db.selectFrom('member_sign_ins').selectAll().execute();
    expect(rows.map((r) => r.hash)).toEqual([hashSecret(link.split('/').pop() ?? '')]);
  });

  it('gets the mail in Welsh, with a /cy/ link, when asking from the Welsh page', async () => {
    const app = await testApp();
    await aMemberRow(app.db, { email: 'gwen@example.org' });
    await requestMemberSignIn(app, { email: 'gwen@example.org' }, 'cy');
    await app.sendAllMail();
    const mail = mailsTo(app, 'gwen@example.org', 'sign-in')[0];
    expect(mail?.subject).toBe("Eich dolen i fewngofnodi i'r rhwydwaith");
    expect(memberLinkIn(mail, 'sign-in')).toContain(`${origin}/cy/network/sign-in/`);
  });

  it('sends nothing to an unknown address, or to a member who is not active, and answers the same', async () => {
    const app = await testApp();
    await aMemberRow(app.db, { email: 'waiting@example.org', state: 'awaiting_approval' });
    await aMemberRow(app.db, { email: 'gone@example.org', state: 'left' });
    for (const email of ['nobody@example.org', 'waiting@example.org', 'gone@example.org']) {
      await expect(requestMemberSignIn(app, { email }, 'en')).resolves.toBeUndefined();
    }
    await app.sendAllMail();
    expect(app.smtp.inbox).toHaveLength(0);
    expect(await app.db.selectFrom('member_sign_ins').selectAll().execute()).toEqual([]);
  });
});

describe('a member using the sign-in link', () => {
  it('is signed in once: the session opens the member, and the link then says it was used', async () => {
    const app = await testApp();
    const member = await aMemberRow(app.db, { email: 'gwen@example.org' });
    const token = await memberSignInToken(app, 'gwen@example.org');
    await expect(checkMemberSignInLink(app.db, token, app.clock())).resolves.toMatchObject({ member_id: member.id });
    const { secret, session } = await memberSignIn(app, token);
    expect((await liveMember(app.db, secret, app.clock()))?.member.id).toBe(member.id);
    expect(session.hash).toBe(hashSecret(secret));
    await expect(memberSignIn(app, token)).rejects.toMatchObject({ reason: 'used' });
  });

  it('is refused when the link is unknown', async () => {
    const app = await testApp();
    await expect(memberSignIn(app, 'A'.repeat(43))).rejects.toMatchObject({ reason: 'unknown' });
    await expect(memberSignIn(app, 'not-a-token')).rejects.toBeInstanceOf(TokenInvalidError);
  });

  it(`is refused after ${memberSignInMinutes} minutes`, async () => {
    const app = await testApp();
    await aMemberRow(app.db, { email: 'gwen@example.org' });
    const token = await memberSignInToken(app, 'gwen@example.org');
    app.clock.advance((memberSignInMinutes + 1) * minute);
    await expect(memberSignIn(app, token)).rejects.toMatchObject({ reason: 'expired' });
  });

  it('is refused once the member has left, and leaving ends every session', async () => {
    const app = await testApp();
    const member = await aMemberRow(app.db, { email: 'gwen@example.org' });
    const { secret } = await memberSignIn(app, await memberSignInToken(app, 'gwen@example.org'));
    const unused = await memberSignInToken(app, 'gwen@example.org');
    await leaveNetwork(app, member);
    expect(await liveMember(app.db, secret, app.clock())).toBeUndefined();
    await expect(memberSignIn(app, unused)).rejects.toMatchObject({ reason: 'unknown' });
  });

  it('signing out revokes the session, not only the cookie', async () => {
    const app = await testApp();
    await aMemberRow(app.db, { email: 'gwen@example.org' });
    const { secret, session } = await memberSignIn(app, await memberSignInToken(app, 'gwen@example.org'));
    await endMemberSession(app.db, session.id, app.clock());
    expect(await liveMember(app.db, secret, app.clock())).toBeUndefined();
  });
});
