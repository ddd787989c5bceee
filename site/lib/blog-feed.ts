import type { APIContext, APIRoute } from 'astro';
import { postsUnder, type TermKind, termOf } from './blog.ts';
import type { Versioned } from './content.ts';
import { rssResponse } from './feed.ts';
import { localised } from './locale.ts';
import { messagesFor } from './messages.ts';

type PostsFeed = { title: string; description: string; page: string; self: string; posts: Versioned<'posts'>[] };

/** Posts as RSS 2.0 in the request's language, every address absolute on the public origin. */
export function postsFeed(locals: APIContext['locals'], feed: PostsFeed): Response {
  const { lang } = locals;
  const absolute = (path: string) => new URL(localised(path, lang), locals.runtime.config.publicOrigin).href;
  return rssResponse({
    title: feed.title,
    description: feed.description,
    lang,
    link: absolute(feed.page),
    self: absolute(feed.self),
    items: feed.posts.map((post) => ({
      title: post.value.data.title,
      link: absolute(`/blog/${post.slug}`),
      guid: absolute(`/blog/${post.slug}`),
      published: post.value.data.published,
      description: post.value.data.summary,
    })),
  });
}

/** The feed of one category or tag (`/blog/category/:slug/rss.xml`, `/cy/…`): its posts only, newest first. */
export const termFeed =
  (kind: TermKind): APIRoute =>
  async (context) => {
    const { locals, params } = context;
    const term = await termOf(kind, params.slug ?? '', locals.lang);
    if (!term) return context.rewrite('/404');
    const t = messagesFor(locals.lang).blogPages[kind];
    return postsFeed(locals, {
      title: t.feedTitle(term.name),
      description: t.description(term.name),
      page: term.path,
      self: `${term.path}/rss.xml`,
      posts: await postsUnder(kind, term.slug, locals.lang),
    });
  };
