import { sql } from 'kysely';
import { Hono } from 'hono';
import { requireSession } from './admin/admin.gate.ts';
import { privateExportRoutes } from './admin/private-export.ts';
import type { Deps } from './deps.ts';
import { migrationsCurrent } from './db/migrate.ts';
import { concurrentDownloads } from './db/reader.ts';
import { NotFoundError, NotReadyError, UnavailableError } from './errors.ts';
import { type AnswerCache, passOn } from './http/answer-cache.ts';
import { errorResponse } from './http/errors.ts';
import { publicCache } from './http/cache.ts';
import { downloadSlots } from './http/download-slots.ts';
import { guard } from './http/guard.ts';
import { requestLog } from './log/request-log.ts';
import { letterRoutes } from './letters/letter.routes.ts';
import { networkRoutes } from './network/join.routes.ts';
import { openApiDocument } from './openapi/openapi.ts';
import { signatoryRoutes } from './signatories/signatory.routes.ts';
import { publicationRoutes } from './publications/publication.routes.ts';
import { snapshotRoutes } from './snapshots/snapshot.routes.ts';
import { signatureRoutes } from './signatures/signature.routes.ts';
import { supportRoutes } from './support/support.routes.ts';
import { commentReportRoutes } from './comments/comment-report.routes.ts';
import { commentRoutes } from './comments/comment.routes.ts';
import { deliveryRoutes } from './delivery/delivery.routes.ts';
import { statsRoutes } from './stats/stats.routes.ts';
import { oembedRoutes } from './embeds/oembed.routes.ts';
import { directoryRoutes } from './network/directory.routes.ts';
import { boardRoutes } from './network/board.routes.ts';

export type ApiDeps = Deps & { config: { publicOrigin: string; adminEmails: readonly string[]; networkCoordinators?: readonly string[] } };

/** The JSON API under /api: for JavaScript, embeds, downloads and outside callers. Pages call the services directly. */
/**
 * `stopping`: true once the server has begun to stop; a request arriving then is refused, not
 * half-served. `answers`: where the letters' public figures are kept between requests (none: each is read afresh).
 */
export function createApi(deps: ApiDeps, { stopping = () => false, answers }: { stopping?: () => boolean; answers?: AnswerCache } = {}) {
  // Built once at start, from the same schemas the routes parse with.
  const openapi = openApiDocument();
  // Shared by the public CSV and the private export: together they stream at most this many.
  const downloads = downloadSlots(concurrentDownloads);
  return new Hono()
    .basePath('/api')
    .use(requestLog())
    .use(async (_c, next) => {
      if (stopping()) throw new UnavailableError();
      await next();
    })
    .use(...guard({ origin: deps.config.publicOrigin }))
    .use(answers?.forgetOnWorkspaceWrites ?? passOn)
    .use('/admin/*', requireSession(deps))
    .get('/health', async (c) => {
      await sql`select 1`.execute(deps.db);
      return c.json({ ok: true });
    })
    // For a load balancer: send this server traffic only while its database answers and has run this build's migrations.
    .get('/ready', async (c) => {
      const ready = await migrationsCurrent(deps.db).catch(() => false);
      if (!ready) throw new NotReadyError();
      return c.json({ ok: true });
    })
    .get('/openapi.json', publicCache(deps), (c) => c.json(openapi))
    .route('/letters', letterRoutes(deps, answers))
    .route('/', signatureRoutes(deps))
    .route('/', signatoryRoutes(deps, downloads))
    .route('/', supportRoutes(deps))
    .route('/', deliveryRoutes(deps))
    .route('/', snapshotRoutes(deps))
    .route('/', statsRoutes(deps, answers))
    .route('/', privateExportRoutes(deps, downloads))
    .route('/', oembedRoutes(deps))
    .route('/', commentReportRoutes(deps))
    .route('/', commentRoutes(deps))
    .route('/', publicationRoutes())
    .route('/', directoryRoutes(deps))
    .route('/', networkRoutes(deps))
    .route('/', boardRoutes(deps))
    .notFound((c) => errorResponse(new NotFoundError('endpoint'), c))
    .onError(errorResponse);
}

export type Api = ReturnType<typeof createApi>;
