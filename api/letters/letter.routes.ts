import { Hono } from 'hono';
import type { Deps } from '../deps.ts';
import { letterSummaries, letterSummary } from './letter.service.ts';

export const letterRoutes = (deps: Deps) =>
  new Hono()
    .get('/', async (c) => {
      const letters = await letterSummaries(deps);
      return c.json({ letters: letters.map(({ slug, title, status, counts }) => ({ slug, title, status, counts })) });
    })
    .get('/:slug', async (c) => c.json(await letterSummary(deps, c.req.param('slug'))));
