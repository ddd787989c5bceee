import { beforeAll, describe, expect, it } from 'vitest';
import { cy } from '../../site/lib/messages/cy.ts';
import { en } from '../../site/lib/messages/en.ts';
import { linkIn } from '../helpers/smtp.ts';
import { aSigner, closedLetter, element, hrefs, openLetter, pathOf, siteUnderTest, tags, textOf } from './browser.ts';

const site = siteUnderTest();
const post = 'why-we-are-writing-again';
const prefix = { en: '', cy: '/cy' } as const;
const other = { en: 'cy', cy: 'en' } as const;
let tokenPaths: { confirm: string; withdraw: string };

/** A fresh signer's mailed links, so the confirm and withdraw pages show their form. */
beforeAll(async () => {
  await site.post(`/letters/${openLetter}`, aSigner({ email: 'links@example.cymru' }));
  const mail = await site.mailTo('links@example.cymru');
  tokenPaths = { confirm: pathOf(linkIn(mail, 'confirm')).replace(/^\/cy/, ''), withdraw: pathOf(linkIn(mail, 'withdraw')).replace(/^\/cy/, '') };
});

/** Every page type, by its English address; `404` marks the ones that answer "not found". */
const pages: [string, number][] = [
  ['/', 200],
  ['/letters', 200],
  [`/letters/${openLetter}`, 200],
  [`/letters/${closedLetter}`, 200],
  [`/letters/${openLetter}/signatories`, 200],
  [`/letters/${openLetter}/check-email`, 200],
  [`/letters/${openLetter}/thank-you`, 200],
  [`/letters/${openLetter}/withdrawn`, 200],
  ['/blog', 200],
  [`/blog/${post}`, 200],
  ['/blog/category/politics-and-policy', 200],
  ['/blog/tag/organisations', 200],
  ['/developers', 200],
  ['/my-data', 200],
  ['/my-data/sent', 200],
  [`/my-data/erase/${'A'.repeat(43)}`, 404],
  ['/no-such-page', 404],
  [`/confirm/${'A'.repeat(43)}`, 404],
];

/** The catalogue's sentences (long enough not to occur by chance), to find one language's words on the other's page. */
function sentences(catalogue: object): string[] {
  return Object.values(catalogue).flatMap((v) => (typeof v === 'string' ? [v] : typeof v === 'object' && v ? sentences(v) : []));
}
const onlyIn = (mine: object, theirs: object) => {
  const shared = new Set(sentences(theirs));
  return sentences(mine).filter((s) => s.length >= 12 && !shared.has(s));
};

/** The markup less every element marked as in `lang` (none of them nests an element of its own name). */
const withoutOtherLanguage = (html: string, lang: string) =>
  html.replace(new RegExp(`<(\\w+)\\b[^>]*\\slang="${lang}"[^>]*>[\\s\\S]*?</\\1>`, 'g'), ' ');

describe.each(['en', 'cy'] as const)('every page in %s', (lang) => {
  it.each(pages)('%s has the language, a switcher to the same page and hreflang alternates', async (path, status) => {
    const address = `${prefix[lang]}${path === '/' && lang === 'cy' ? '' : path}` || '/';
    const page = await site.get(address);
    expect(page.status).toBe(status);
    expect(page.html).toMatch(new RegExp(`^<!DOCTYPE html><html lang="${lang}">`, 'i'));

    const switcher = element(page.html, 'nav', 'class="language-switcher"') ?? '';
    const links = tags(switcher, 'a');
    const there = links.find((a) => a.hreflang === other[lang]);
    expect(there?.lang).toBe(other[lang]);
    expect(there?.href).toBe(`${prefix[other[lang]]}${path === '/' && other[lang] === 'cy' ? '' : path}` || '/');
    expect(links.find((a) => a.hreflang === lang)?.['aria-current']).toBe('true');

    // Language alternates only: the oEmbed and RSS discovery links are rel=alternate too, with a type and no hreflang.
    const alternates = Object.fromEntries(tags(page.html, 'link').filter((l) => l.rel === 'alternate' && l.hreflang).map((l) => [l.hreflang, l.href]));
    expect(alternates).toEqual({
      en: new URL(path, site.origin).href,
      cy: new URL(`/cy${path === '/' ? '' : path}`, site.origin).href,
      'x-default': new URL(path, site.origin).href,
    });
  });

  it.each(pages)('%s shows no sentence of the other language’s catalogue', async (path) => {
    const page = await site.get(`${prefix[lang]}${path}`);
    // Content not yet written in this language is shown in its own, marked as such: not the interface's words.
    const text = textOf(withoutOtherLanguage(page.html, other[lang]));
    const foreign = lang === 'cy' ? onlyIn(en, cy) : onlyIn(cy, en);
    expect(foreign.filter((s) => text.includes(s))).toEqual([]);
  });

  it('keeps the token in the switcher of the confirm and withdraw pages', async () => {
    for (const path of [tokenPaths.confirm, tokenPaths.withdraw]) {
      const page = await site.get(`${prefix[lang]}${path}`);
      expect(page.status).toBe(200);
      expect(page.html).toContain(`<html lang="${lang}">`);
      expect(hrefs(element(page.html, 'nav', 'class="language-switcher"') ?? '')).toContain(`${prefix[other[lang]]}${path}`);
    }
  });

  it('marks the current section in the main navigation', async () => {
    const page = await site.get(`${prefix[lang]}/blog/${post}`);
    const nav = tags(element(page.html, 'nav', `aria-label="${lang === 'cy' ? cy.site.navLabel : en.site.navLabel}"`) ?? '', 'a');
    expect(nav.find((a) => a['aria-current'] === 'page')?.href).toBe(`${prefix[lang]}/blog`);
  });
});

describe('an address under /cy/ that is not a page', () => {
  it.each(['/cy/no-such-page', '/cy/letters/no-such-letter', '/cy/letters/no-such-letter/signatories', '/cy/blog/no-such-post', '/cy/a/b/c'])(
    '%s gives the Welsh 404',
    async (path) => {
      const page = await site.get(path);
      expect(page.status).toBe(404);
      expect(page.html).toContain('<html lang="cy">');
      expect(textOf(page.html)).toContain(cy.notFound.title);
      expect(hrefs(page.html)).toContain('/cy/letters');
    },
  );

  it('answers a language the site does not have with the English 404', async () => {
    for (const path of ['/fr/letters', '/en/letters']) {
      const page = await site.get(path);
      expect(page.status).toBe(404);
      expect(page.html).toContain('<html lang="en">');
    }
  });
});
