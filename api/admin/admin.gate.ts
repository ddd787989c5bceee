import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import type { Db } from '../db/database.ts';
import { UnauthorisedError } from '../errors.ts';
import { sessionCookieName } from './session.cookie.ts';
import { liveSession } from './session.service.ts';
import { type WorkspaceConfig, assertMayReach, workspaceEmails } from './workspace-role.ts';

type GateDeps = { db: Db; clock: () => Date; config: WorkspaceConfig };

/**
 * Everything under /api/admin needs a live session: mounted once on that prefix in createApi,
 * with Hono's own router (the one that matches the routes), so no route can be reached around
 * it. An unknown path there answers 401 too, before 404, so nothing tells what exists.
 * The pages' gate is site/middleware.ts, by Astro's matched route for the same reason.
 * A network coordinator's session opens only the network's routes (403 elsewhere).
 */
export function requireSession(deps: GateDeps): MiddlewareHandler {
  return async (c, next) => {
    const session = await liveSession(deps.db, workspaceEmails(deps.config), getCookie(c, sessionCookieName), deps.clock());
    if (!session) throw new UnauthorisedError();
    assertMayReach(deps.config, session.email, c.req.path.replace(/^\/api/, ''));
    await next();
  };
}
