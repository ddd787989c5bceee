import type { APIRoute } from 'astro';
import { allPosts } from '../../lib/content.ts';
import { rssResponse } from '../../lib/feed.ts';
import { localised } from '../../lib/locale.ts';
import { messagesFor } from '../../lib/messages.ts';

/** The blog as RSS 2.0: `/rss.xml`, and `/cy/rss.xml` with each post in Welsh where it has been written in it. */
export const GET: APIRoute = async ({ locals }) => {
  const { lang } = locals;
  const t = messagesFor(lang);
  const absolute = (path: string) => new URL(localised(path, lang), locals.runtime.config.publicOrigin).href;
  const posts = await allPosts(lang);
  return rssResponse({
    title: t.feeds.blogTitle,
    description: t.blog.description,
    lang,
    link: absolute('/blog'),
    self: absolute('/rss.xml'),
    items: posts.map((post) => ({
      title: post.value.data.title,
      link: absolute(`/blog/${post.slug}`),
      guid: absolute(`/blog/${post.slug}`),
      published: post.value.data.published,
      description: post.value.data.summary,
    })),
  });
};
