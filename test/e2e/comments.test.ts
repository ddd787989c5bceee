import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { linkIn } from '../helpers/smtp.ts';
import { browserUnderTest, languages, pathOf, post } from './browser.ts';

const campaigners = ['gwen@ymgyrch.cymru', 'dafydd@ymgyrch.cymru', 'sian@ymgyrch.cymru', 'rhys@ymgyrch.cymru'];
// Every reader of these journeys comes from this machine: spared the per-address limit, as a campaign stall would be.
const site = browserUnderTest({ SIGN_LIMIT_ALLOW: '127.0.0.1,::1', ADMIN_EMAILS: campaigners.join(',') });
const form = '#comment-form';
const mailedLinkButton = 'main form[method="post"] button[type="submit"]';
const text = (page: Page) => page.locator('main').innerText();

const modes = [
  { js: 'on', javaScriptEnabled: true },
  { js: 'off', javaScriptEnabled: false },
];

const journeys = languages.flatMap((l, i) => modes.map((m, j) => ({ ...l, ...m, campaigner: campaigners[i * 2 + j]! })));

describe.each(journeys)('in $lang with JavaScript $js', ({ lang, prefix, js, javaScriptEnabled, campaigner }) => {
  const postPath = `${prefix}/blog/${post}`;
  const reader = { name: `Siân ${lang} ${js}`, email: `sian-${lang}-${js}@example.cymru` };
  const waitingWords = lang === 'cy' ? 'Dim ond chi sy' : 'Only you can see this';

  async function writeComment(page: Page, who: { name: string; email: string }, body: string) {
    await page.locator(`${form} [name="name"]`).fill(who.name);
    await page.locator(`${form} [name="email"]`).fill(who.email);
    await page.locator(`${form} [name="body"]`).fill(body);
    await page.locator(`${form} [name="consent"]`).check();
    await Promise.all([page.waitForURL((url) => url.pathname === postPath && url.search.startsWith('?sent=')), page.locator(`${form} button[type="submit"]`).click()]);
  }

  it('a reader comments and confirms from the caught mail; a campaigner approves; their next appears at once; another reader replies and reports', async () => {
    const page = await site.page({ javaScriptEnabled });
    await page.goto(postPath);
    // The form's language starts as the page's.
    expect(await page.locator(`${form} input[name="lang"][value="${lang}"]`).isChecked()).toBe(true);
    const first = `First thought (${lang}, ${js}).`;
    await writeComment(page, reader, `${first}\n\nWith a second paragraph.`);
    expect(await text(page)).toContain(first);
    expect(await text(page)).toContain(waitingWords);

    const link = linkIn(await site.mailTo(reader.email), 'comments/confirm');
    expect(pathOf(link).startsWith(`${prefix}/comments/confirm/`)).toBe(true);
    await page.goto(link);
    expect(await page.locator('html').getAttribute('lang')).toBe(lang);
    await Promise.all([page.waitForURL((url) => url.pathname === postPath), page.locator(mailedLinkButton).click()]);
    expect(await text(page)).toContain(waitingWords);

    // Another reader sees nothing of it yet.
    const other = await site.page({ javaScriptEnabled });
    await other.goto(postPath);
    expect(await text(other)).not.toContain(first);

    // A campaigner approves it from the workspace's queue: everyone reads it now.
    const desk = await site.page({ javaScriptEnabled });
    await site.signIn(desk, campaigner, prefix);
    await desk.goto(`${prefix}/admin/comments`);
    await desk.locator('section[data-comment]', { hasText: first }).locator('form[data-decision="approve"] button').click();
    await desk.waitForURL((url) => url.search === '?done=approved');
    await other.goto(postPath);
    expect(await text(other)).toContain(first);

    await writeComment(page, reader, `Second thought (${lang}, ${js}).`);
    await other.goto(postPath);
    expect(await text(other)).toContain(`Second thought (${lang}, ${js}).`);
    expect(await text(other)).not.toContain(reader.email);

    const replyLink = other.locator('a', { hasText: lang === 'cy' ? `Ateb ${reader.name}` : `Reply to ${reader.name}` }).first();
    await Promise.all([other.waitForURL((url) => url.searchParams.has('reply')), replyLink.click()]);
    expect(await other.locator(`${form} input[name="parent"]`).count()).toBe(1);
    await writeComment(other, { name: `Dafydd ${lang} ${js}`, email: `dafydd-${lang}-${js}@example.cymru` }, `Cytuno (${lang}, ${js}).`);
    const reply = other.locator('.comments--replies .comment', { hasText: `Cytuno (${lang}, ${js}).` });
    expect(await reply.count()).toBe(1);

    // The other reader finds the second comment out of place and reports it, without an account.
    const second = other.locator('.comment', { hasText: `Second thought (${lang}, ${js}).` }).first();
    await Promise.all([other.waitForURL((url) => url.pathname.endsWith('/report')), second.locator('a[href$="/report"]').first().click()]);
    await other.locator('[name="reason"][value="off_topic"]').check();
    await Promise.all([other.waitForURL((url) => url.pathname.endsWith('/reported')), other.locator('main form[method="post"] button[type="submit"]').click()]);
    await desk.goto(`${prefix}/admin/comments`);
    const reported = desk.locator('section[data-comment]', { hasText: `Second thought (${lang}, ${js}).` });
    expect(await reported.innerText()).toContain(lang === 'cy' ? '1 adroddiad agored' : '1 open report');
  });
});
