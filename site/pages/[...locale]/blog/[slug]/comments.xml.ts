import type { APIRoute } from 'astro';
import { findPost } from '../../../../../api/comments/comment.posts.ts';
import { publishedComments } from '../../../../../api/comments/comment.public.ts';
import { type FeedItem, rssResponse } from '../../../../lib/feed.ts';
import { localised } from '../../../../lib/locale.ts';
import { messagesFor } from '../../../../lib/messages.ts';

/**
 * A post's published comments as RSS 2.0, newest first: names and words, never an address.
 * `/blog/:slug/comments.xml`, `/cy/…` with the Welsh words around them.
 */
export const GET: APIRoute = async (context) => {
  const { locals, params } = context;
  const { deps, config } = locals.runtime;
  const post = findPost(params.slug ?? '');
  if (!post) return context.rewrite('/404');
  const { lang } = locals;
  const t = messagesFor(lang).comments;
  const page = `/blog/${post.slug}`;
  const title = (post.translations[lang] ?? post).title;
  const absolute = (path: string) => new URL(localised(path, lang), config.publicOrigin).href;
  const items: FeedItem[] = (await publishedComments(deps, post.slug, lang)).reverse().map((c) => ({
    title: t.feedItem(c.name),
    link: `${absolute(page)}#comment-${c.id}`,
    // The same in both languages' feeds: it names the comment, not the page around it.
    guid: `${new URL(page, config.publicOrigin).href}#comment-${c.id}`,
    published: new Date(c.published_at),
    description: c.body,
  }));
  return rssResponse({ title: t.feedTitle(title), description: (post.translations[lang] ?? post).summary, lang, link: absolute(page), self: absolute(`${page}/comments.xml`), items });
};
