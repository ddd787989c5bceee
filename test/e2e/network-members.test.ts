import { describe, expect, it } from 'vitest';
import { aMemberRow } from '../helpers/member-rows.ts';
import { browserUnderTest } from './browser.ts';
import { languagesAndScript, memberSignsIn, serverDatabase } from './members.ts';

/**
 * A member signs in from the caught mail, chooses what the directory shows, and the directory
 * shows only that: in both languages, with JavaScript on and off.
 */
const site = browserUnderTest();
const database = serverDatabase(site);

describe.each(languagesAndScript)(
  'a member ($lang, JavaScript $javaScriptEnabled)',
  ({ lang, prefix, javaScriptEnabled }) => {
    it('signs in from the mailed link, shows only their role and area, and the directory shows only those', async () => {
      const email = `member-${lang}-${javaScriptEnabled}@example.org`;
      const name = `Secret ${lang} ${javaScriptEnabled ? 'Js' : 'Nojs'}`;
      const role = `Convenor ${lang} ${javaScriptEnabled ? 'js' : 'nojs'}`;
      await aMemberRow(database(), { email, name, role, area: 'W06000002', locale: lang, showing: ['name'] });
      const page = await site.page({ javaScriptEnabled });

      await memberSignsIn(site, page, email, prefix);

      await page.uncheck('#shown');
      await page.check('#shown-role');
      await page.check('#shown-area');
      await Promise.all([page.waitForURL((url) => url.search === '?saved=1'), page.locator('main form:has(input[value="save"]) button[type="submit"]').click()]);
      expect(await page.isChecked('#shown-role')).toBe(true);
      expect(await page.isChecked('#shown')).toBe(false);

      await page.goto(`${prefix}/network/directory?q=${encodeURIComponent(role)}`);
      const entries = page.locator('[data-directory] li');
      await expect(entries.count()).resolves.toBe(1);
      const entry = (await entries.first().innerText()).replace(/\s+/g, ' ');
      expect(entry).toContain(role);
      expect(entry).toContain('Gwynedd');
      expect(entry).toContain(lang === 'cy' ? "Aelod o'r rhwydwaith" : 'A member of the network');
      expect(await page.locator('main').innerText()).not.toContain(name);
    });
  },
);
