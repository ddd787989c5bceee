import { beforeAll, describe, expect, it } from 'vitest';
import { linkIn } from '../helpers/smtp.ts';
import { aSigner, openLetter, pathOf, siteUnderTest, tags, textOf } from './browser.ts';

const site = siteUnderTest();
const signers = 56;
const nameOf = (i: number) => `Signer ${String(i).padStart(2, '0')}`;
const inScotland = (i: number) => i % 14 === 0;
const scots = 4;

/** More signers than one page holds (50), even in Wales alone; all confirmed by their mail. */
beforeAll(async () => {
  for (let i = 1; i <= signers; i++) {
    const country = inScotland(i) ? 'GB-SCT' : 'GB-WLS';
    await site.post(`/letters/${openLetter}`, aSigner({ name: nameOf(i), email: `signer${i}@example.org`, country }));
  }
  for (let i = 1; i <= signers; i++) {
    await site.post(pathOf(linkIn(await site.mailTo(`signer${i}@example.org`, 30_000), 'confirm')));
  }
}, 120_000);

/** The pager's Next page link (the language switcher keeps the cursor too: it is the same page). */
const nextLink = (html: string) => tags(html, 'a').find((a) => a.rel === 'next')?.href;

/** The rows' names on a page of the list. */
const namesOn = (html: string) => [...html.matchAll(/<th scope="row"[^>]*>([^<]*)<\/th>/g)].map(([, n]) => n);

describe('a journalist reads the list of signatories', () => {
  it('pages through it, newest first, with a Next page link until the end', async () => {
    const first = await site.get(`/letters/${openLetter}/signatories`);
    expect(textOf(first.html)).toContain(`${signers} confirmed signatures in all`);
    expect(namesOn(first.html)).toHaveLength(50);
    expect(namesOn(first.html)[0]).toBe(nameOf(signers));
    const next = nextLink(first.html);
    expect(next).toContain('cursor=');

    const second = await site.get(next ?? '');
    expect(namesOn(second.html)).toEqual([6, 5, 4, 3, 2, 1].map(nameOf));
    expect(nextLink(second.html)).toBeUndefined();
  });

  it('keeps the filters in the Next page link and in the form', async () => {
    const scotland = await site.get(`/letters/${openLetter}/signatories?country=GB-SCT`);
    expect(namesOn(scotland.html)).toHaveLength(scots);
    expect(textOf(scotland.html)).toContain('Scotland');
    expect(tags(scotland.html, 'option').find((o) => 'selected' in o && o.value === 'GB-SCT')).toBeDefined();

    const welsh = await site.get(`/letters/${openLetter}/signatories?country=GB-WLS&kind=individual`);
    const next = new URL(nextLink(welsh.html) ?? '', site.origin);
    expect(next.searchParams.get('country')).toBe('GB-WLS');
    expect(next.searchParams.get('kind')).toBe('individual');
    const rest = await site.get(`${next.pathname}${next.search}`);
    expect(namesOn(rest.html)).toHaveLength(signers - scots - 50);
  });

  it('finds a name by search and says so when nobody matches', async () => {
    const found = await site.get(`/letters/${openLetter}/signatories?q=${encodeURIComponent('signer 07')}`);
    expect(namesOn(found.html)).toEqual([nameOf(7)]);
    const none = await site.get(`/letters/${openLetter}/signatories?q=nobody-at-all`);
    expect(namesOn(none.html)).toEqual([]);
    expect(textOf(none.html)).toContain('No one matches these filters.');
  });
});
