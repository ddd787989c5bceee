import { defineMiddleware } from 'astro:middleware';
import { sessionCookieName } from '../api/admin/session.cookie.ts';
import { liveSession } from '../api/admin/session.service.ts';
import { isLocaleParam, langOfPath, localised } from './lib/locale.ts';
import { isSignInRoute, isWorkspaceRoute } from './lib/workspace.ts';

/**
 * Every page lives under `[...locale]`, so one file serves `/letters/x` and `/cy/letters/x`.
 * The page's language comes from the address as it was asked for (`originPathname`), so a
 * page rewritten to the 404 still speaks the language of the address that was not found.
 * (`Astro.currentLocale` is not enough: after a rewrite it is read from `/404`, and it
 * takes any segment that reads "cy", not only the first.)
 *
 * It is also the one gate of the campaigners' workspace pages: every route under
 * `[...locale]/admin` but the sign-in pages needs a live session, or it sends the browser to
 * sign in. (The API's workspace routes have theirs in createApi.)
 */
export const onRequest = defineMiddleware(async (context, next) => {
  const lang = langOfPath(context.originPathname);
  context.locals.lang = lang;
  if ('locale' in context.params && !isLocaleParam(context.params.locale)) return context.rewrite('/404');
  if (!isWorkspaceRoute(context.routePattern)) return next();

  if (!isSignInRoute(context.routePattern)) {
    const { deps, config } = context.locals.runtime;
    const secret = context.cookies.get(sessionCookieName)?.value;
    context.locals.admin = await liveSession(deps.db, config.adminEmails, secret, deps.clock());
    if (!context.locals.admin) return context.redirect(localised('/admin/sign-in', lang), 303);
  }
  const response = await next();
  // Who signed what, and sign-in links in addresses: nothing on the way may keep a copy.
  response.headers.set('Cache-Control', 'no-store');
  return response;
});
