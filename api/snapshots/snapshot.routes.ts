import { Hono } from 'hono';
import type { Deps } from '../deps.ts';
import { NotFoundError } from '../errors.ts';
import { findSnapshot, snapshotFileName, snapshotView, takeSnapshot } from './snapshot.service.ts';

type SnapshotDeps = Deps & { config: { publicOrigin: string } };

/**
 * Not `immutable`: a data request may amend a snapshot (api/snapshots/snapshot-amend.service.ts),
 * and a removed name must not live on in caches for long. A day, with the hash as the ETag so a
 * cache revalidates for nothing.
 */
const csvCache = 'public, max-age=86400, no-transform';

export const snapshotRoutes = (deps: SnapshotDeps) =>
  new Hono()
    // Anyone may freeze a list: a request when nothing changed costs one read and writes nothing.
    .post('/letters/:slug/snapshots', async (c) => {
      const { snapshot, created } = await takeSnapshot(deps, c.req.param('slug'));
      const view = snapshotView(snapshot, deps.config.publicOrigin);
      c.header('Location', view.url);
      return c.json(view, created ? 201 : 200);
    })
    .get('/snapshots/:id{[^/]+\\.csv}', async (c) => {
      // The param holds the whole last segment: Hono has no literal suffix after a parameter.
      const snapshot = await findSnapshot(deps, c.req.param('id').slice(0, -'.csv'.length));
      const etag = `"${snapshot.sha256}"`;
      const headers = { ETag: etag, 'Cache-Control': csvCache };
      if (c.req.header('if-none-match') === etag) return c.body(null, 304, headers);
      const bytes = await deps.uploads.stream(snapshot.file);
      if (!bytes) throw new NotFoundError('snapshot');
      return c.body(bytes, 200, {
        ...headers,
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="${snapshotFileName(snapshot)}"`,
      });
    })
    .get('/snapshots/:id', async (c) => c.json(snapshotView(await findSnapshot(deps, c.req.param('id')), deps.config.publicOrigin)));
