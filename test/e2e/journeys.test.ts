import fs from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { linkIn } from '../helpers/smtp.ts';
import { browserUnderTest, focusState, languages, openLetter, pathOf, recordUnfocusedStyles } from './browser.ts';

const site = browserUnderTest();

const form = 'form[data-sign-form]';
const field = (name: string) => `${form} [name="${name}"]`;
/** The one button on a page opened from a mailed link. */
const mailedLinkButton = 'main form[method="post"] button[type="submit"]';

const waitForPath = (page: Page, path: string) => page.waitForURL((url) => url.pathname === path);
const text = (page: Page) => page.locator('main').innerText();

describe.each(languages)('in $lang', ({ lang, prefix }) => {
  const letterPath = `${prefix}/letters/${openLetter}`;
  const listPath = `${letterPath}/signatories`;

  /** Fills in the sign form with the mouse and typing, as most people do. */
  async function fillIn(page: Page, who: { name: string; email: string; place?: string }) {
    await page.locator(field('name')).fill(who.name);
    await page.locator(field('email')).fill(who.email);
    if (who.place) await page.locator(field('place')).fill(who.place);
    await page.locator(field('consent')).check();
  }

  async function submit(page: Page, then: string) {
    await page.locator(`${form} button[type="submit"]`).click();
    await waitForPath(page, then);
  }

  /** Opens the confirm link of the newest mail to this address and presses its button. */
  async function confirmFromMail(page: Page, email: string) {
    const link = linkIn(await site.mailTo(email), 'confirm');
    expect(pathOf(link).startsWith(`${prefix}/confirm/`), `${link} is in the signer's language`).toBe(true);
    await page.goto(link);
    expect(await page.locator('html').getAttribute('lang')).toBe(lang);
    await page.locator(mailedLinkButton).click();
    await waitForPath(page, `${letterPath}/thank-you`);
  }

  it('signs with JavaScript on, confirms from the mail, finds the name, downloads the CSV and withdraws', async () => {
    const name = `Megan Llwyd ${lang}`;
    const email = `megan-${lang}@example.cymru`;
    const page = await site.page();
    await page.goto(letterPath);
    expect(await page.locator('html').getAttribute('lang')).toBe(lang);
    // JavaScript asks for an organisation's name only of organisations.
    await expect.poll(() => page.locator(field('organisation')).isVisible()).toBe(false);
    await page.locator(`${field('kind')}[value="organisation"]`).check();
    await expect.poll(() => page.locator(field('organisation')).isVisible()).toBe(true);
    await page.locator(`${field('kind')}[value="individual"]`).check();
    await expect.poll(() => page.locator(field('organisation')).isVisible()).toBe(false);

    await fillIn(page, { name, email, place: 'Caernarfon' });
    await submit(page, `${letterPath}/check-email`);
    expect(await page.locator('html').getAttribute('lang')).toBe(lang);

    await confirmFromMail(page, email);

    await page.goto(listPath);
    expect(await text(page)).toContain(name);
    expect(await text(page)).toContain('Caernarfon');

    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('a[href*="signatories.csv"]').click()]);
    expect(download.suggestedFilename()).toMatch(new RegExp(`^${openLetter}-signatories-.*\\.csv$`));
    const csv = await fs.readFile(await download.path());
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.toString('utf8')).toContain(name);

    const withdrawLink = linkIn(await site.mailTo(email), 'withdraw');
    await page.goto(withdrawLink);
    await page.locator(mailedLinkButton).click();
    await waitForPath(page, `${letterPath}/withdrawn`);
    await page.goto(listPath);
    expect(await text(page)).not.toContain(name);
  });

  it('signs with JavaScript off and confirms from the mail', async () => {
    const name = `Rhodri Heb Sgript ${lang}`;
    const email = `rhodri-${lang}@example.cymru`;
    const page = await site.page({ javaScriptEnabled: false });
    await page.goto(letterPath);
    // Without JavaScript the organisation field is always there, and an individual may leave it empty.
    expect(await page.locator(field('organisation')).isVisible()).toBe(true);
    await fillIn(page, { name, email });
    await submit(page, `${letterPath}/check-email`);
    await confirmFromMail(page, email);
    await page.goto(listPath);
    expect(await text(page)).toContain(name);
  });

  it('with JavaScript on, puts focus on the error summary, keeps what was typed, and takes the fix', async () => {
    const page = await site.page();
    await page.goto(letterPath);
    const title = await page.title();
    await page.locator(field('name')).fill('Gethin Ap Iorwerth');
    await page.locator(field('email')).fill('gethin-at-example.cymru');
    await page.locator(field('comment')).fill('Cyd-gynhyrchu nawr.');
    await page.locator(`${form} button[type="submit"]`).click();
    await page.locator('[data-error-summary]').waitFor();

    await expect.poll(() => page.evaluate(() => document.activeElement?.hasAttribute('data-error-summary'))).toBe(true);
    // The title says at once that there is a problem ("Error: …" in English).
    const errorTitle = await page.title();
    expect(errorTitle.length).toBeGreaterThan(title.length);
    expect(errorTitle.endsWith(title)).toBe(true);
    expect(await page.locator(field('name')).inputValue()).toBe('Gethin Ap Iorwerth');
    expect(await page.locator(field('email')).inputValue()).toBe('gethin-at-example.cymru');
    expect(await page.locator(field('comment')).inputValue()).toBe('Cyd-gynhyrchu nawr.');
    // One link per field to fix, and each leads to its field.
    const links = page.locator('[data-error-summary] a');
    expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(['#email', '#consent']);
    await links.first().click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('email');

    await page.locator(field('email')).fill(`gethin-${lang}@example.cymru`);
    await page.locator(field('consent')).check();
    await submit(page, `${letterPath}/check-email`);
    await site.mailTo(`gethin-${lang}@example.cymru`);
  });

  it('with JavaScript off, shows the errors with what was typed, and takes the fix', async () => {
    const page = await site.page({ javaScriptEnabled: false });
    await page.goto(letterPath);
    await page.locator(field('name')).fill('Nia Ddi-sgript');
    await page.locator(field('consent')).check();
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'POST'),
      page.locator(`${form} button[type="submit"]`).click(),
    ]);
    expect(response.status()).toBe(422);
    await page.locator('[data-error-summary]').waitFor();
    expect(await page.locator('[data-error-summary] a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(['#email']);
    expect(await page.locator(field('name')).inputValue()).toBe('Nia Ddi-sgript');
    expect(await page.locator(field('consent')).isChecked()).toBe(true);

    await page.locator(field('email')).fill(`nia-${lang}@example.cymru`);
    await submit(page, `${letterPath}/check-email`);
    await site.mailTo(`nia-${lang}@example.cymru`);
  });

  describe('by keyboard alone', () => {
    /** Presses Tab until the focus is on `selector`, checking that every stop on the way shows its focus. */
    async function tabTo(page: Page, selector: string, maxStops = 60) {
      for (let stop = 0; stop < maxStops; stop++) {
        await page.keyboard.press('Tab');
        const focus = await focusState(page);
        expect(focus.visible, `focus on ${focus.describe} is not visible: ${focus.why}`).toBe(true);
        if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
      }
      throw new Error(`${selector} not reached in ${maxStops} presses of Tab`);
    }

    const focused = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('name'));

    it('signs, with the focus visible on every control on the way, and confirms', async () => {
      const email = `bysellfwrdd-${lang}@example.cymru`;
      const page = await site.page();
      await page.goto(letterPath);
      await recordUnfocusedStyles(page);

      // The first stop is the skip link; it leads past the header to the main content.
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('#main-content');
      expect((await focusState(page)).visible).toBe(true);

      await tabTo(page, field('name'));
      await page.keyboard.type('Bethan Bysellfwrdd');
      await page.keyboard.press('Tab');
      expect(await focused(page)).toBe('email');
      await page.keyboard.type(email);

      // A radio group is one stop; the arrow keys choose within it.
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe('individual');
      await page.keyboard.press('ArrowDown');
      expect(await page.locator(`${field('kind')}[value="organisation"]`).isChecked()).toBe(true);
      await expect.poll(() => page.locator(field('organisation')).isVisible()).toBe(true);
      await page.keyboard.press('ArrowUp');
      expect(await page.locator(`${field('kind')}[value="individual"]`).isChecked()).toBe(true);
      expect((await focusState(page)).visible).toBe(true);

      await tabTo(page, field('place'));
      await page.keyboard.type('Bangor');
      await tabTo(page, field('area'));
      await page.keyboard.press('ArrowDown');
      expect(await page.locator(field('area')).inputValue()).toMatch(/^W06/);
      await tabTo(page, field('comment'));
      await page.keyboard.type('Drwy’r bysellfwrdd.');
      await tabTo(page, field('consent'));
      await page.keyboard.press('Space');
      expect(await page.locator(field('consent')).isChecked()).toBe(true);
      await tabTo(page, `${form} button[type="submit"]`);
      await page.keyboard.press('Enter');
      await waitForPath(page, `${letterPath}/check-email`);

      await page.goto(linkIn(await site.mailTo(email), 'confirm'));
      await recordUnfocusedStyles(page);
      await tabTo(page, mailedLinkButton);
      await page.keyboard.press('Enter');
      await waitForPath(page, `${letterPath}/thank-you`);

      await page.goto(listPath);
      expect(await text(page)).toContain('Bethan Bysellfwrdd');
    });

    it('reaches the error summary after a failed submit, and each field from its link', async () => {
      const page = await site.page();
      await page.goto(letterPath);
      await recordUnfocusedStyles(page);
      await tabTo(page, `${form} button[type="submit"]`, 100);
      await page.keyboard.press('Enter');
      await page.locator('[data-error-summary]').waitFor();
      await expect.poll(() => page.evaluate(() => document.activeElement?.hasAttribute('data-error-summary'))).toBe(true);
      expect((await focusState(page)).visible).toBe(true);

      await recordUnfocusedStyles(page);
      await page.keyboard.press('Tab');
      const first = await page.evaluate(() => document.activeElement?.getAttribute('href'));
      expect(first).toBe('#name');
      expect((await focusState(page)).visible).toBe(true);
      await page.keyboard.press('Enter');
      await expect.poll(() => focused(page)).toBe('name');
    });
  });
});
