import type { CommentPolicy } from './comment.policy.ts';
import type { Post } from './comment.posts.ts';
import { linksIn } from './comment.text.ts';
import type { Commenter, HoldReason } from './comment.table.ts';

const dayMs = 24 * 60 * 60 * 1000;

/** When a post stops taking comments (and replies), or null when it never does. */
export function commentsCloseAt(post: Pick<Post, 'comments' | 'published'>, policy: CommentPolicy): Date | null {
  // A members-only post closes as its `close` says, or as a post that says nothing.
  const close = typeof post.comments === 'object' && !(post.comments instanceof Date) ? post.comments.close : post.comments;
  if (close === 'open') return null;
  if (close === 'closed') return new Date(0);
  if (close instanceof Date) return close;
  return new Date(post.published.getTime() + policy.openDays * dayMs);
}

/** A post only signed-in members of the network comment on; it closes as a post that does not say when. */
export const membersOnly = (post: Pick<Post, 'comments'>): boolean =>
  post.comments === 'members' || (typeof post.comments === 'object' && !(post.comments instanceof Date) && post.comments.only === 'members');

export const commentsOpen = (post: Pick<Post, 'comments' | 'published'>, policy: CommentPolicy, now: Date): boolean => {
  const closes = commentsCloseAt(post, policy);
  return closes === null || now < closes;
};

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The first word (or phrase) of the hold list that the text holds, matched as a whole word. */
export function holdWordIn(text: string, words: readonly string[]): string | undefined {
  return words.find((w) => {
    const phrase = w.trim().split(/\s+/u).map(escape).join('\\s+');
    return phrase !== '' && new RegExp(`(?<![\\p{L}\\p{N}])${phrase}(?![\\p{L}\\p{N}])`, 'iu').test(text);
  });
}

/** What the words alone hold a comment for: two or more links, a word on the list. */
export function contentReasons(body: string, policy: CommentPolicy): HoldReason[] {
  return [...(linksIn(body).length >= 2 ? (['links'] as const) : []), ...(holdWordIn(body, policy.holdWords) ? (['words'] as const) : [])];
}

export type Circumstances = { commenter: Commenter; overRate: boolean; suspicious: boolean };

/**
 * Why a new comment waits for a campaigner; none: it is published at once (once its author's
 * address is confirmed). A rate limit or the honeypot holds, never refuses: a bot learns nothing.
 */
export function holdReasonsFor(body: string, { commenter, overRate, suspicious }: Circumstances, policy: CommentPolicy): HoldReason[] {
  return [
    ...(commenter.trusted_at ? [] : (['first'] as const)),
    ...contentReasons(body, policy),
    ...(overRate ? (['rate'] as const) : []),
    ...(suspicious ? (['honeypot'] as const) : []),
  ];
}

/** An edit keeps what held the comment for who sent it and how, and weighs its words afresh. */
export function reasonsAfterEdit(heldFor: string | null, body: string, policy: CommentPolicy): HoldReason[] {
  const kept = (heldFor ?? '').split(',').filter((r): r is HoldReason => r === 'first' || r === 'rate' || r === 'honeypot' || r === 'reported');
  return [...kept, ...contentReasons(body, policy)];
}

export const heldForText = (reasons: HoldReason[]): string | null => (reasons.length ? [...new Set(reasons)].join(',') : null);

/** The hidden fields of the comment form people never touch, as on the sign form. */
export const honeypotField = 'homepage';
export const shownAtField = 'shown_at';

/** Something in the field people never see, or a form sent sooner than a person could fill it in. */
export function looksAutomated(body: Record<string, unknown>, now: Date, formMinMs: number): boolean {
  if (typeof body[honeypotField] === 'string' && body[honeypotField] !== '') return true;
  if (!(shownAtField in body)) return false;
  const shownAt = Number(body[shownAtField]);
  return formMinMs > 0 && !(now.getTime() - shownAt >= formMinMs);
}
