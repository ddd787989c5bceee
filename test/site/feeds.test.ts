import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { linkIn } from '../helpers/smtp.ts';
import { aSigner, openLetter, pathOf, siteUnderTest, tags } from './browser.ts';

const campaigner = 'gwen@ymgyrch.cymru';
const site = siteUnderTest({ ADMIN_EMAILS: campaigner });
const post = 'why-we-are-writing-again';

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['item', 'url', 'xhtml:link'].includes(name) });

type Item = { title: string; link: string; guid: { '#text': string; '@isPermaLink': string }; pubDate: string; description: string };

/** Fetches an XML document and reads it as a feed reader would: well-formed or nothing. */
async function xmlAt(path: string) {
  const res = await fetch(new URL(path, site.origin));
  const text = await res.text();
  expect(XMLValidator.validate(text), path).toBe(true);
  return { res, text, doc: parser.parse(text) };
}

async function feed(path: string) {
  const { res, text, doc } = await xmlAt(path);
  expect(res.headers.get('content-type')).toBe('application/rss+xml; charset=utf-8');
  expect(doc.rss['@version']).toBe('2.0');
  const channel = doc.rss.channel;
  expect(channel['atom:link']).toMatchObject({ '@href': `${site.origin}${path}`, '@rel': 'self', '@type': 'application/rss+xml' });
  return { text, channel, items: (channel.item ?? []) as Item[] };
}

describe('the blog feed', () => {
  it('lists the posts with absolute links, in English and in Welsh', async () => {
    const en = await feed('/rss.xml');
    expect(en.channel.title).toBe('Llofnod blog');
    expect(en.channel.language).toBe('en-GB');
    expect(en.items.map((i) => i.link)).toEqual([`${site.origin}/blog/signing-for-your-organisation`, `${site.origin}/blog/${post}`, `${site.origin}/blog/sharing-practice-with-the-network`]);
    expect(en.items[1]?.guid['#text']).toBe(`${site.origin}/blog/${post}`);
    expect(new Date(en.items[0]?.pubDate ?? '').getTime()).not.toBeNaN();

    const cy = await feed('/cy/rss.xml');
    expect(cy.channel.title).toBe('Blog Llofnod');
    expect(cy.channel.language).toBe('cy');
    expect(cy.items.map((i) => i.link)).toEqual([`${site.origin}/cy/blog/signing-for-your-organisation`, `${site.origin}/cy/blog/${post}`, `${site.origin}/cy/blog/sharing-practice-with-the-network`]);
    expect(cy.items[0]?.title).not.toBe(en.items[0]?.title);
  });

  it('is found from the blog pages', async () => {
    for (const path of ['/blog', `/blog/${post}`, '/cy/blog']) {
      const links = tags((await site.get(path)).html, 'link').filter((l) => l.type === 'application/rss+xml');
      expect(links.map((l) => [l.rel, l.href]), path).toEqual([['alternate', `${site.origin}${path.startsWith('/cy') ? '/cy' : ''}/rss.xml`]]);
    }
  });
});

