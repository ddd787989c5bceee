import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { aMemberRow } from '../helpers/member-rows.ts';
import { linkIn } from '../helpers/smtp.ts';
import { browserUnderTest, languages, openLetter, pathOf } from './browser.ts';
import { memberSignsIn, serverDatabase } from './members.ts';

const coordinator = 'cydlynydd@rhwydwaith.cymru';
const site = browserUnderTest({ NETWORK_COORDINATORS: coordinator, ADMIN_EMAILS: 'gwen@ymgyrch.cymru' });
const database = serverDatabase(site);

const mailedLinkButton = 'main form[method="post"] button[type="submit"]';
const waitForPath = (page: Page, path: string) => page.waitForURL((url) => url.pathname === path);

/** A coordinator signs in by the campaigners' own mailed link and lands on the network's applications. */
async function coordinatorSignsIn(page: Page, prefix: string) {
  const before = site.mailCount(coordinator);
  await page.goto(`${prefix}/admin/sign-in`);
  await page.locator('main input[name="email"]').fill(coordinator);
  await page.locator('main form button[type="submit"]').click();
  await waitForPath(page, `${prefix}/admin/sign-in/sent`);
  await page.goto(linkIn(await site.nextMailTo(coordinator, before), 'admin/sign-in'));
  await page.locator(mailedLinkButton).click();
  await waitForPath(page, `${prefix}/admin/network`);
}

