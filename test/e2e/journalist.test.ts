import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { linkIn } from '../helpers/smtp.ts';
import { aSigner, browserUnderTest, openLetter } from './browser.ts';

const site = browserUnderTest();
const media = `/letters/${openLetter}/media`;
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** Signs and confirms as a person does from the mail's link, with JavaScript off. */
async function signAndConfirm(fields: Record<string, string>): Promise<void> {
  expect((await site.postForm(`/letters/${openLetter}`, aSigner(fields))).status).toBe(303);
  const confirm = new URL(linkIn(await site.mailTo(fields.email ?? ''), 'confirm')).pathname;
  expect((await site.postForm(confirm, {})).status).toBe(303);
}

async function download(page: Page, link: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.locator(link).click()]);
  return { name: file.suggestedFilename(), bytes: await fs.readFile((await file.path())!) };
}

const figure = async (page: Page, key: string) => (await page.locator(`[data-figure="${key}"] dd`).innerText()).trim();

/**
 * Issue 6's story in a real browser: a journalist opens a letter's media page, reads the
 * numbers, narrows the list, downloads it as CSV and JSON, cites a snapshot and checks the file
 * against the hash the snapshot page gives, and finds every number telling the same story.
 */
describe('a journalist reporting on the letter', () => {
  it('reads the figures, filters the list, downloads CSV and JSON, cites a snapshot and verifies its hash', async () => {
    await signAndConfirm({ name: 'Siân Ŵyn Roberts', email: 'sian@example.cymru', country: 'GB-WLS', area: 'W06000015' });
    await signAndConfirm({ name: 'Aled Jones', email: 'aled@example.cymru', country: 'GB-WLS', area: 'W06000008' });
    await signAndConfirm({ name: 'Mary Byrne', email: 'mary@example.ie', country: 'IE', area: '' });
    await signAndConfirm({
      name: 'Elen Morgan',
      email: 'elen@cymdeithas-enghraifft.cymru',
      kind: 'organisation',
      organisation: 'Cymdeithas Enghraifft',
      organisation_type: 'third_sector',
      website: 'https://www.cymdeithas-enghraifft.cymru/',
      role: 'Chief executive',
      country: 'GB-WLS',
      area: '',
    });
    // One who changed their mind: never in any figure.
    await signAndConfirm({ name: 'Gwyn Withdrew', email: 'gwyn@example.cymru', country: 'GB-WLS', area: '' });
    const withdraw = new URL(linkIn(await site.mailTo('gwyn@example.cymru'), 'withdraw')).pathname;
    expect((await site.postForm(withdraw, {})).status).toBe(303);

    // The media page: the headline numbers, as of a stated time.
    const page = await site.page({ acceptDownloads: true });
    await page.goto(media);
    expect(await figure(page, 'total')).toBe('4');
    expect(await figure(page, 'organisations')).toBe('1');
    expect(await figure(page, 'individuals')).toBe('3');
    expect(await figure(page, 'countries')).toBe('2');
    expect(await page.locator('[data-as-of] time').getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(await page.locator('main').innerText()).toContain('Cymdeithas Enghraifft');

    // Narrows the list to the signers from Ireland, with the list's own filters.
    await page.locator('#organisations a[href*="signatories"]').click();
    await page.waitForURL((url) => url.pathname === `/letters/${openLetter}/signatories`);
    await page.locator('form[role="search"] select[name="kind"]').selectOption('');
    await page.locator('form[role="search"] select[name="country"]').selectOption('IE');
    await page.locator('form[role="search"] button[type="submit"]').click();
    await page.waitForURL((url) => url.searchParams.get('country') === 'IE');
    const filtered = await page.locator('main').innerText();
    expect(filtered).toContain('Mary Byrne');
    expect(filtered).not.toContain('Aled Jones');

    // Downloads the whole list as CSV, and as JSON.
    await page.goto(media);
    const csv = await download(page, 'a[data-download="csv"]');
    expect(csv.name).toMatch(new RegExp(`^${openLetter}-signatories-.*\\.csv$`));
    const rows = csv.bytes.toString('utf8').trim().split('\r\n');
    expect(rows).toHaveLength(1 + 4);
    expect(csv.bytes.toString('utf8')).not.toContain('Gwyn Withdrew');
    await page.locator('a[data-download="json"]').click();
    const json = JSON.parse(await page.locator('body').innerText()) as { items: { name: string }[]; next: string | null };
    expect(json.items.map((i) => i.name).sort()).toEqual(['Aled Jones', 'Elen Morgan', 'Mary Byrne', 'Siân Ŵyn Roberts']);
    expect(json.next).toBeNull();

    // Cites the list: a snapshot whose file matches the hash its page shows, and the CSV just downloaded.
    await page.goto(media);
    await page.locator('#cite form[data-cite-list] button').click();
    await page.waitForURL((url) => /^\/snapshots\/[A-Za-z0-9_-]{22}$/.test(url.pathname));
    const snapshotPage = page.url();
    const shown = (await page.locator('[data-sha256]').innerText()).trim();
    const frozen = await download(page, 'a[download]');
    expect(sha256(frozen.bytes)).toBe(shown);
    expect(frozen.bytes.equals(csv.bytes)).toBe(true);

    // Every number tells the same story: the page, the stats, the snapshot and the file.
    const id = new URL(snapshotPage).pathname.split('/').pop();
    const snapshot = (await (await fetch(site.url(`/api/snapshots/${id}`))).json()) as { counts: Record<string, unknown>; rows: number; sha256: string };
    const stats = (await (await fetch(site.url(`/api/letters/${openLetter}/stats`))).json()) as { counts: Record<string, number>; by_country: Record<string, number> };
    expect(snapshot.sha256).toBe(shown);
    expect(snapshot.rows).toBe(rows.length - 1);
    expect(snapshot.counts).toEqual({ total: 4, individuals: 3, organisations: 1, by_country: stats.by_country });
    expect(stats.counts).toEqual({ total: 4, individuals: 3, organisations: 1, countries: 2 });
    expect(stats.by_country).toEqual({ 'GB-WLS': 3, IE: 1 });

    // Citing again with nothing changed gives the same snapshot, not a new one.
    await page.goto(media);
    await page.locator('#cite form[data-cite-list] button').click();
    await page.waitForURL((url) => /^\/snapshots\//.test(url.pathname));
    expect(page.url()).toBe(snapshotPage);
  });
});
