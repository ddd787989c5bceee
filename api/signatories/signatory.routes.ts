import { Hono, type MiddlewareHandler } from 'hono';
import type { Deps } from '../deps.ts';
import { NotFoundError } from '../errors.ts';
import { publicCache } from '../http/cache.ts';
import { findLetter } from '../letters/letter.service.ts';
import { csvColumns, signatoriesCsv } from './signatory.csv.ts';
import { listSignatories, publicLogo, signatoryPages } from './signatory.repository.ts';
import { signatoryQuerySchema } from './signatory.schema.ts';

/** A logo's file name in its address: the random part of its upload key. */
const logoFile = /^[A-Za-z0-9_-]{22}\.webp$/;

/** `downloads`: the server's slots for whole-list downloads (api/http/download-slots.ts), taken only once a 304 is ruled out. */
export const signatoryRoutes = (deps: Deps, downloads: MiddlewareHandler) =>
  new Hono()
    .get('/letters/:slug/signatories', publicCache(deps, { etag: 'body', lastModified: true }), async (c) => {
      const letter = findLetter(deps, c.req.param('slug'));
      const query = signatoryQuerySchema.parse(c.req.query());
      return c.json(await listSignatories(deps.db, letter.slug, query));
    })
    // Named by the list version and the query: a 304 costs one indexed read, no CSV is made.
    .get('/letters/:slug/signatories.csv', publicCache(deps, { etag: 'list', lastModified: true, shape: csvColumns.join() }), downloads, (c) => {
      const letter = findLetter(deps, c.req.param('slug'));
      const query = signatoryQuerySchema.parse(c.req.query());
      const day = deps.clock().toISOString().slice(0, 10);
      return c.body(signatoriesCsv(signatoryPages(deps.reader, letter.slug, query)), 200, {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="${letter.slug}-signatories-${day}.csv"`,
      });
    })
    .get('/letters/:slug/signatories/logos/:file', async (c) => {
      const letter = findLetter(deps, c.req.param('slug'));
      const file = c.req.param('file');
      const key = logoFile.test(file) ? await publicLogo(deps.db, letter.slug, file) : undefined;
      const bytes = key && (await deps.uploads.read(key));
      if (!bytes) throw new NotFoundError('logo');
      return c.body(new Uint8Array(bytes), 200, {
        // Always the server's own re-encoding (api/organisations/logo.ts), never the file as sent.
        'Content-Type': 'image/webp',
        'X-Content-Type-Options': 'nosniff',
        // Short enough that a logo taken off the list (withdrawn, say) soon stops being served from caches too.
        'Cache-Control': 'public, max-age=3600',
      });
    });
