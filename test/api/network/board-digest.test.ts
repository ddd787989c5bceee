import { describe, expect, it } from 'vitest';
import { checkDigestUnsubscribe, runBoardDigest, unsubscribeDigest } from '../../../api/network/board-digest.service.ts';
import { startThread } from '../../../api/network/board.service.ts';
import { memberSignIn } from '../../../api/network/member-sign-in.service.ts';
import { secondServer, testApp } from '../../helpers/app.ts';
import { aMemberRow } from '../../helpers/member-rows.ts';
import { headerOf } from '../../helpers/smtp.ts';

const hour = 60 * 60_000;
const aThread = (title: string) => ({ title, body: 'What do you think?', lang: 'en' });
type App = Awaited<ReturnType<typeof testApp>>;
const digests = (app: App, to: string) => app.smtp.inbox.filter((m) => m.to_address === to && /network\/unsubscribe\//.test(m.text ?? ''));
const unsubscribeToken = (text: string | undefined) => /\/network\/unsubscribe\/([A-Za-z0-9_-]+)/.exec(text ?? '')?.[1] ?? '';

describe('the board’s digest', () => {
  it('mails new threads once a day, in each reader’s language, only to active members who opted in', async () => {
    const app = await testApp();
    const author = await aMemberRow(app.db, { name: 'Siân', email: 'sian@example.cymru' });
    await aMemberRow(app.db, { email: 'reader@example.org', digest: 1 });
    await aMemberRow(app.db, { email: 'darllenydd@example.cymru', digest: 1, locale: 'cy' });
    await aMemberRow(app.db, { email: 'not-asked@example.org', digest: 0 });
    await aMemberRow(app.db, { email: 'left@example.org', digest: 1, state: 'left' });
    await startThread(app, author, aThread('Co-design with tenants'));
    await startThread(app, author, aThread('Paying people for their time'));

    expect(await runBoardDigest(app)).toEqual({ threads: 2, mails: 2 });
    // Another server in the same hour, and the same server again: nothing more.
    expect(await runBoardDigest(secondServer(app).deps)).toEqual({ threads: 0, mails: 0 });
    await app.sendAllMail();
    expect(app.smtp.inbox.map((m) => m.to_address).sort()).toEqual(['darllenydd@example.cymru', 'reader@example.org']);
    const [mail] = digests(app, 'reader@example.org');
    expect(mail?.subject).toBe('2 new threads on the network’s board');
    expect(mail?.text).toContain('Co-design with tenants (Siân)');
    expect(mail?.text).toContain('Paying people for their time (Siân)');
    expect(headerOf(mail!, 'list-unsubscribe')).toMatch(/^<https:\/\/llofnod\.test\/network\/unsubscribe\/[A-Za-z0-9_-]{43}>$/);
    expect(headerOf(mail!, 'list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    expect(digests(app, 'darllenydd@example.cymru')[0]?.subject).toBe('2 trafodaeth newydd ar fwrdd y rhwydwaith');
    expect(digests(app, 'darllenydd@example.cymru')[0]?.text).toContain('/cy/network/board');

    // A thread started an hour later waits for the next day, and is the only one in it.
    app.clock.advance(hour);
    await startThread(app, author, aThread('Budgets'));
    expect(await runBoardDigest(app)).toEqual({ threads: 0, mails: 0 });
    app.clock.advance(23 * hour);
    expect(await runBoardDigest(app)).toEqual({ threads: 1, mails: 2 });
    await app.sendAllMail();
    const second = digests(app, 'reader@example.org')[1];
    expect(second?.subject).toBe('A new thread on the network’s board');
    expect(second?.text).toContain('Budgets');
    expect(second?.text).not.toContain('Co-design with tenants');
  });

  it('sends nothing on a day with no new thread', async () => {
    const app = await testApp();
    await aMemberRow(app.db, { email: 'reader@example.org', digest: 1 });
    expect(await runBoardDigest(app)).toEqual({ threads: 0, mails: 0 });
    app.clock.advance(25 * hour);
    expect(await runBoardDigest(app)).toEqual({ threads: 0, mails: 0 });
    await app.sendAllMail();
    expect(app.smtp.inbox).toEqual([]);
  });

  it('the unsubscribe link stops the digest and nothing else: it signs no one in', async () => {
    const app = await testApp();
    const author = await aMemberRow(app.db);
    const reader = await aMemberRow(app.db, { email: 'reader@example.org', digest: 1 });
    await startThread(app, author, aThread('Co-design with tenants'));
    await runBoardDigest(app);
    await app.sendAllMail();
    const token = unsubscribeToken(digests(app, 'reader@example.org')[0]?.text);
    await checkDigestUnsubscribe(app.db, token);
    expect((await app.db.selectFrom('members').select('digest').where('id', '=', reader.id).executeTakeFirstOrThrow()).digest).toBe(1);
    await expect(memberSignIn(app, token)).rejects.toMatchObject({ reason: 'unknown' });
    await unsubscribeDigest(app.db, token);
    await unsubscribeDigest(app.db, token);
    expect((await app.db.selectFrom('members').select('digest').where('id', '=', reader.id).executeTakeFirstOrThrow()).digest).toBe(0);
    await expect(unsubscribeDigest(app.db, 'x'.repeat(43))).rejects.toMatchObject({ reason: 'unknown' });

    app.clock.advance(25 * hour);
    await startThread(app, author, aThread('Budgets'));
    expect(await runBoardDigest(app)).toEqual({ threads: 1, mails: 0 });
  });
});
