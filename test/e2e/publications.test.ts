import fs from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserUnderTest, languages } from './browser.ts';

const site = browserUnderTest();
const sample = 'who-signed-the-first-letter';

const words = {
  en: { title: 'Who signed the first letter: a short report by sector', kind: 'Report (1)', year: '2026 (1)', apply: 'Show publications', sent: 'Request sent', copied: 'Copied', file: `${sample}.pdf` },
  cy: { title: 'Pwy lofnododd y llythyr cyntaf: adroddiad byr fesul sector', kind: 'Adroddiad (1)', year: '2026 (1)', apply: 'Dangos cyhoeddiadau', sent: 'Cais wedi’i anfon', copied: 'Wedi’i gopïo', file: `${sample}.cy.pdf` },
} as const;

const modes = [
  { js: true, label: 'JavaScript on' },
  { js: false, label: 'JavaScript off' },
];

const cases = languages.flatMap((language) => modes.map((mode) => ({ ...language, ...mode })));

async function filterToReports(page: Page, lang: 'en' | 'cy', apply: string) {
  await page.selectOption('#year', { label: words[lang].year });
  await page.selectOption('#kind', { label: words[lang].kind });
  await Promise.all([page.waitForURL((url) => url.searchParams.get('kind') === 'report'), page.getByRole('button', { name: apply }).click()]);
  expect(new URL(page.url()).searchParams.get('year')).toBe('2026');
}

describe.each(cases)('$lang, $label', ({ lang, prefix, js }) => {
  it('a journalist opens the library, filters it, opens the sample report, cites it and downloads its PDF', async () => {
    const t = words[lang];
    const page = await site.page({ javaScriptEnabled: js, acceptDownloads: true, ...(js ? { permissions: ['clipboard-read', 'clipboard-write'] } : {}) });
    await page.goto(`${prefix}/`);
    await Promise.all([page.waitForURL((url) => url.pathname === `${prefix}/publications`), page.locator('.site-nav a[href$="/publications"]').click()]);

    await filterToReports(page, lang, t.apply);
    await Promise.all([page.waitForURL((url) => url.pathname === `${prefix}/publications/${sample}`), page.getByRole('link', { name: t.title }).click()]);
    expect(await page.locator('h1').innerText()).toBe(t.title);
    expect(JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}')['@type']).toBe('Report');

    const citation = await page.locator('#citation').inputValue();
    expect(citation).toContain(t.title);
    const copy = page.locator('button[data-copy-button]');
    if (js) {
      await copy.click();
      await expect.poll(() => copy.innerText()).toBe(t.copied);
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(citation);
    } else {
      // Without JavaScript there is no button that could not work; the citation is there to select.
      expect(await copy.isVisible()).toBe(false);
    }

    const [download] = await Promise.all([page.waitForEvent('download'), page.locator(`a[data-download="${lang}"]`).click()]);
    expect(download.suggestedFilename()).toBe(t.file);
    const bytes = await fs.readFile((await download.path())!);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(bytes.equals(await fs.readFile(`content/publications/${t.file}`))).toBe(true);
  });

  it('a reader asks for the report in an accessible format, correcting a mistake on the way', async () => {
    const t = words[lang];
    const page = await site.page({ javaScriptEnabled: js });
    await page.goto(`${prefix}/publications/${sample}`);
    await page.locator('[data-assistive-note] a').click();
    const form = page.locator('form[data-request-form]');
    await form.locator('input[name="name"]').fill(`Reader ${lang} ${js ? 'js' : 'plain'}`);
    await form.locator('input[name="email"]').fill(`reader-${lang}-${js}@example.cymru`);
    await form.locator('input[name="format"][value="other"]').check();
    await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), form.locator('button[type="submit"]').click()]);
    // "Something else" needs the details: the form comes back with what was typed and the field named.
    await page.locator('[data-error-summary]').waitFor();
    expect(await page.locator('input[name="email"]').inputValue()).toBe(`reader-${lang}-${js}@example.cymru`);
    await page.locator('[data-error-summary] a[href="#details"]').click();
    await page.locator('textarea[name="details"]').fill('Audio description of the charts, please');
    await page.locator('input[name="consent"]').check();
    await Promise.all([page.waitForURL((url) => url.searchParams.get('requested') === '1'), page.locator('form[data-request-form] button[type="submit"]').click()]);
    expect(await page.locator('[data-request-sent]').innerText()).toContain(t.sent);
  });
});
