import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { element, hrefs, pathOf, siteUnderTest, tags, textOf } from './browser.ts';

const site = siteUnderTest();
/** The two sample posts: both in "Politics and Policy"; only the older one in "Campaign news", only the newer tagged "Organisations". */
const older = 'why-we-are-writing-again';
const newer = 'signing-for-your-organisation';
const prefixes = { en: '', cy: '/cy' } as const;

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => name === 'item' });

/** A feed as a reader takes it: well-formed RSS 2.0 that names its own address. */
async function feed(path: string) {
  const res = await fetch(new URL(path, site.origin));
  const text = await res.text();
  expect(res.status, path).toBe(200);
  expect(res.headers.get('content-type')).toBe('application/rss+xml; charset=utf-8');
  expect(XMLValidator.validate(text), path).toBe(true);
  const { rss } = parser.parse(text);
  expect(rss['@version']).toBe('2.0');
  expect(rss.channel['atom:link']['@href']).toBe(`${site.origin}${path}`);
  return { channel: rss.channel, links: ((rss.channel.item ?? []) as { link: string }[]).map((i) => pathOf(i.link)) };
}

/** The posts a page lists, by address, in the order shown. */
const postsListed = (html: string) => hrefs(element(html, 'ul', 'class="post-list"') ?? '').filter((h) => /^(\/cy)?\/blog\/[^/]+$/.test(h));

describe('a category page', () => {
  it.each(Object.entries(prefixes))('lists the posts in it, newest first, with its name in the page’s language (%s)', async (lang, p) => {
    const page = await site.get(`${p}/blog/category/politics-and-policy`);
    expect(page.status).toBe(200);
    expect(textOf(element(page.html, 'h1', '') ?? '')).toBe(lang === 'en' ? 'Politics and Policy' : 'Gwleidyddiaeth a Pholisi');
    expect(postsListed(page.html)).toEqual([`${p}/blog/${newer}`, `${p}/blog/${older}`]);

    const news = await site.get(`${p}/blog/category/campaign-news`);
    expect(postsListed(news.html)).toEqual([`${p}/blog/${older}`]);
  });

  it('offers its own feed, in the head and as a link a person can follow', async () => {
    for (const p of Object.values(prefixes)) {
      const path = `${p}/blog/category/politics-and-policy`;
      const { html } = await site.get(path);
      const alternate = tags(html, 'link').filter((l) => l.type === 'application/rss+xml');
      expect(alternate.map((l) => l.href)).toEqual([`${site.origin}${path}/rss.xml`]);
      expect(hrefs(html)).toContain(`${path}/rss.xml`);
    }
  });

  it('has a feed of that category’s posts only, in each language', async () => {
    const en = await feed('/blog/category/campaign-news/rss.xml');
    expect(en.channel.title).toBe('Llofnod blog: Campaign news');
    expect(en.channel.language).toBe('en-GB');
    expect(en.links).toEqual([`/blog/${older}`]);

    const cy = await feed('/cy/blog/category/politics-and-policy/rss.xml');
    expect(cy.channel.title).toBe('Blog Llofnod: Gwleidyddiaeth a Pholisi');
    expect(cy.channel.language).toBe('cy');
    expect(cy.links).toEqual([`/cy/blog/${newer}`, `/cy/blog/${older}`]);
  });

  it('is not found for a category that does not exist, nor is its feed', async () => {
    for (const path of ['/blog/category/politics', '/cy/blog/category/politics', '/blog/category/politics/rss.xml', '/cy/blog/category/politics/rss.xml', '/blog/category/organisations']) {
      expect((await site.get(path)).status, path).toBe(404);
    }
  });
});

describe('a tag page', () => {
  it('lists the posts with that tag, in both languages, with a feed of them only', async () => {
    for (const [lang, p] of Object.entries(prefixes)) {
      const page = await site.get(`${p}/blog/tag/organisations`);
      expect(page.status).toBe(200);
      expect(textOf(element(page.html, 'h1', '') ?? '')).toBe(lang === 'en' ? 'Organisations' : 'Sefydliadau');
      expect(postsListed(page.html)).toEqual([`${p}/blog/${newer}`]);
      expect(tags(page.html, 'link').filter((l) => l.type === 'application/rss+xml').map((l) => l.href)).toEqual([`${site.origin}${p}/blog/tag/organisations/rss.xml`]);
      expect((await feed(`${p}/blog/tag/organisations/rss.xml`)).links).toEqual([`${p}/blog/${newer}`]);
    }
    expect((await feed('/blog/tag/open-letters/rss.xml')).links).toEqual([`/blog/${newer}`, `/blog/${older}`]);
  });

  it('is not found for a tag that does not exist, nor is its feed', async () => {
    for (const path of ['/blog/tag/no-such-tag', '/cy/blog/tag/no-such-tag', '/blog/tag/no-such-tag/rss.xml', '/blog/tag/politics-and-policy']) {
      expect((await site.get(path)).status, path).toBe(404);
    }
  });
});

