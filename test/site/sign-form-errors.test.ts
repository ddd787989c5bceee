import { describe, expect, it } from 'vitest';
import { aSigner, element, fieldValue, hrefs, openLetter, siteUnderTest, tags, textOf, withoutAttributeValues } from './browser.ts';

const site = siteUnderTest();
const total = async () => ((await site.json(`/api/letters/${openLetter}`)) as { counts: { total: number } }).counts.total;

/** The links of the error summary, in order, as [href, text]. */
function summaryOf(html: string): [string, string][] {
  const summary = element(html, 'div', 'role="alert"') ?? '';
  return [...summary.matchAll(/<a href="([^"]*)">([^<]*)<\/a>/g)].map(([, href = '', text = '']) => [href, text]);
}

/** The message shown at a field: the element its control names in aria-describedby. */
const messageAt = (html: string, field: string) => textOf(element(html, 'p', `id="${field}-error"`) ?? '');

describe('a form with mistakes', () => {
  it('comes back with 422, a summary linking to each field, and a message at each field', async () => {
    const page = await site.post(`/letters/${openLetter}`, {});
    expect(page.status).toBe(422);
    expect(textOf(page.html)).toContain('There is a problem');
    expect(page.html).toMatch(/<title>Error: /);
    const summary = summaryOf(page.html);
    expect(summary.map(([href]) => href)).toEqual(['#name', '#email', '#country', '#consent']);
    for (const [href, text] of summary) {
      const id = href.slice(1);
      expect([...tags(page.html, 'input'), ...tags(page.html, 'select')].some((t) => t.id === id)).toBe(true);
      expect(messageAt(page.html, id)).toBe(`Error: ${text}`);
    }
  });

  it('keeps everything typed, so only the mistakes need fixing', async () => {
    const typed = {
      name: 'Siân "<b>Roberts</b>"',
      email: 'not-an-email',
      kind: 'organisation',
      organisation: '',
      role: 'Trustee & treasurer',
      place: 'Caerdydd',
      country: 'GB-WLS',
      area: 'W06000015',
      comment: 'Because "services" should be <i>ours</i>.',
      show_name: 'no',
      updates: 'yes',
    };
    const page = await site.post(`/letters/${openLetter}`, typed);
    expect(page.status).toBe(422);
    for (const [field, value] of Object.entries(typed)) {
      expect(fieldValue(page.html, field), field).toBe(field === 'organisation' ? '' : value);
    }
    expect(fieldValue(page.html, 'consent')).toBeUndefined();
    expect(summaryOf(page.html).map(([href]) => href)).toEqual(['#email', '#organisation', '#organisation_type', '#website', '#consent']);
    expect(messageAt(page.html, 'organisation')).toContain('Enter the name of your organisation');
    // Typed text is shown as text, never as markup.
    expect(withoutAttributeValues(page.html)).not.toMatch(/<b>|<i>/);
  });

  it('names a country or local authority that is not on the list', async () => {
    const page = await site.post(`/letters/${openLetter}`, aSigner({ country: 'XX', area: 'W99999999' }));
    expect(page.status).toBe(422);
    expect(summaryOf(page.html).map(([href]) => href)).toEqual(['#country', '#area']);
  });

  it('stores nothing and sends no mail', async () => {
    const before = await total();
    await site.post(`/letters/${openLetter}`, aSigner({ email: 'mistaken@example.cymru', consent: '' }));
    await site.post(`/letters/${openLetter}`, aSigner({ email: 'mistaken@example.cymru', name: 'www.example.com' }));
    // Long enough for the server's sender (every 500 ms) to have sent anything it had.
    await new Promise((r) => setTimeout(r, 1500));
    expect(site.inbox.filter((m) => m.to_address === 'mistaken@example.cymru')).toHaveLength(0);
    expect(await total()).toBe(before);
  });

  it('links the summary to the form when the body is not a form at all', async () => {
    const page = await fetch(new URL(`/letters/${openLetter}`, site.origin), {
      method: 'POST',
      headers: { 'content-type': 'text/plain', origin: site.origin },
      body: 'name=x',
      redirect: 'manual',
    });
    expect(page.status).toBe(422);
    expect(hrefs(await page.text())).toContain('#name');
  });
});
