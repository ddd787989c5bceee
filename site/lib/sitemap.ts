import type { Deps } from '../../api/deps.ts';
import { readListVersion } from '../../api/lists/list-version.ts';
import { lastCommentAt } from '../../api/comments/comment.repository.ts';
import { allTerms, postsUnder, type TermKind } from './blog.ts';
import { allPosts } from './content.ts';
import { allPublications } from './publications.ts';
import { isoDate } from './format.ts';
import { langs, localised } from './locale.ts';
import { xml, xmlResponse } from './xml.ts';

/** A public page, by its site path (the same in both languages), and when it last changed where that is known. */
export type SitemapPage = { path: string; lastmod?: string };

/**
 * Every page a search engine should know, in both languages. Never the workspace, nor a page
 * reached by a mailed link (confirm, withdraw, unsubscribe, sign-in: their addresses hold
 * tokens), nor the pages a form leads to (check your email, thank you, withdrawn).
 */
export async function publicPages(deps: Pick<Deps, 'db' | 'letters'>): Promise<SitemapPage[]> {
  const posts = await allPosts('en');
  // A post's page changes with its comments: the newer of its date and its last published comment.
  const commented = await lastCommentAt(deps.db);
  const postChanged = (slug: string, published: Date) => [isoDate(published), commented.get(slug)].filter((d): d is string => !!d).sort().at(-1);
  const publications = await allPublications('en');
  const letters = await Promise.all(
    deps.letters.list().map(async (letter) => {
      const { changed_at } = await readListVersion(deps.db, letter.slug);
      // The letter page shows the count and the list page the names: both change with the list.
      const lastmod = changed_at ?? undefined;
      const page = `/letters/${letter.slug}`;
      return [{ path: page, lastmod }, { path: `${page}/signatories`, lastmod }, { path: `${page}/support` }, { path: `${page}/media` }];
    }),
  );
  return [
    { path: '/' },
    { path: '/letters' },
    ...letters.flat(),
    { path: '/blog', lastmod: posts[0] && isoDate(posts[0].value.data.published) },
    ...posts.map((p) => ({ path: `/blog/${p.slug}`, lastmod: postChanged(p.slug, p.value.data.published) })),
    ...(await termPages('category')),
    ...(await termPages('tag')),
    { path: '/publications', lastmod: publications[0] && isoDate(publications[0].value.data.date) },
    ...publications.map((p) => ({ path: `/publications/${p.slug}`, lastmod: isoDate(p.value.data.date) })),
    { path: '/developers' },
    { path: '/my-data' },
    { path: '/privacy' },
  ];
}

/** Each category's and tag's page, changed when its newest post was published. */
async function termPages(kind: TermKind): Promise<SitemapPage[]> {
  return Promise.all(
    (await allTerms(kind, 'en')).map(async (term) => {
      const newest = (await postsUnder(kind, term.slug, 'en'))[0];
      return { path: term.path, lastmod: newest && isoDate(newest.value.data.published) };
    }),
  );
}

/** sitemaps.org with each page's other language named (`xhtml:link` hreflang), English the default. */
export function sitemapResponse(origin: string, pages: SitemapPage[]): Response {
  const at = (path: string, lang: (typeof langs)[number]) => xml(new URL(localised(path, lang), origin).href);
  const alternates = (path: string) =>
    [...langs.map((l) => `<xhtml:link rel="alternate" hreflang="${l}" href="${at(path, l)}"/>`), `<xhtml:link rel="alternate" hreflang="x-default" href="${at(path, 'en')}"/>`].join('');
  const urls = pages.flatMap(({ path, lastmod }) =>
    langs.map((l) => `<url><loc>${at(path, l)}</loc>${lastmod ? `<lastmod>${xml(lastmod)}</lastmod>` : ''}${alternates(path)}</url>`),
  );
  return xmlResponse(
    ['<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">', ...urls, '</urlset>'].join('\n'),
    'application/xml',
  );
}
