import { Hono } from 'hono';
import { except } from 'hono/combine';
import { astro, getFetchState } from 'astro/hono';
import { ConfigError } from '../api/config.ts';
import { UnsafeDatabaseError } from '../api/db/sqlite.ts';
import { trackRequests } from '../api/http/drain.ts';
import { guard } from '../api/http/guard.ts';
import { log } from '../api/log/logger.ts';
import { requestLog } from '../api/log/request-log.ts';
import { startRuntime } from '../api/runtime.ts';
import { handOff } from './handoff.ts';

/**
 * One server: the Hono API under /api, and Astro's pages behind the same protections
 * (secure headers, CSRF origin check, body limit). Pages reach the services through
 * `Astro.locals.runtime`, never over HTTP.
 */
const requests = trackRequests();
const runtime = await startRuntime(process.env, { stopping: () => requests.draining }).catch((error: unknown) => {
  // A bad variable or an unsafe database is the operator's to fix: its message, not a stack.
  if (!(error instanceof ConfigError || error instanceof UnsafeDatabaseError)) throw error;
  log.fatal(error.message);
  process.exit(1);
});
// In production server.mjs sends /api straight to this; `astro dev` reaches it through the app below.
handOff({ api: runtime.api.fetch, host: runtime.config.host, port: runtime.config.port, log });

/**
 * SIGTERM (a deploy, a scale-down) or Ctrl-C: stop taking connections, answer the requests in
 * flight, then stop the mail sender after its batch and close the database, all within
 * `stopWithinMs`, and exit 0. A request still running after `drainMs` (a huge export) is cut.
 */
const drainMs = 6000;
const stopWithinMs = 10_000;
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, async () => {
    setTimeout(() => {
      log.error(`not stopped within ${stopWithinMs / 1000}s of ${signal}: exiting anyway`);
      process.exit(1);
    }, stopWithinMs).unref();
    const unanswered = await requests.drain(drainMs);
    if (unanswered > 0) log.warn(`${unanswered} request(s) still running ${drainMs / 1000}s after ${signal}: cut off`);
    await runtime.stop().catch((error: unknown) => log.error({ err: error }, 'stopping'));
    process.exit(0);
  });
}

const app = new Hono()
  // The API logs its own requests (createApi): under `astro dev` it is reached through this app.
  .use(except('/api/*', requestLog()))
  // A page asked for on an open connection while the server stops gets the 503 page, not half an answer.
  .use(async (c, next) => {
    if (requests.draining) getFetchState(c).locals.unavailable = true;
    return next();
  })
  .use(except('/api/*', ...guard({ origin: runtime.config.publicOrigin, dev: import.meta.env.DEV })))
  .route('/', runtime.api)
  .use(async (c, next) => {
    getFetchState(c).locals.runtime = runtime;
    await next();
  })
  .use(runtime.answers.forgetOnWorkspaceWrites)
  // A letter's page, the one a spike lands on (its language is in its path).
  .use(
    runtime.answers.keep((c) => {
      const slug = /^\/(?:cy\/)?letters\/([^/]+)\/?$/.exec(c.req.path)?.[1];
      return slug && runtime.deps.letters.get(slug) ? slug : undefined;
    }),
  )
  .use(astro());

export default app;
