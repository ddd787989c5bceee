import type { Deps } from '../deps.ts';
import type { Locale } from '../i18n/locale.ts';
import { isoDay } from '../letters/letter.time.ts';
import { authorOf, membersBehind } from './comment.author.ts';
import { commentPolicyOf } from './comment.policy.ts';
import { findPost } from './comment.posts.ts';
import { commentsOfPost } from './comment.repository.ts';
import { commentsCloseAt, commentsOpen } from './comment.rules.ts';
import type { PostWithComments, PublicComment } from './comment.schema.ts';
import { postOf } from './comment.service.ts';
import type { Comment } from './comment.table.ts';

/**
 * How a comment shows under a post. `waiting`: held or unconfirmed, shown only to its own
 * author (this browser's cookie); `hidden`: reported, until a campaigner decides; `removed`:
 * deleted or erased, kept as a line only while replies hang under it.
 */
export type Shown = {
  id: number;
  depth: number;
  name: string;
  /** Written by a member of the network, and saying so tells nothing they hid (comment.author.ts). */
  member: boolean;
  /** The name is "Former member" in the page's language, not the author's words. */
  former: boolean;
  lang: Locale;
  body: string;
  at: string;
  show: 'published' | 'waiting' | 'hidden' | 'removed';
  /** A campaigner approved these very words: its links may be live. */
  approved: boolean;
  replies: Shown[];
};

const showOf = (c: Comment, mine: ReadonlySet<number>): Shown['show'] | undefined => {
  if (c.state === 'published') return c.hidden_at ? 'hidden' : 'published';
  if (c.state === 'deleted') return 'removed';
  return mine.has(c.id) ? 'waiting' : undefined;
};

/** Everything that stands under a post for this reader, threaded, oldest first; and how many are published. */
export async function commentThread(deps: Pick<Deps, 'db'>, slug: string, mine: readonly number[] = [], locale: Locale = 'en'): Promise<{ thread: Shown[]; count: number }> {
  const rows = await commentsOfPost(deps.db, slug);
  const behind = await membersBehind(deps.db, rows);
  const post = findPost(slug);
  const own = new Set(mine);
  const byId = new Map<number, Shown>();
  const roots: Shown[] = [];
  let count = 0;
  for (const c of rows) {
    const show = showOf(c, own);
    if (!show) continue;
    if (show === 'published') count += 1;
    const author = authorOf(c, behind, post, locale);
    const node: Shown = {
      id: c.id,
      depth: c.depth,
      name: show === 'removed' ? '' : author.name,
      member: show !== 'removed' && author.member,
      former: author.former,
      lang: c.lang,
      body: show === 'published' || show === 'waiting' ? c.body : '',
      at: c.published_at ?? c.created_at,
      show,
      approved: c.state === 'published' && c.decided_by !== null,
      replies: [],
    };
    byId.set(c.id, node);
    // A reply whose comment is no longer shown (rejected after it was answered) stands on its own.
    const parent = c.parent_id === null ? undefined : byId.get(c.parent_id);
    (parent ? parent.replies : roots).push(node);
  }
  const standing = (nodes: Shown[]): Shown[] =>
    nodes.flatMap((n) => {
      const replies = standing(n.replies);
      return n.show === 'removed' && replies.length === 0 ? [] : [{ ...n, replies }];
    });
  return { thread: standing(roots), count };
}

/** A post's published comments as anyone may read them (the JSON, the feed): never hidden ones, never an address. */
export async function publishedComments(deps: Pick<Deps, 'db'>, slug: string, locale: Locale = 'en'): Promise<PublicComment[]> {
  const rows = (await commentsOfPost(deps.db, slug)).filter((c) => c.state === 'published' && !c.hidden_at && c.published_at);
  const behind = await membersBehind(deps.db, rows);
  const post = findPost(slug);
  return rows.map((c) => ({ id: c.id, parent: c.parent_id, name: authorOf(c, behind, post, locale).name, lang: c.lang, body: c.body, published_at: c.published_at! }));
}

/** `GET /api/posts/:slug`: the post's metadata, in the reader's language where it has one, and its published comments. */
export async function postWithComments(deps: Pick<Deps, 'db' | 'clock' | 'comments'>, slug: string, locale: Locale): Promise<PostWithComments> {
  const post = postOf(slug);
  const words = post.translations[locale] ?? post;
  const policy = commentPolicyOf(deps);
  const closes = commentsCloseAt(post, policy);
  return {
    slug: post.slug,
    title: words.title,
    summary: words.summary,
    author: words.author,
    published: isoDay(post.published),
    comments_open: commentsOpen(post, policy, deps.clock()),
    comments_close_at: closes?.toISOString() ?? null,
    comments: await publishedComments(deps, slug, locale),
  };
}