describe('a post', () => {
  it('shows its categories and tags as links to their pages', async () => {
    const { html } = await site.get(`/blog/${older}`);
    expect(textOf(element(html, 'div', 'data-terms="category"') ?? '')).toBe('Categories Politics and Policy , Campaign news');
    expect(hrefs(element(html, 'div', 'data-terms="tag"') ?? '')).toEqual(['/blog/tag/open-letters', '/blog/tag/welsh-government', '/blog/tag/co-production-network']);
    const welsh = await site.get(`/cy/blog/${newer}`);
    expect(textOf(element(welsh.html, 'div', 'data-terms="tag"') ?? '')).toBe('Tagiau Llythyrau agored , Sefydliadau');
  });

  it('closes with its author’s biography, in the page’s language', async () => {
    const en = await site.get(`/blog/${older}`);
    const about = textOf(element(en.html, 'section', 'data-author="campaign-team"') ?? '');
    expect(about).toMatch(/^About the campaign team We are the people behind the campaign for co-production in Wales/);
    expect(textOf(en.html)).toContain('By the campaign team · 1 October 2026');

    const cy = await site.get(`/cy/blog/${newer}`);
    const amdani = textOf(element(cy.html, 'section', 'data-author="megan-hughes"') ?? '');
    expect(amdani).toMatch(/^Am yr awdur: Megan Hughes Cyswllt y wasg Megan Hughes yw cyswllt y wasg/);
    expect(amdani).not.toContain('(Saesneg yn unig)');
  });

  it('lists the other posts in its categories under it, and nothing of its own', async () => {
    const { html } = await site.get(`/blog/${older}`);
    const also = element(html, 'section', 'data-also-in-category') ?? '';
    expect(textOf(also)).toMatch(/^Also in these categories Signing the letter for your organisation/);
    expect(postsListed(also)).toEqual([`/blog/${newer}`]);
    const welsh = await site.get(`/cy/blog/${newer}`);
    const hefyd = element(welsh.html, 'section', 'data-also-in-category') ?? '';
    expect(textOf(hefyd)).toMatch(/^Hefyd yn y categori hwn Pam rydym yn ysgrifennu at y Prif Weinidog eto/);
    expect(postsListed(hefyd)).toEqual([`/cy/blog/${older}`]);
  });

  it('has share links to its own public address and nothing loaded from those sites', async () => {
    const { html } = await site.get(`/cy/blog/${newer}`);
    const address = `${site.origin}/cy/blog/${newer}`;
    const share = hrefs(element(html, 'ul', 'class="share-links"') ?? '');
    expect(share.find((h) => h.startsWith('mailto:'))).toContain(encodeURIComponent(address));
    expect(share.find((h) => h.startsWith('https://x.com/'))).toContain(`url=${encodeURIComponent(address)}`);
    expect(tags(html, 'input').find((i) => i.id === 'letter-url')?.value).toBe(address);
    expect(tags(html, 'iframe')).toEqual([]);
    expect(tags(html, 'script').filter((s) => /^https?:/.test(s.src ?? ''))).toEqual([]);
  });
});

describe('the blog index', () => {
  it("shows each post's categories, and every category to browse", async () => {
    const { html } = await site.get('/cy/blog');
    const listed = element(html, 'ul', 'class="post-list"') ?? '';
    expect(hrefs(listed).filter((h) => h.includes('/category/'))).toEqual([
      '/cy/blog/category/politics-and-policy',
      '/cy/blog/category/politics-and-policy',
      '/cy/blog/category/campaign-news',
      '/cy/blog/category/co-production-in-practice',
    ]);
    expect(hrefs(element(html, 'nav', 'aria-labelledby="blog-categories"') ?? '')).toEqual([
      '/cy/blog/category/co-production-in-practice',
      '/cy/blog/category/politics-and-policy',
      '/cy/blog/category/campaign-news',
    ]);
  });
});

describe('the sitemap', () => {
  it('lists every category and tag page in both languages', async () => {
    const xml = await (await fetch(new URL('/sitemap.xml', site.origin))).text();
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc = '']) => pathOf(loc));
    for (const path of ['/blog/category/politics-and-policy', '/blog/category/co-production-in-practice', '/blog/tag/organisations', '/blog/tag/welsh-government']) {
      expect(locs).toContain(path);
      expect(locs).toContain(`/cy${path}`);
    }
  });
});
