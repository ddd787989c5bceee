import fs from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { headerOf, linkIn } from '../helpers/smtp.ts';
import { browserUnderTest, openLetter } from './browser.ts';

const campaigner = 'gwen@ymgyrch.cymru';
const site = browserUnderTest({ ADMIN_EMAILS: campaigner });
const letterPath = `/letters/${openLetter}`;
const mailedLinkButton = 'main form[method="post"] button[type="submit"]';
const main = (page: Page) => page.locator('main').innerText();
const waitForSearch = (page: Page, search: string) => page.waitForURL((url) => url.search === search);

/**
 * Issue 5's story in a real browser: a campaigner closes the letter, makes the pack, logs a
 * delivery, records the reply and sends an update; a signer who asked for updates receives it
 * and unsubscribes with one click of the mail's link.
 */
describe('from open letter to answered, with its signers kept informed', () => {
  it('closes, packs, delivers, publishes the reply, sends an update; the signer unsubscribes', async () => {
    // A signer who wants updates.
    const signer = await site.page();
    await signer.goto(letterPath);
    const form = signer.locator('form[data-sign-form]');
    await form.locator('[name="name"]').fill('Elin Wyn');
    await form.locator('[name="email"]').fill('elin@example.cymru');
    await form.locator('[name="consent"]').check();
    await form.locator('[name="updates"]').check();
    await form.locator('button[type="submit"]').click();
    await signer.waitForURL((url) => url.pathname === `${letterPath}/check-email`);
    await signer.goto(linkIn(await site.mailTo('elin@example.cymru'), 'confirm'));
    await signer.locator(mailedLinkButton).click();
    await signer.waitForURL((url) => url.pathname === `${letterPath}/thank-you`);

    // The campaigner closes signing.
    const desk = await site.page({ acceptDownloads: true });
    await site.signIn(desk, campaigner);
    await desk.goto(`/admin/letters/${openLetter}`);
    await desk.locator('form[data-action="close"] button').click();
    await waitForSearch(desk, '?done=closed');
    await desk.goto(letterPath);
    expect(await desk.locator('form[data-sign-form]').count()).toBe(0);

    // Makes the pack: on screen, then as a PDF.
    await desk.goto(`/admin/letters/${openLetter}/delivery`);
    await desk.locator(`main a[href="/admin/letters/${openLetter}/pack"]`).click();
    expect(await main(desk)).toContain('1 confirmed signature');
    await desk.goBack();
    const [download] = await Promise.all([desk.waitForEvent('download'), desk.locator(`main a[href="/api/admin/letters/${openLetter}/pack.pdf"]`).click()]);
    expect((await fs.readFile(await download.path())).subarray(0, 5).toString()).toBe('%PDF-');

    // Logs a delivery by hand, then records the reply.
    const delivery = desk.locator('form[data-form="delivery"]');
    await delivery.locator('[name="recipient"]').fill('Office of the First Minister');
    await delivery.locator('[name="method"][value="in_person"]').check();
    await delivery.locator('button[type="submit"]').click();
    await waitForSearch(desk, '?done=delivery');
    const reply = desk.locator('form[data-form="reply"]');
    await reply.locator('[name="sender"]').fill('The First Minister of Wales');
    await reply.locator('[name="lang"][value="en"]').check();
    await reply.locator('[name="body"]').fill('Thank you for your letter.\n\nWe will set out our position in the new year.');
    await reply.locator('button[type="submit"]').click();
    await waitForSearch(desk, '?done=reply');

    // Writes an update in both languages and sends it.
    await desk.goto('/admin/updates');
    await desk.locator('main [name="title_en"]').fill('The First Minister has replied');
    await desk.locator('main [name="body_en"]').fill('Read the reply on the letter’s page.');
    await desk.locator('main [name="title_cy"]').fill('Mae’r Prif Weinidog wedi ateb');
    await desk.locator('main [name="body_cy"]').fill('Darllenwch yr ateb ar dudalen y llythyr.');
    await desk.locator('main form:has([name="title_en"]) button[type="submit"]').click();
    await waitForSearch(desk, '?done=saved');
    const mailed = site.mailCount('elin@example.cymru');
    await desk.locator('main form:has(input[value="send"]) button').click();
    await desk.waitForURL((url) => url.search.startsWith('?done='));

    // The public page tells the story.
    await signer.goto(letterPath);
    const story = await main(signer);
    expect(story).toContain('We will set out our position in the new year.');
    expect(story).toContain('The First Minister has replied');

    // The signer gets the update and unsubscribes from its link.
    const mail = await site.nextMailTo('elin@example.cymru', mailed);
    expect(mail.subject).toContain('The First Minister has replied');
    expect(headerOf(mail, 'list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    await signer.goto(linkIn(mail, 'unsubscribe'));
    await signer.locator(mailedLinkButton).click();
    await signer.waitForLoadState();
    await expect.poll(() => main(signer)).toContain('You will get no more updates');
  });
});
