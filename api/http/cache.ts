import { createHash } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { sessionCookieName } from '../admin/session.cookie.ts';
import type { Db } from '../db/database.ts';
import type { Deps } from '../deps.ts';
import { findLetter } from '../letters/letter.service.ts';
import { type ListVersion, readListVersion } from '../lists/list-version.ts';

/**
 * Short, because the numbers move: a front-page spike is answered from caches for a minute,
 * and a cache may serve its copy a minute longer while it asks again.
 */
export const publicCacheControl = 'public, max-age=60, stale-while-revalidate=60';

/**
 * How a public read names its answer:
 * - `body`: the answer's own bytes are hashed (a strong ETag). `weak` for an answer that
 *   carries the moment it was read (`as_of`): the ETag is of the rest, and marked `W/`.
 * - `list`: the letter's list version and the query, so a `304` is decided before any work
 *   (the streamed CSV). Only for answers made from the public list alone.
 *   `shape` names the answer's form (a CSV's columns): a release that adds a column must not
 *   have caches keep the old file until the list next changes.
 * `lastModified` adds the list's `changed_at`: only for answers that nothing but the list changes.
 */
export type CacheRule = { etag: 'body' | 'list'; weak?: boolean; lastModified?: boolean; shape?: string };

const hash = (data: string | ArrayBuffer) => createHash('sha256').update(typeof data === 'string' ? data : Buffer.from(data)).digest('base64url').slice(0, 27);

const httpDate = (iso: string) => new Date(iso).toUTCString();

export const hasSession = (c: Context) => (c.req.header('cookie') ?? '').split(';').some((part) => part.trim().startsWith(`${sessionCookieName}=`));

/** RFC 9110: If-None-Match wins when both are sent; weak comparison, as GET allows. */
function isFresh(c: Context, etag: string, lastModified: string | undefined): boolean {
  const ifNoneMatch = c.req.header('if-none-match');
  if (ifNoneMatch) {
    const bare = etag.replace(/^W\//, '');
    return ifNoneMatch.trim() === '*' || ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === bare);
  }
  const since = Date.parse(c.req.header('if-modified-since') ?? '');
  // HTTP dates have whole seconds: the change is "not after" the copy when its second is not.
  return Boolean(lastModified) && !Number.isNaN(since) && Math.floor(Date.parse(lastModified ?? '') / 1000) * 1000 <= since;
}

/** Read only where the rule uses it: one indexed row. */
async function listVersionOf(deps: Pick<Deps, 'db' | 'letters'>, c: Context, rule: CacheRule): Promise<ListVersion | undefined> {
  const slug = c.req.param('slug');
  if (!slug || (rule.etag !== 'list' && !rule.lastModified)) return undefined;
  // An unknown letter is its 404, never a 304.
  return readListVersion(deps.db, findLetter(deps, slug).slug);
}

async function bodyTag(res: Response, weak: boolean): Promise<string> {
  if (!weak) return `"${hash(await res.clone().arrayBuffer())}"`;
  const { as_of: _, ...rest } = (await res.clone().json()) as Record<string, unknown>;
  return `W/"${hash(JSON.stringify(rest))}"`;
}

/**
 * Validators and a short public lifetime for a public GET (JSON or CSV), and `304` when the
 * client's copy is current. A request that carries a campaigner's session is answered fresh
 * and `no-store`, as everything of the workspace is: it never sits in a shared cache.
 */
export function publicCache(deps: { db: Db; letters: Deps['letters'] }, rule: CacheRule = { etag: 'body' }): MiddlewareHandler {
  return async (c, next) => {
    if (hasSession(c)) {
      await next();
      c.res.headers.set('Cache-Control', 'private, no-store');
      return;
    }
    const list = await listVersionOf(deps, c, rule);
    const lastModified = rule.lastModified && list?.changed_at ? httpDate(list.changed_at) : undefined;
    const headers = (etag: string) => ({ ETag: etag, 'Cache-Control': publicCacheControl, ...(lastModified ? { 'Last-Modified': lastModified } : {}) });
    const notModified = (etag: string) => new Response(null, { status: 304, headers: headers(etag) });

    const early = rule.etag === 'list' && list ? `"${hash(`${c.req.path}${new URL(c.req.url).search}#${list.version}#${rule.shape ?? ''}`)}"` : undefined;
    if (early && isFresh(c, early, lastModified)) return notModified(early);

    await next();
    if (c.res.status !== 200) return;
    const etag = early ?? (await bodyTag(c.res, rule.weak ?? false));
    if (isFresh(c, etag, lastModified)) {
      c.res = notModified(etag);
      return;
    }
    for (const [name, value] of Object.entries(headers(etag))) c.res.headers.set(name, value);
  };
}
