import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { linkIn } from '../helpers/smtp.ts';
import { browserUnderTest, languages, pathOf, post } from './browser.ts';
import { approveWaitingComments } from './comments.ts';

// Every reader of these journeys comes from this machine: spared the per-address limit, as a campaign stall would be.
const site = browserUnderTest({ SIGN_LIMIT_ALLOW: '127.0.0.1,::1' });
const form = '#comment-form';
const mailedLinkButton = 'main form[method="post"] button[type="submit"]';
const text = (page: Page) => page.locator('main').innerText();

const modes = [
  { js: 'on', javaScriptEnabled: true },
  { js: 'off', javaScriptEnabled: false },
];

describe.each(languages.flatMap((l) => modes.map((m) => ({ ...l, ...m }))))('in $lang with JavaScript $js', ({ lang, prefix, js, javaScriptEnabled }) => {
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

  it('a reader comments, confirms from the caught mail and sees their comment waiting; approved, their next appears at once; another reader replies', async () => {
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

    await approveWaitingComments(site.database);
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
  });
});