describe.each(languages)('in $lang', ({ lang, prefix }) => {
  describe.each([true, false])('with JavaScript %s', (javaScriptEnabled) => {
    it('a signer joins from the thank-you page, a coordinator approves, the directory shows only what they chose; they start a thread and another member replies', async () => {
      const name = `Nia Hughes ${lang} ${javaScriptEnabled ? 'js' : 'nojs'}`;
      const email = `nia-${lang}-${javaScriptEnabled}@example.cymru`;
      const page = await site.page({ javaScriptEnabled });
      const letterPath = `${prefix}/letters/${openLetter}`;

      // Signs the letter and confirms it.
      await page.goto(letterPath);
      await page.locator('form[data-sign-form] [name="name"]').fill(name);
      await page.locator('form[data-sign-form] [name="email"]').fill(email);
      await page.locator('form[data-sign-form] [name="role"]').fill('Youth worker');
      await page.selectOption('form[data-sign-form] [name="area"]', 'W06000008');
      await page.locator('form[data-sign-form] [name="consent"]').check();
      await page.locator('form[data-sign-form] button[type="submit"]').click();
      await waitForPath(page, `${letterPath}/check-email`);
      await page.goto(linkIn(await site.mailTo(email), 'confirm'));
      await page.locator(mailedLinkButton).click();
      await waitForPath(page, `${letterPath}/thank-you`);

      // The thank-you page offers the network; the form comes filled in with what they typed, and nothing in the address.
      await page.locator('[data-join-offer] a').click();
      await waitForPath(page, `${prefix}/network/join`);
      expect(new URL(page.url()).search).toBe('');
      expect(await page.locator('html').getAttribute('lang')).toBe(lang);
      expect(await page.locator('#join-form [name="name"]').inputValue()).toBe(name);
      expect(await page.locator('#join-form [name="role"]').inputValue()).toBe('Youth worker');
      expect(await page.locator('#join-form [name="area"]').inputValue()).toBe('W06000008');
      expect(await page.locator('#join-form [name="email"]').inputValue()).toBe('');
      expect(await page.locator('#join-form [name="shown"]:checked').count()).toBe(0);

      // With JavaScript, an organisation's fields are asked only of organisations.
      const organisationField = page.locator('#join-form [name="organisation"]');
      if (javaScriptEnabled) {
        await expect.poll(() => organisationField.isVisible()).toBe(false);
        await page.locator('#join-form [name="kind"][value="organisation"]').check();
        await expect.poll(() => organisationField.isVisible()).toBe(true);
        await page.locator('#join-form [name="kind"][value="individual"]').check();
      } else {
        expect(await organisationField.isVisible()).toBe(true);
      }
      await page.locator('#join-form [name="email"]').fill(email);
      await page.locator('#join-form [name="practices"][value="children-young-people"]').check();
      await page.locator('#join-form [name="shown"][value="name"]').check();
      await page.locator('#join-form [name="principles"]').check();
      await page.locator('#join-form [name="consent"]').check();
      const before = site.mailCount(email);
      await page.locator('#join-form button[type="submit"]').click();
      await waitForPath(page, `${prefix}/network/join/sent`);

      const link = linkIn(await site.nextMailTo(email, before), 'network/confirm');
      expect(pathOf(link).startsWith(`${prefix}/network/confirm/`)).toBe(true);
      await page.goto(link);
      await page.locator(mailedLinkButton).click();
      await waitForPath(page, `${prefix}/network/confirmed`);

      // A coordinator reads the application and approves it; the new member hears in their language.
      const desk = await site.page({ javaScriptEnabled });
      await coordinatorSignsIn(desk, prefix);
      const application = desk.locator('section[data-member]', { hasText: name });
      expect(await application.innerText()).toContain(email);
      const approved = site.mailCount(email);
      await application.locator('form[data-decision="approve"] button').click();
      await desk.waitForURL((url) => url.search === '?done=approved');
      expect((await site.nextMailTo(email, approved)).subject).toBe(lang === 'cy' ? 'Croeso i Rwydwaith Cyd-gynhyrchu Cymru' : 'Welcome to the Co-production Network for Wales');

      // Nothing of the letters is theirs to see.
      const refused = await desk.goto(`${prefix}/admin/queue`);
      expect(refused?.status()).toBe(403);

      // The directory lists the new member by the one field they chose to show: their name, not their role or area.
      const reader = await site.page({ javaScriptEnabled });
      await reader.goto(`${prefix}/network/directory`);
      const entry = reader.locator('.directory__entry', { hasText: name });
      expect(await entry.count()).toBe(1);
      const listed = await reader.locator('[data-directory]').innerText();
      expect(listed).not.toContain('Youth worker');
      expect(listed).not.toContain(email);
      await reader.goto(`${prefix}/network/directory?q=${encodeURIComponent('Youth worker')}`);
      expect(await reader.locator('.directory__entry', { hasText: name }).count()).toBe(0);

      // Signed in from the mailed link, the new member starts a thread on the board; another member answers it.
      await memberSignsIn(site, page, email, prefix);
      const title = `Young people on interview panels (${lang}, ${javaScriptEnabled ? 'js' : 'nojs'})`;
      await page.goto(`${prefix}/network/board`);
      await page.fill('#title', title);
      await page.fill('#body', 'Has anyone paid young people to sit on interview panels?\n\nHow did you arrange it?');
      await Promise.all([page.waitForURL((url) => /\/network\/board\/\d+$/.test(url.pathname)), page.locator('#start-form button[type="submit"]').click()]);
      const threadPath = new URL(page.url()).pathname;
      const other = `aled-${lang}-${javaScriptEnabled}@example.cymru`;
      await aMemberRow(database(), { email: other, name: `Aled ${lang}`, locale: lang });
      const colleague = await site.page({ javaScriptEnabled });
      await memberSignsIn(site, colleague, other, prefix);
      await colleague.goto(threadPath);
      await colleague.fill('#body', 'Ydyn, rydym yn talu am bob cyfweliad.');
      await colleague.check('#lang-cy');
      await Promise.all([colleague.waitForURL((url) => url.hash.startsWith('#reply-')), colleague.locator('#reply-form button[type="submit"]').click()]);
      await page.goto(threadPath);
      const thread = (await page.locator('main').innerText()).replace(/\s+/g, ' ');
      expect(thread).toContain(name);
      expect(thread).toContain('Ydyn, rydym yn talu am bob cyfweliad.');
      expect(thread).toContain(`Aled ${lang}`);
    });
  });
});
