import { Hono } from 'hono';
import type { Deps } from '../deps.ts';
import { type AnswerCache, keepLetterFigures } from '../http/answer-cache.ts';
import { publicCache } from '../http/cache.ts';
import { letterStats } from './stats.service.ts';

export const statsRoutes = (deps: Deps, answers?: AnswerCache) =>
  new Hono().get(
    '/letters/:slug/stats',
    // Made from the counters alone, which move only with the list: its change time is the figures'.
    publicCache(deps, { etag: 'body', weak: true, lastModified: true }),
    keepLetterFigures(answers),
    async (c) => c.json(await letterStats(deps, c.req.param('slug'))),
  );
