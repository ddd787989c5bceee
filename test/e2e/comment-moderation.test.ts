import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { connectDb } from '../../api/db/connect.ts';
import type { Db } from '../../api/db/database.ts';
import { aComment, aCommenter } from '../helpers/comment-rows.ts';
import { browserUnderTest, languages, post } from './browser.ts';

const campaigners = ['gwen@ymgyrch.cymru', 'dafydd@ymgyrch.cymru', 'sian@ymgyrch.cymru', 'rhys@ymgyrch.cymru'];
const site = browserUnderTest({ ADMIN_EMAILS: campaigners.join(','), TRUST_PROXY: '1' });

// Comments are written by the public form, another part of the site: here they are rows on the server's database.
let db: Db | undefined;
const database = async () => (db ??= await connectDb(site.database));
afterAll(async () => db?.destroy());
const rowOf = async (id: number) => (await database()).selectFrom('comments').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

const journeys = languages.flatMap((language, i) =>
  [true, false].map((javaScriptEnabled, j) => ({ ...language, javaScriptEnabled, campaigner: campaigners[i * 2 + j]!, label: `${language.lang}, JavaScript ${javaScriptEnabled ? 'on' : 'off'}` })),
);

/** The queue's entry for one comment. */
const entry = (page: Page, id: number) => page.locator(`section[data-comment="${id}"]`);

describe.each(journeys)('moderating comments ($label)', ({ prefix, lang, javaScriptEnabled, campaigner }) => {
  it('a campaigner approves a held comment from the queue, and its author hears so in their language', async () => {
    const email = `awdur-${lang}-${javaScriptEnabled}@example.cymru`;
    const commenter = await aCommenter(await database(), { email, locale: lang });
    const c = await aComment(await database(), { state: 'held', heldFor: 'first', commenter, name: `Awdur ${lang}`, lang });

    const page = await site.page({ javaScriptEnabled });
    await site.signIn(page, campaigner, prefix);
    await page.locator('.workspace-bar a[href$="/admin/comments"]').click();
    await page.waitForURL((url) => url.pathname === `${prefix}/admin/comments`);
    const item = entry(page, c.id);
    expect(await item.innerText()).toContain(lang === 'cy' ? 'Eu sylw cyntaf' : 'Their first comment');
    await item.locator('form[data-decision="approve"] button').click();
    await page.waitForURL((url) => url.search === '?done=approved');
    expect(await page.locator('[data-done]').innerText()).toContain(lang === 'cy' ? 'wedi’i gyhoeddi' : 'is published');
    expect(await entry(page, c.id).count()).toBe(0);
    expect((await rowOf(c.id)).state).toBe('published');
    const mail = await site.mailTo(email);
    expect(mail.subject).toBe(lang === 'cy' ? 'Mae eich sylw wedi’i gyhoeddi' : 'Your comment is published');
  });

  it('three readers report a published comment and it is hidden; the campaigner keeps or rejects it', async () => {
    const c = await aComment(await database(), { name: `Dadleuwr ${lang}`, body: 'Nonsense, all of it. See www.example.net' });
    for (const [n, from] of ['198.51.100.1', '198.51.100.2', '203.0.113.7'].entries()) {
      const reader = await site.page({ javaScriptEnabled, extraHTTPHeaders: { 'x-forwarded-for': from } });
      await reader.goto(`${prefix}/blog/${post}/comments/${c.id}/report`);
      expect(await reader.locator('main').innerText()).toContain('Nonsense, all of it.');
      await reader.locator(`[name="reason"][value="${n === 0 ? 'abusive' : 'off_topic'}"]`).check();
      if (n === 0) await reader.locator('[name="details"]').fill('It insults other readers.');
      await reader.locator('main form[method="post"] button[type="submit"]').click();
      await reader.waitForURL((url) => url.pathname === `${prefix}/blog/${post}/comments/${c.id}/reported`);
      expect((await rowOf(c.id)).hidden_at === null).toBe(n < 2);
    }

    const page = await site.page({ javaScriptEnabled });
    await site.signIn(page, campaigner, prefix);
    await page.goto(`${prefix}/admin/comments`);
    const item = entry(page, c.id);
    const text = await item.innerText();
    expect(text).toContain(lang === 'cy' ? 'Wedi’i guddio tra caiff ei adolygu' : 'Hidden while reviewed');
    expect(text).toContain('It insults other readers.');
    expect(text).toContain(lang === 'cy' ? '3 adroddiad agored' : '3 open reports');
    if (javaScriptEnabled) {
      await item.locator('form[data-decision="keep"] button').click();
      await page.waitForURL((url) => url.search === '?done=kept');
      expect(await rowOf(c.id)).toMatchObject({ state: 'published', hidden_at: null });
    } else {
      await item.locator('form[data-decision="reject"] textarea[name="reason"]').fill('It insults other readers.');
      await item.locator('form[data-decision="reject"] button').click();
      await page.waitForURL((url) => url.search === '?done=rejected');
      expect((await rowOf(c.id)).state).toBe('rejected');
    }
  });
});
