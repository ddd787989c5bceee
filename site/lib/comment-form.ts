import type { AstroGlobal } from 'astro';
import { clientAddress } from '../../api/abuse/client-address.ts';
import { defaultAbusePolicy } from '../../api/abuse/sign-limits.ts';
import { myComments, myCommentsCookie, myCommentsMaxAge, withMyComment } from '../../api/comments/comment.cookie.ts';
import { commentPolicyOf } from '../../api/comments/comment.policy.ts';
import { type Post, findPost } from '../../api/comments/comment.posts.ts';
import { type Shown, commentThread } from '../../api/comments/comment.public.ts';
import { commentsCloseAt, commentsOpen, looksAutomated, membersOnly, shownAtField } from '../../api/comments/comment.rules.ts';
import { maxDepth, openPost, parseComment, postComment } from '../../api/comments/comment.service.ts';
import { CommenterBlockedError, CommentsClosedError, InvalidInputError, MembersOnlyError } from '../../api/errors.ts';
import type { FormValues } from './letter-form.ts';
import { errorLinksIn } from './letter-form.ts';
import { localised } from './locale.ts';
import { signedInMember } from './member.ts';

/** The comment form's fields in page order, for the error summary. */
const fieldOrder = ['name', 'email', 'body', 'lang', 'consent', 'parent'];
export const commentErrorLinks = (errors: Record<string, string>) => errorLinksIn(errors, fieldOrder, 'comment-form');

export type CommentsView = {
  slug: string;
  open: boolean;
  closesAt: Date | null;
  thread: Shown[];
  count: number;
  /** This browser's own comments, and which of them wait for their author's address. */
  mine: number[];
  unconfirmed: number[];
  /** The comment the form answers (`?reply=<id>`), when it can be answered. */
  replyTo: Shown | undefined;
  values: FormValues;
  errors: Record<string, string>;
  /** Only signed-in members of the network comment here (`comments: members`). */
  membersOnly: boolean;
  /** The member signed in on this browser: their comment asks no name or address. */
  member: { name: string } | undefined;
  /** A comment sent here by someone not signed in as a member was refused (403). */
  refused: boolean;
  /** After a post: what became of it (`?sent=`). */
  sent: 'unconfirmed' | 'held' | 'published' | undefined;
};

const find = (nodes: Shown[], id: number): Shown | undefined => {
  for (const n of nodes) {
    if (n.id === id) return n;
    const deeper = find(n.replies, id);
    if (deeper) return deeper;
  }
  return undefined;
};

async function readForm(request: Request): Promise<FormValues> {
  const form = await request.formData().catch(() => new FormData());
  const values: FormValues = {};
  for (const [key, value] of form) if (!(key in values) && typeof value === 'string') values[key] = value;
  return values;
}

/**
 * Everything the comments under a post need, and the post page's own POST: a comment kept
 * through the same service as the API, then the reader sent back to it (PRG) with a cookie so
 * they, and only they, see it while it waits. Answers a Response to return when there is one.
 */
export async function commentsOnPage(astro: AstroGlobal, slug: string): Promise<Response | CommentsView> {
  const { deps } = astro.locals.runtime;
  const lang = astro.locals.lang;
  const post = findPost(slug) as Post;
  const policy = commentPolicyOf(deps);
  const cookie = astro.cookies.get(myCommentsCookie)?.value;
  let values: FormValues = { lang, [shownAtField]: String(deps.clock().getTime()) };
  let errors: Record<string, string> = {};
  let refused = false;
  const url = new URL(astro.request.url);
  const member = (await signedInMember(astro))?.member;
  if (astro.request.method === 'POST') {
    values = await readForm(astro.request);
    try {
      // A closed or members-only post says so before any field (as the API does).
      openPost(deps, slug, member);
      const input = parseComment(values, member);
      const abuse = deps.abuse ?? defaultAbusePolicy;
      const address = clientAddress(astro.clientAddress, astro.request.headers.get('x-forwarded-for'), abuse.trustProxy);
      const sent = await postComment(deps, slug, input, lang, { address, automated: looksAutomated(values, deps.clock(), abuse.formMinMs) }, member);
      astro.cookies.set(myCommentsCookie, await withMyComment(deps.db, cookie, sent.id), {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        maxAge: myCommentsMaxAge,
        secure: url.protocol === 'https:',
      });
      return astro.redirect(`${localised(`/blog/${slug}`, lang)}?sent=${sent.state}#comment-${sent.id}`, 303);
    } catch (error) {
      if (error instanceof CommentsClosedError) astro.response.status = 409;
      else if (error instanceof MembersOnlyError) {
        astro.response.status = 403;
        refused = true;
      }
      else if (error instanceof CommenterBlockedError) {
        astro.response.status = 403;
        errors = { email: error.messageIn(lang) };
      } else if (error instanceof InvalidInputError) {
        astro.response.status = 422;
        errors = error.fieldsIn(lang);
      } else throw error;
    }
  }
  const mine = await myComments(deps.db, cookie);
  // A page that shows someone their own waiting comment is theirs alone.
  if (mine.length > 0) astro.response.headers.set('Cache-Control', 'private, no-store');
  // Whether the form is the member's or not, the page says who is signed in: never a shared copy.
  if (member) astro.response.headers.set('Cache-Control', 'private, no-store');
  const { thread, count } = await commentThread(deps, slug, mine, lang);
  const unconfirmed = mine.length === 0 ? [] : (await deps.db.selectFrom('comments').select('id').where('id', 'in', mine).where('state', '=', 'unconfirmed').execute()).map((r) => r.id);
  const replyId = Number(values.parent ?? url.searchParams.get('reply'));
  const candidate = Number.isInteger(replyId) && replyId > 0 ? find(thread, replyId) : undefined;
  const replyTo = candidate && candidate.show === 'published' && candidate.depth < maxDepth ? candidate : undefined;
  const sent = url.searchParams.get('sent');
  return {
    slug,
    open: post ? commentsOpen(post, policy, deps.clock()) : false,
    closesAt: post ? commentsCloseAt(post, policy) : null,
    thread,
    count,
    mine,
    unconfirmed,
    replyTo,
    values,
    errors,
    membersOnly: post ? membersOnly(post) : false,
    member: member && { name: member.name },
    refused,
    sent: sent === 'unconfirmed' || sent === 'held' || sent === 'published' ? sent : undefined,
  };
}