describe("a letter's feed of updates, deliveries and the reply", () => {
  it('has what the campaign published, newest first, as text whatever was typed, in both languages', async () => {
    const page = `/letters/${openLetter}`;
    expect((await feed(`${page}/updates.xml`)).items).toEqual([]);

    expect((await site.post(page, aSigner({ email: 'elin@example.cymru', name: 'Elin Wyn' }))).status).toBe(303);
    expect((await site.post(pathOf(linkIn(await site.mailTo('elin@example.cymru'), 'confirm')))).status).toBe(303);
    const cookie = await site.signInAs(campaigner);
    const delivery = `/admin/letters/${openLetter}/delivery`;
    await site.post(delivery, { form: 'delivery', delivered_on: '2026-11-20', recipient: 'Office of the First Minister', method: 'in_person' }, undefined, { cookie });
    const written = await site.post(
      '/admin/updates',
      {
        letter: openLetter,
        title_en: 'Delivered <b>by hand</b> & "on time"',
        body_en: "We handed it over.\n\n]]> <script>alert('x')</script>",
        title_cy: "Wedi'i gyflwyno â llaw",
        body_cy: 'Rhoesom ef drosodd.',
      },
      undefined,
      { cookie },
    );
    const updatePath = written.location?.split('?')[0] ?? '';
    expect((await site.post(updatePath, { action: 'send' }, undefined, { cookie })).status).toBe(303);
    await site.post(delivery, { form: 'reply', received_on: '2026-11-22', sender: 'Y Prif Weinidog & <Swyddfa>', lang: 'cy', body: 'Diolch & cofion.' }, undefined, { cookie });

    const en = await feed(`${page}/updates.xml`);
    expect(en.channel.title).toBe('Make co-production count in Wales: updates');
    expect(en.channel.link).toBe(`${site.origin}${page}`);
    expect(en.items.map((i) => i.title)).toEqual([
      'Replied on 22 November 2026: Y Prif Weinidog & <Swyddfa>',
      'Delivered <b>by hand</b> & "on time"',
      'Delivered on 20 November 2026 (in person) with 1 signature.',
    ]);
    expect(en.items[1]?.description).toBe("We handed it over.\n\n]]> <script>alert('x')</script>");
    expect(en.text).not.toContain('<script>');
    expect(en.text).not.toContain('<b>');
    expect(en.items.filter((_, i) => i !== 2).every((i) => i.link.startsWith(`${site.origin}${page}#`))).toBe(true);
    // The delivery links the list it carried, frozen as a snapshot a reader can cite.
    expect(en.items[2]?.link).toMatch(new RegExp(`^${site.origin}/snapshots/[A-Za-z0-9_-]{22}$`));
    expect(en.items[2]?.description).toContain(`The list as delivered: ${en.items[2]?.link}`);

    const cy = await feed(`/cy${page}/updates.xml`);
    expect(cy.channel.language).toBe('cy');
    expect(cy.items.map((i) => i.title)[1]).toBe("Wedi'i gyflwyno â llaw");
    expect(cy.items.filter((_, i) => i !== 2).every((i) => i.link.startsWith(`${site.origin}/cy${page}#`))).toBe(true);
    expect(cy.items[2]?.link).toBe(en.items[2]?.link.replace(site.origin, `${site.origin}/cy`));
    // The same event keeps the same guid, in either language and on every fetch.
    expect(cy.items.map((i) => i.guid['#text'])).toEqual(en.items.map((i) => i.guid['#text']));
    expect((await feed(`${page}/updates.xml`)).items.map((i) => i.guid['#text'])).toEqual(en.items.map((i) => i.guid['#text']));
    expect(new Set(en.items.map((i) => i.guid['#text'])).size).toBe(3);

    const links = tags((await site.get(page)).html, 'link').filter((l) => l.type === 'application/rss+xml');
    expect(links.map((l) => l.href)).toEqual([`${site.origin}${page}/updates.xml`]);
  });

  it('is not found for a letter that does not exist', async () => {
    expect((await site.get('/letters/no-such-letter/updates.xml')).status).toBe(404);
  });
});

describe('the sitemap and robots.txt', () => {
  it('lists every public page in both languages, each naming the other, and nothing private', async () => {
    const { res, doc } = await xmlAt('/sitemap.xml');
    expect(res.headers.get('content-type')).toBe('application/xml; charset=utf-8');
    type Url = { loc: string; lastmod?: string; 'xhtml:link': { '@hreflang': string; '@href': string }[] };
    const urls = doc.urlset.url as Url[];
    const paths = urls.map((u) => pathOf(u.loc));
    for (const path of ['/', '/letters', `/letters/${openLetter}`, `/letters/${openLetter}/signatories`, `/letters/${openLetter}/support`, `/letters/${openLetter}/media`, '/blog', `/blog/${post}`, '/developers', '/my-data', '/privacy']) {
      expect(paths, path).toContain(path);
      expect(paths, path).toContain(path === '/' ? '/cy' : `/cy${path}`);
    }
    expect(paths.filter((p) => /admin|confirm|withdraw|unsubscribe|sign-in|thank-you|check-email/.test(p))).toEqual([]);
    const welshLetter = urls.find((u) => pathOf(u.loc) === `/cy/letters/${openLetter}`);
    expect(welshLetter?.['xhtml:link'].map((l) => [l['@hreflang'], pathOf(l['@href'])])).toEqual([
      ['en', `/letters/${openLetter}`],
      ['cy', `/cy/letters/${openLetter}`],
      ['x-default', `/letters/${openLetter}`],
    ]);
    expect(welshLetter?.lastmod).toMatch(/^2026-11-22T/);
    expect(urls.find((u) => pathOf(u.loc) === `/blog/${post}`)?.lastmod).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('points crawlers at the sitemap and away from mailed links and the workspace', async () => {
    const res = await site.get('/robots.txt');
    expect(res.status).toBe(200);
    expect(res.html).toContain(`Sitemap: ${site.origin}/sitemap.xml`);
    for (const path of ['/admin/', '/cy/admin/', '/confirm/', '/cy/withdraw/', '/unsubscribe/', '/api/admin/']) expect(res.html).toContain(`Disallow: ${path}\n`);
  });
});
