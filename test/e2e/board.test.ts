import { describe, expect, it } from 'vitest';
import { aMemberRow } from '../helpers/member-rows.ts';
import { browserUnderTest } from './browser.ts';
import { languagesAndScript, memberSignsIn, serverDatabase } from './members.ts';

/**
 * A member signs in from the caught mail and starts a thread; another member replies: in both
 * languages, with JavaScript on and off.
 */
const site = browserUnderTest();
const database = serverDatabase(site);

describe.each(languagesAndScript)(
  'the members’ board ($lang, JavaScript $javaScriptEnabled)',
  ({ lang, prefix, javaScriptEnabled }) => {
    async function signedIn(email: string) {
      const page = await site.page({ javaScriptEnabled });
      await memberSignsIn(site, page, email, prefix);
      return page;
    }

    it('a member starts a thread and another member replies', async () => {
      const tag = `${lang}-${javaScriptEnabled ? 'js' : 'nojs'}`;
      await aMemberRow(database(), { email: `starter-${tag}@example.org`, name: `Starter ${tag}`, locale: lang });
      await aMemberRow(database(), { email: `replier-${tag}@example.org`, name: `Replier ${tag}`, locale: lang });
      const title = `Paying people for their time (${tag})`;

      const starter = await signedIn(`starter-${tag}@example.org`);
      await starter.goto(`${prefix}/network/board`);
      await starter.fill('#title', title);
      await starter.fill('#body', 'How do you do it?\n\nWe pay for every meeting.');
      await Promise.all([starter.waitForURL((url) => /\/network\/board\/\d+$/.test(url.pathname)), starter.locator('#start-form button[type="submit"]').click()]);
      const threadPath = new URL(starter.url()).pathname;
      expect(await starter.locator('h1').innerText()).toBe(title);

      const replier = await signedIn(`replier-${tag}@example.org`);
      await replier.goto(`${prefix}/network/board`);
      await Promise.all([replier.waitForURL(`**${threadPath}`), replier.getByRole('link', { name: title }).click()]);
      await replier.fill('#body', 'Rydym ni’n talu am bob cyfarfod hefyd.');
      await replier.check('#lang-cy');
      await Promise.all([replier.waitForURL((url) => url.hash.startsWith('#reply-')), replier.locator('#reply-form button[type="submit"]').click()]);
      const replies = (await replier.locator('.board-replies').innerText()).replace(/\s+/g, ' ');
      expect(replies).toContain('Rydym ni’n talu am bob cyfarfod hefyd.');
      expect(replies).toContain(`Replier ${tag}`);
      expect(await replier.locator('.board-replies [lang="cy"]').count()).toBe(1);
    });
  },
);
