import type { APIRoute } from 'astro';
import { postsFeed } from '../../lib/blog-feed.ts';
import { allPosts } from '../../lib/content.ts';
import { messagesFor } from '../../lib/messages.ts';

/** The blog as RSS 2.0: `/rss.xml`, and `/cy/rss.xml` with each post in Welsh where it has been written in it. */
export const GET: APIRoute = async ({ locals }) => {
  const t = messagesFor(locals.lang);
  return postsFeed(locals, { title: t.feeds.blogTitle, description: t.blog.description, page: '/blog', self: '/rss.xml', posts: await allPosts(locals.lang) });
};
