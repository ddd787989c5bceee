import { type Context, Hono } from 'hono';
import { setCookie, getCookie } from 'hono/cookie';
import { clientAddress } from '../abuse/client-address.ts';
import { defaultAbusePolicy } from '../abuse/sign-limits.ts';
import type { Deps } from '../deps.ts';
import { preferredLocale, readBody } from '../http/body.ts';
import { publicCache } from '../http/cache.ts';
import { liveMember, memberCookieName } from '../network/member-session.service.ts';
import { myCommentsCookie, myCommentsMaxAge, withMyComment } from './comment.cookie.ts';
import { postWithComments } from './comment.public.ts';
import { looksAutomated } from './comment.rules.ts';
import { openPost, parseComment, postComment } from './comment.service.ts';

/** The socket's address as @hono/node-server hands the request over; none for a request made in-process. */
const peerOf = (c: Context): string | undefined => (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming?.socket?.remoteAddress;

export const commentRoutes = (deps: Deps) =>
  new Hono()
    .get('/posts/:post', publicCache(deps), async (c) => c.json(await postWithComments(deps, c.req.param('post'), preferredLocale(c.req.header('accept-language')))))
    .post('/posts/:post/comments', async (c) => {
      // A member signed in on this browser comments as the member (no name or address asked).
      const member = (await liveMember(deps.db, getCookie(c, memberCookieName), deps.clock()))?.member;
      // An unknown, closed or members-only post is said before any field: correcting them would not help.
      const slug = openPost(deps, c.req.param('post'), member).slug;
      const body = await readBody(c);
      const input = parseComment(body, member);
      const policy = deps.abuse ?? defaultAbusePolicy;
      const address = clientAddress(peerOf(c), c.req.header('x-forwarded-for'), policy.trustProxy);
      const automated = looksAutomated(body, deps.clock(), policy.formMinMs);
      const sent = await postComment(deps, slug, input, preferredLocale(c.req.header('accept-language')), { address, automated }, member);
      // So this browser's reader sees their own comment waiting under the post.
      setCookie(c, myCommentsCookie, await withMyComment(deps.db, getCookie(c, myCommentsCookie), sent.id), {
        path: '/',
        httpOnly: true,
        sameSite: 'Lax',
        maxAge: myCommentsMaxAge,
        secure: new URL(c.req.url).protocol === 'https:',
      });
      return c.json({ status: sent.state, id: sent.id }, 202);
    });
