import { Hono } from 'hono';
import type { ApiDeps } from '../app.ts';
import { oembedFor } from './oembed.service.ts';

export const oembedRoutes = (deps: ApiDeps) =>
  new Hono().get('/oembed', async (c) => {
    const answer = await oembedFor(deps, deps.config.publicOrigin, c.req.query());
    return c.json(answer, 200, {
      // Public facts about a public letter: a partner's editor may fetch it from the browser.
      'Access-Control-Allow-Origin': '*',
      'Cache-Control': 'public, max-age=300',
    });
  });
