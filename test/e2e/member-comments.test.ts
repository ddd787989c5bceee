import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectDb } from '../../api/db/connect.ts';
import type { Db } from '../../api/db/database.ts';
import { aMemberRow } from '../helpers/member-rows.ts';
import { browserUnderTest, languages } from './browser.ts';

/**
 * A post only members comment on: a signed-out reader reads the comments and is shown how to
 * sign in or join; a member signs in from there (the caught mail), comes back to the post,
 * comments and sees it at once. In both languages, with JavaScript on and off.
 */
const site = browserUnderTest({ SIGN_LIMIT_ALLOW: '127.0.0.1,::1' });
let db: Db;
beforeAll(async () => {
  db = await connectDb(site.database);
});
afterAll(async () => db?.destroy());

const membersPost = 'sharing-practice-with-the-network';
const linkIn = (text: string | undefined) => new URL(/https?:\/\/\S+\/network\/sign-in\/[A-Za-z0-9_-]+/.exec(text ?? '')![0]).pathname;

describe.each(languages.flatMap((language) => [true, false].map((javaScriptEnabled) => ({ ...language, javaScriptEnabled }))))(
  'a members-only post ($lang, JavaScript $javaScriptEnabled)',
  ({ lang, prefix, javaScriptEnabled }) => {
    it('tells a signed-out reader to sign in or join; a member signs in from there and their comment appears at once', async () => {
      const postPath = `${prefix}/blog/${membersPost}`;
      const email = `commenter-${lang}-${javaScriptEnabled}@example.org`;
      const name = `Aelod ${lang} ${javaScriptEnabled ? 'Js' : 'Nojs'}`;
      await aMemberRow(db, { email, name, locale: lang });
      const page = await site.page({ javaScriptEnabled });

      await page.goto(postPath);
      const notice = page.locator('[data-members-only]');
      expect(await notice.innerText()).toContain(lang === 'cy' ? "Dim ond aelodau'r rhwydwaith" : 'Only members of the network');
      expect(await page.locator('#comment-form').count()).toBe(0);

      await Promise.all([page.waitForURL(`**${prefix}/network/sign-in?return=*`), notice.locator('a[href*="/network/sign-in"]').click()]);
      const before = site.mailCount(email);
      await page.fill('#email', email);
      await Promise.all([page.waitForURL(`**${prefix}/network/sign-in/sent`), page.locator('main form button[type="submit"]').click()]);
      await page.goto(linkIn((await site.nextMailTo(email, before)).text));
      await Promise.all([page.waitForURL((url) => url.pathname === postPath), page.locator('main form button[type="submit"]').click()]);

      expect(await page.locator('#comment-form').innerText()).toContain(name);
      expect(await page.locator('#comment-form [name="email"]').count()).toBe(0);
      const words = `How we co-produce (${lang}, ${javaScriptEnabled ? 'js' : 'no js'}).`;
      await page.locator('#comment-form [name="body"]').fill(words);
      await page.locator('#comment-form [name="consent"]').check();
      await Promise.all([page.waitForURL((url) => url.pathname === postPath && url.search === '?sent=published'), page.locator('#comment-form button[type="submit"]').click()]);

      const shown = page.locator('.comment', { hasText: words });
      expect(await shown.innerText()).toContain(name);
      expect(await shown.locator('[data-member-tag]').innerText()).toBe(lang === 'cy' ? 'Aelod' : 'Member');
      // Anyone reads it, at once: no mail to confirm, no campaigner first.
      const reader = await site.page({ javaScriptEnabled });
      await reader.goto(postPath);
      expect(await reader.locator('main').innerText()).toContain(words);
    });
  },
);
