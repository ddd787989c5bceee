import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { aSigner, browserUnderTest, openLetter } from './browser.ts';
import { tokenIn } from '../helpers/smtp.ts';

const site = browserUnderTest();

/**
 * A journalist in a real browser: freezes the list from the signatories page, downloads the
 * file, checks its hash against the page, and copies the citation.
 */
describe('a journalist cites the list', () => {
  it('freezes it, downloads the file that matches the hash shown, and copies the citation', async () => {
    const signer = aSigner({ name: 'Elin Wyn Jones', email: 'elin@example.cymru' });
    await site.postForm(`/letters/${openLetter}`, signer);
    await site.postForm(`/confirm/${tokenIn(await site.mailTo(signer.email ?? ''), 'confirm')}`, {});

    const page = await site.page({ acceptDownloads: true, permissions: ['clipboard-read', 'clipboard-write'] });
    await page.goto(`/cy/letters/${openLetter}/signatories`);
    await page.locator('form[data-cite-list] button').click();
    await page.waitForURL((url) => /^\/cy\/snapshots\/[A-Za-z0-9_-]{22}$/.test(url.pathname));
    const shown = (await page.locator('[data-sha256]').innerText()).trim();

    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('a[download]').click()]);
    expect(download.suggestedFilename()).toMatch(new RegExp(`^${openLetter}-snapshot-.*\\.csv$`));
    const bytes = await fs.readFile((await download.path())!);
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(shown);
    expect(bytes.toString()).toContain('Elin Wyn Jones');

    const copy = page.locator('button[data-copy-button]');
    await copy.click();
    await expect.poll(() => copy.innerText()).toBe("Wedi copïo'r dyfyniad");
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain(`${site.origin}/cy/snapshots/`);
    expect(copied).toContain(shown);
  });
});
