import fs from 'node:fs/promises';
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { aPdf } from '../helpers/pdf.ts';
import { linkIn } from '../helpers/smtp.ts';
import { browserUnderTest, openLetter, pathOf } from './browser.ts';

const campaigner = 'gwen@ymgyrch.cymru';
const site = browserUnderTest({ ADMIN_EMAILS: campaigner });
const letterPath = `/letters/${openLetter}`;
const mailedLinkButton = 'main form[method="post"] button[type="submit"]';
const main = (page: Page) => page.locator('main').innerText();
const waitForPath = (page: Page, path: string) => page.waitForURL((url) => url.pathname === path);

/**
 * The story issue 4 asks for, in a real browser: an organisation signs (from an address not at
 * its website, with its logo), an expert sends a letter of support with a signed PDF, a
 * campaigner signs in and approves both, and a journalist finds them on the public pages.
 */
describe('organisations and letters of support, from signing to the journalist', () => {
  it('an organisation signs, an expert sends a letter, a campaigner approves both, a journalist sees them', async () => {
    const signer = await site.page();

    // The organisation signs with its logo, from a personal address: it will wait for a campaigner.
    await signer.goto(letterPath);
    const form = signer.locator('form[data-sign-form]');
    await form.locator('[name="kind"][value="organisation"]').check();
    await form.locator('[name="name"]').fill('Rhian Prys');
    await form.locator('[name="email"]').fill('rhian.prys@gmail.com');
    await form.locator('[name="organisation"]').fill('Gofalwyr Ceredigion');
    await form.locator('[name="organisation_type"]').selectOption('third_sector');
    await form.locator('[name="website"]').fill('gofalwyr-ceredigion.org.uk');
    await form.locator('[name="role"]').fill('Cadeirydd');
    const logo = await sharp({ create: { width: 600, height: 300, channels: 3, background: '#1d70b8' } }).png().toBuffer();
    await form.locator('[name="logo"]').setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: logo });
    await form.locator('[name="consent"]').check();
    await form.locator('button[type="submit"]').click();
    await waitForPath(signer, `${letterPath}/check-email`);
    await signer.goto(linkIn(await site.mailTo('rhian.prys@gmail.com'), 'confirm'));
    await signer.locator(mailedLinkButton).click();
    await waitForPath(signer, `${letterPath}/thank-you`);
    expect(await main(signer)).toMatch(/campaigner/i);

    // The expert sends a letter of support with the signed PDF, allowing it all to be published.
    const expert = await site.page();
    await expert.goto(`${letterPath}/support/new`);
    const support = expert.locator('main form[method="post"]');
    await support.locator('[name="author_name"]').fill('Professor Anna Kowalski');
    await support.locator('[name="role"]').fill('Professor of Social Policy');
    await support.locator('[name="organisation"]').fill('University of Melbourne');
    await support.locator('[name="country"]').selectOption('AU');
    await support.locator('[name="email"]').fill('anna.kowalski@unimelb.example.edu.au');
    await support.locator('[name="body"]').fill('Dear First Minister,\n\nCo-production is how public services learn.\n\nYours sincerely,\nAnna Kowalski');
    await support.locator('[name="extract"]').fill('Co-production is how public services learn.');
    const pdf = await aPdf('Signed: Professor Anna Kowalski');
    await support.locator('[name="pdf"]').setInputFiles({ name: 'kowalski.pdf', mimeType: 'application/pdf', buffer: Buffer.from(pdf) });
    await support.locator('[name="publish"][value="full"]').check();
    await support.locator('[name="consent"]').check();
    await support.locator('button[type="submit"]').click();
    await waitForPath(expert, `${letterPath}/support/sent`);
    const confirmLink = linkIn(await site.mailTo('anna.kowalski@unimelb.example.edu.au'), 'support/confirm');
    expect(pathOf(confirmLink).startsWith('/support/confirm/')).toBe(true);
    await expert.goto(confirmLink);
    await expert.locator(mailedLinkButton).click();
    await waitForPath(expert, `${letterPath}/support/confirmed`);

    // Nothing is public yet.
    const journalist = await site.page();
    await journalist.goto(`${letterPath}/signatories?order=organisations`);
    expect(await main(journalist)).not.toContain('Gofalwyr Ceredigion');
    await journalist.goto(`${letterPath}/support`);
    expect(await main(journalist)).not.toContain('Anna Kowalski');

    // The campaigner signs in, approves the organisation, and publishes the letter as notable.
    const desk = await site.page();
    await site.signIn(desk, campaigner);
    await desk.goto('/admin/queue');
    const entry = desk.locator('section[data-signature]', { hasText: 'Gofalwyr Ceredigion' });
    expect(await entry.innerText()).toContain('gmail.com');
    await entry.locator('form[data-decision="approve"] button').click();
    await desk.waitForURL((url) => url.search === '?done=approved');
    await desk.goto('/admin/support');
    const letter = desk.locator('section[data-support]', { hasText: 'Professor Anna Kowalski' });
    expect(await letter.innerText()).toContain('unimelb.example.edu.au');
    await letter.locator('[name="notable"]').check();
    await letter.locator('form[data-decision="publish"] button').click();
    await desk.waitForURL((url) => url.search === '?done=published');

    // The journalist now finds the organisation, with its logo, and the letter of support with its PDF.
    await journalist.goto(`${letterPath}/signatories?order=organisations`);
    expect(await main(journalist)).toContain('Gofalwyr Ceredigion');
    const img = journalist.locator('main tr', { hasText: 'Gofalwyr Ceredigion' }).locator('img');
    await img.scrollIntoViewIfNeeded();
    await expect.poll(() => img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth)).toBeGreaterThan(0);

    await journalist.goto(`${letterPath}/support`);
    const text = await main(journalist);
    expect(text).toContain('Co-production is how public services learn.');
    expect(text).toContain('Professor Anna Kowalski');
    expect(text).toContain('University of Melbourne');
    const [download] = await Promise.all([journalist.waitForEvent('download'), journalist.locator('main a[href$="letter.pdf"]').click()]);
    expect([...(await fs.readFile(await download.path()))]).toEqual([...pdf]);
  });
});
