import type { APIContext, MiddlewareNext } from 'astro';
import { defineMiddleware } from 'astro:middleware';
import { isDatabaseUnavailable } from '../api/db/unavailable.ts';
import type { Lang } from './lib/format.ts';
import { sessionCookieName } from '../api/admin/session.cookie.ts';
import { liveSession } from '../api/admin/session.service.ts';
import { mayReach, roleOf, workspaceEmails } from '../api/admin/workspace-role.ts';
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
 *
 * And it turns the database being away (or the server stopping, site/fetch.ts) into the
 * friendly 503 page, whichever page was asked for.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  const lang = langOfPath(context.originPathname);
  context.locals.lang = lang;
  if (context.routePattern === unavailableRoute) return next();
  if (context.locals.unavailable) return unavailable(context);
  try {
    return await guarded(context, next, lang);
  } catch (error) {
    // The database away for a moment: a page saying so in the reader's language, not a 500.
    if (isDatabaseUnavailable(error)) return unavailable(context);
    throw error;
  }
});

/** site/pages/503.astro: it reads nothing from the database, so it can always be shown. */
const unavailableRoute = '/503';

/** A coordinator on a letter's page: site/pages/[...locale]/not-for-coordinators.astro says so, with status 403. */
const forbidden = (context: APIContext) =>
  context.rewrite(new Request(new URL(localised('/not-for-coordinators', langOfPath(context.originPathname)), context.url), { headers: context.request.headers }));

/** As a GET of its own: a form post's body has been read by then, and Astro cannot pass it on. */
const unavailable = (context: APIContext) =>
  context.rewrite(new Request(new URL(unavailableRoute, context.url), { headers: context.request.headers }));

async function guarded(context: APIContext, next: MiddlewareNext, lang: Lang): Promise<Response> {
  if ('locale' in context.params && !isLocaleParam(context.params.locale)) return context.rewrite('/404');
  if (!isWorkspaceRoute(context.routePattern)) return next();

  if (!isSignInRoute(context.routePattern)) {
    const { deps, config } = context.locals.runtime;
    const secret = context.cookies.get(sessionCookieName)?.value;
    context.locals.admin = await liveSession(deps.db, workspaceEmails(config), secret, deps.clock());
    if (!context.locals.admin) return context.redirect(localised('/admin/sign-in', lang), 303);
    // The same rule as the API's gate (api/admin/workspace-role.ts), by the route Astro matched.
    const role = roleOf(config, context.locals.admin.email);
    if (!role || !mayReach(role, context.routePattern.replace(/^\/\[\.\.\.locale\]/, ''))) return forbidden(context);
    context.locals.role = role;
  }
  // No cache keeps a workspace page: api/http/guard.ts says so for every private answer.
  return next();
}
