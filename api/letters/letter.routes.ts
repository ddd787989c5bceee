import { Hono } from 'hono';
import type { Deps } from '../deps.ts';
import { type AnswerCache, keepLetterFigures } from '../http/answer-cache.ts';
import { publicCache } from '../http/cache.ts';
import { letterSummaries, letterSummary } from './letter.service.ts';

export const letterRoutes = (deps: Deps, answers?: AnswerCache) =>
  new Hono()
    .get('/', publicCache(deps), async (c) => {
      const letters = await letterSummaries(deps);
      return c.json({ letters: letters.map(({ slug, title, status, counts }) => ({ slug, title, status, counts })) });
    })
    // `as_of` is the moment of reading: the ETag is of the rest (weak), so an unchanged letter is a 304.
    .get('/:slug', publicCache(deps, { etag: 'body', weak: true }), keepLetterFigures(answers), async (c) => c.json(await letterSummary(deps, c.req.param('slug'))));
