import { Hono } from 'hono';
import type { Deps } from '../deps.ts';
import { letterStats } from './stats.service.ts';

export const statsRoutes = (deps: Deps) =>
  new Hono().get('/letters/:slug/stats', async (c) => c.json(await letterStats(deps, c.req.param('slug'))));
