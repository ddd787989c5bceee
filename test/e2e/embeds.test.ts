import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserUnderTest, openLetter } from './browser.ts';

const site = browserUnderTest();

/**
 * A partner's site: a real server of its own on another port, so another origin. (On the
 * loopback address too: Chromium keeps a public site from reaching a loopback one at all.)
 * It serves whatever page the test gives it.
 */
let partnerHtml = '';
const partnerSite = http.createServer((_, res) => {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  res.end(`<!doctype html><html lang="en"><head><title>Partner</title></head><body>${partnerHtml}</body></html>`);
});
let partner = '';
beforeAll(async () => {
  await new Promise<void>((resolve) => partnerSite.listen(0, '127.0.0.1', resolve));
  partner = `http://127.0.0.1:${(partnerSite.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => partnerSite.close(() => resolve())));

async function partnerPage(html: string): Promise<Page> {
  partnerHtml = html;
  return site.page({ viewport: { width: 1000, height: 800 } });
}

/** Whether a frame shows our page, or the browser refused to put it there (and shows its own error page). */
const frameShowsSite = (page: Page, name: string) => page.frame({ name })?.url().startsWith(site.origin);

describe('a partner’s site showing the letter', () => {
  it('frames the widget, while the browser refuses to frame the letter page itself', async () => {
    const page = await partnerPage(
      `<iframe name="widget" src="${site.url(`/letters/${openLetter}/embed`)}" width="400" height="240" title="widget"></iframe>` +
        `<iframe name="letter" src="${site.url(`/letters/${openLetter}`)}" width="400" height="240" title="letter"></iframe>`,
    );
    await page.goto(`${partner}/campaigns`);
    await page.frameLocator('iframe[name="widget"]').locator('h1').waitFor();
    // goto waited for the load event, which waits for every frame.
    expect(frameShowsSite(page, 'widget')).toBe(true);
    expect(frameShowsSite(page, 'letter')).toBe(false);
  });

  it('shows the whole widget in a 300 × 200 frame, its link opening the letter in a new tab', async () => {
    const page = await partnerPage(
      `<iframe name="widget" src="${site.url(`/cy/letters/${openLetter}/embed`)}" width="300" height="200" style="border:0" title="widget"></iframe>`,
    );
    await page.goto(`${partner}/`);
    const widget = page.frameLocator('iframe[name="widget"]');
    const link = widget.getByRole('link', { name: /Llofnodwch y llythyr/ });
    await link.waitFor();
    const frame = page.frame({ name: 'widget' })!;
    expect(await frame.evaluate(() => [document.documentElement.scrollWidth <= 300, document.documentElement.scrollHeight <= 200])).toEqual([true, true]);
    const [opened] = await Promise.all([page.context().waitForEvent('page'), link.click()]);
    await opened.waitForLoadState();
    expect(opened.url()).toBe(site.url(`/cy/letters/${openLetter}#sign`));
  });

  it('shows the badge as an image from this site', async () => {
    const page = await partnerPage(`<img id="badge" src="${site.url(`/letters/${openLetter}/badge.svg`)}" alt="badge">`);
    await page.goto(`${partner}/`);
    await page.waitForFunction(() => (document.getElementById('badge') as HTMLImageElement).complete);
    expect(await page.evaluate(() => (document.getElementById('badge') as HTMLImageElement).naturalHeight)).toBe(20);
  });
});
