import { Hono } from 'hono';
import type { Deps } from '../deps.ts';
import { findLetter } from '../letters/letter.service.ts';
import { signatoriesCsv } from './signatory.csv.ts';
import { allSignatories, listSignatories } from './signatory.repository.ts';
import { signatoryQuerySchema } from './signatory.schema.ts';

export const signatoryRoutes = (deps: Deps) =>
  new Hono()
    .get('/letters/:slug/signatories', async (c) => {
      const letter = findLetter(deps, c.req.param('slug'));
      const query = signatoryQuerySchema.parse(c.req.query());
      return c.json(await listSignatories(deps.db, letter.slug, query));
    })
    .get('/letters/:slug/signatories.csv', (c) => {
      const letter = findLetter(deps, c.req.param('slug'));
      const query = signatoryQuerySchema.parse(c.req.query());
      const day = deps.clock().toISOString().slice(0, 10);
      return c.body(signatoriesCsv(allSignatories(deps.db, letter.slug, query)), 200, {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="${letter.slug}-signatories-${day}.csv"`,
      });
    });
