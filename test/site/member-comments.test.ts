import { afterAll, describe, expect, it } from 'vitest';
import { connectDb } from '../../api/db/connect.ts';
import type { Db } from '../../api/db/database.ts';
import { leaveNetwork } from '../../api/network/profile.service.ts';
import { currentConsentVersion, currentNoticeVersion } from '../../api/privacy/privacy.versions.ts';
import { aMemberRow } from '../helpers/member-rows.ts';
import { element, hrefs, pathOf, siteUnderTest, tags, textOf } from './browser.ts';

const site = siteUnderTest();
let db: Db | undefined;
const database = async () => (db ??= await connectDb({ dataDir: site.dataDir, databaseUrl: site.databaseUrl }));
afterAll(async () => db?.destroy());

/** The seed post only members comment on. */
const postPath = '/blog/sharing-practice-with-the-network';
const words = { body: 'We plan each service review with the tenants who use it.', lang: 'en', consent: 'yes', consent_version: currentConsentVersion, notice_version: currentNoticeVersion };
const cookieOf = (headers: Headers) => (headers.get('set-cookie') ?? '').split(';')[0] ?? '';

/** Comes from the post's "sign in" link, signs in from the caught mail, and lands back on the post. */
async function signInFromPost(email: string, lang: '' | '/cy') {
  const notice = await site.get(`${lang}${postPath}`);
  const signInHref = hrefs(element(notice.html, 'div', 'data-members-only') ?? '').find((h) => h.includes('/network/sign-in'))!;
  expect(signInHref).toBe(`${lang}/network/sign-in?return=${encodeURIComponent(`${lang}${postPath}`)}`);
  const form = await site.get(signInHref);
  const returning = cookieOf(form.headers);
  expect(returning).toMatch(/^llofnod_member_return=/);
  const before = site.mailCount(email);
  await site.post(`${lang}/network/sign-in`, { email }, undefined, { cookie: returning });
  const link = pathOf(/https?:\/\/\S+\/network\/sign-in\/[A-Za-z0-9_-]+/.exec((await site.nextMailTo(email, before)).text ?? '')![0]);
  const signedIn = await site.post(link, {}, undefined, { cookie: returning });
  expect([signedIn.status, signedIn.location]).toEqual([303, `${lang}${postPath}`]);
  return signedIn.headers.getSetCookie().find((c) => c.startsWith('llofnod_member='))!.split(';')[0]!;
}

describe('a post only members comment on', () => {
  it('shows a signed-out reader its comments and, in place of the form, the way to sign in or join; a post refused keeps nothing', async () => {
    for (const lang of ['', '/cy'] as const) {
      const page = await site.get(`${lang}${postPath}`);
      expect(page.status).toBe(200);
      const notice = textOf(element(page.html, 'div', 'data-members-only') ?? '');
      expect(notice).toContain(lang ? "Dim ond aelodau'r rhwydwaith sy'n gallu rhoi sylwadau ar y cofnod hwn." : 'Only members of the network can comment on this post.');
      expect(hrefs(element(page.html, 'div', 'data-members-only') ?? '')).toContain(`${lang}/network`);
      expect(tags(page.html, 'textarea')).toEqual([]);
    }
    const refused = await site.post(postPath, { ...words, name: 'Not A Member', email: 'reader@example.org' });
    expect(refused.status).toBe(403);
    expect(textOf(refused.html)).toContain('Only members of the network can comment on this post.');
    const api = await fetch(new URL(`/api${postPath.replace('/blog', '/posts')}/comments`, site.origin), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...words, consent: true, name: 'Not A Member', email: 'reader@example.org' }),
    });
    expect(api.status).toBe(403);
    expect(((await api.json()) as { error: { code: string } }).error.code).toBe('members_only');
    expect(await (await database()).selectFrom('comments').select('id').where('post', '=', 'sharing-practice-with-the-network').execute()).toEqual([]);
  });

  it('takes a signed-in member’s comment at once, tagged Member; once they leave it shows as "Former member" on the page, in the JSON and in the feed', async () => {
    const { id } = await aMemberRow(await database(), { email: 'ffion@example.cymru', name: 'Ffion Prys' });
    const cookie = await signInFromPost('ffion@example.cymru', '/cy');
    const form = await site.get(`/cy${postPath}`, { cookie });
    expect(form.headers.get('cache-control')).toContain('no-store');
    expect(textOf(form.html)).toContain("Rydych chi'n rhoi sylw fel Ffion Prys");
    expect(tags(form.html, 'input').map((i) => i.name)).not.toContain('email');

    const sent = await site.post(`/cy${postPath}`, words, undefined, { cookie });
    expect(sent.status).toBe(303);
    expect(sent.location).toMatch(/\?sent=published#comment-\d+$/);
    const page = await site.get(`/cy${postPath}`);
    expect(textOf(element(page.html, 'section', 'id="comments"') ?? '')).toContain('Ffion Prys');
    expect(page.html).toContain('data-member-tag');
    expect(site.mailCount('ffion@example.cymru')).toBeGreaterThan(0);

    await leaveNetwork({ db: await database(), clock: () => new Date() }, { id });
    const everywhere = [
      textOf((await site.get(postPath)).html),
      JSON.stringify(await site.json(`/api/posts/sharing-practice-with-the-network`)),
      (await site.get(`${postPath}/comments.xml`)).html,
    ];
    for (const text of everywhere) {
      expect(text).toContain('Former member');
      expect(text).not.toContain('Ffion Prys');
    }
    expect(textOf((await site.get(`/cy${postPath}`)).html)).toContain('Cyn-aelod');
  });
});
