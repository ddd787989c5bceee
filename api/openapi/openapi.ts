import { z } from 'zod';
import { commentReportPaths } from '../comments/comment-report.openapi.ts';
import { deliveryPaths } from '../delivery/delivery.openapi.ts';
import { oembedPaths } from '../embeds/oembed.openapi.ts';
import { errorBodySchema } from '../http/error.schema.ts';
import { directoryPaths } from '../network/directory.openapi.ts';
import { boardPaths } from '../network/board.openapi.ts';
import { letterPaths } from '../letters/letter.openapi.ts';
import { networkJoinPaths } from '../network/join.openapi.ts';
import { signatoryPaths } from '../signatories/signatory.openapi.ts';
import { signaturePaths } from '../signatures/signature.openapi.ts';
import { publicationPaths } from '../publications/publication.openapi.ts';
import { snapshotPaths } from '../snapshots/snapshot.openapi.ts';
import { statsPaths } from '../stats/stats.openapi.ts';
import { supportPaths } from '../support/support.openapi.ts';
import { commentPaths } from '../comments/comment.openapi.ts';
import { cacheable, errors, type JsonSchema, json, jsonSchema, type Paths } from './describe.ts';

/** Each error status the public API answers, as integrators meet it (docs/api.md, "Conventions"). */
const errorStatuses: Record<number, string> = {
  401: '`unauthorised`: the members’ board asked without a signed-in member’s cookie (or by a member who has left).',
  403: '`commenter_blocked`: the campaign blocked this address from commenting; `members_only`: only signed-in members of the network comment on this post; `forbidden`: a form from another site.',
  404: '`not_found`: unknown letter, post or endpoint; `token_invalid` with `reason: unknown`.',
  409: '`letter_closed`: the letter is not open; `comments_closed`: the post takes no more comments; `token_invalid` with `reason: used`.',
  410: '`token_invalid` with `reason: expired`.',
  413: '`payload_too_large`: the body is over its limit (the message names it).',
  415: '`unsupported_media_type`: neither JSON nor a form.',
  422: '`invalid_input`: `fields` names each field with its first problem.',
  429: '`too_many_reports`: one address reported more comments in the last hour than the limit allows.',
  501: '`not_implemented`: a format the API does not offer (oEmbed other than `json`).',
  503: '`paused`: the campaign has paused the site; `unavailable`: the database is away for a moment or the server is stopping (send the request again on another connection); `not_ready` (`GET /api/ready`). `Retry-After` is a hint.',
};

const metaPaths: Paths = {
  '/api/health': {
    get: {
      operationId: 'health',
      summary: 'Whether the server and its database answer',
      tags: ['meta'],
      responses: { 200: json('The database answered.', z.strictObject({ ok: z.literal(true) }), { ok: true }) },
    },
  },
  '/api/ready': {
    get: {
      operationId: 'ready',
      summary: 'Whether this server should be sent requests (a load balancer’s readiness check)',
      description: '`503 not_ready` while the database does not answer or a migration of this release has not run on it; `503 unavailable` while the server is stopping. `/api/health` says only that the process is alive.',
      tags: ['meta'],
      responses: { 200: json('The database answered and its migrations are current.', z.strictObject({ ok: z.literal(true) }), { ok: true }), ...errors(503) },
    },
  },
  '/api/openapi.json': {
    get: {
      operationId: 'openapi',
      summary: 'This description of the API (OpenAPI 3.1)',
      tags: ['meta'],
      responses: cacheable({ 200: { description: 'The OpenAPI document.', content: { 'application/json': { schema: { type: 'object' } } } } }),
    },
  },
};

/**
 * Every public path, each domain's from its own `x.openapi.ts`. A route registered in
 * createApi and missing here fails test/api/openapi/openapi.test.ts; the workspace's
 * `/api/admin/*` is left out on purpose (it is for the campaign's own pages).
 */
export const publicPaths: Paths = mergePaths([
  metaPaths, letterPaths, statsPaths, signaturePaths, signatoryPaths, supportPaths, deliveryPaths, snapshotPaths, oembedPaths,
  commentPaths, commentReportPaths, publicationPaths, directoryPaths, networkJoinPaths, boardPaths,
]);

/** Two domains may describe different methods of one path (the directory's GET and joining's POST of /api/network/members). */
function mergePaths(all: Paths[]): Paths {
  const merged: Paths = {};
  for (const paths of all) for (const [path, methods] of Object.entries(paths)) merged[path] = { ...merged[path], ...methods };
  return merged;
}

export type OpenApiDocument = ReturnType<typeof openApiDocument>;

/** The OpenAPI 3.1 document served at `GET /api/openapi.json`, built once at start. */
export function openApiDocument() {
  const errorSchema: JsonSchema = { $ref: '#/components/schemas/Error' };
  return {
    openapi: '3.1.0',
    info: {
      title: 'Llofnod API',
      version: '1',
      summary: 'Open letters: their counts, their public lists of signatories, signing and letters of support.',
      license: { name: 'AGPL-3.0-or-later', identifier: 'AGPL-3.0-or-later' },
    },
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    paths: publicPaths,
    components: {
      schemas: { Error: jsonSchema(errorBodySchema, 'output') },
      responses: Object.fromEntries(
        Object.entries(errorStatuses).map(([status, description]) => [`Error${status}`, { description, content: { 'application/json': { schema: errorSchema } } }]),
      ),
    },
  };
}
