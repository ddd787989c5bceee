import { Hono } from 'hono';
import { except } from 'hono/combine';
import { astro, getFetchState } from 'astro/hono';
import { guard } from '../api/http/guard.ts';
import { startRuntime } from '../api/runtime.ts';

/**
 * One server: the Hono API under /api, and Astro's pages behind the same protections
 * (secure headers, CSRF origin check, body limit). Pages reach the services through
 * `Astro.locals.runtime`, never over HTTP.
 */
const runtime = await startRuntime();

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    runtime.stop().finally(() => process.exit(0));
  });
}

const app = new Hono()
  .use(except('/api/*', ...guard({ origin: runtime.config.publicOrigin, dev: import.meta.env.DEV })))
  .route('/', runtime.api)
  .use(async (c, next) => {
    getFetchState(c).locals.runtime = runtime;
    await next();
  })
  .use(astro());

export default app;
