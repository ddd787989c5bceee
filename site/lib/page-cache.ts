import type { MiddlewareHandler } from 'hono';
import { hasSession } from '../../api/http/cache.ts';

type Page = { at: number; body: ArrayBuffer; headers: [string, string][] };

export type PageCacheOptions = {
  /** The pages worth keeping, by path: the ones a spike lands on. Returns the letter's slug. */
  match: (path: string) => string | undefined;
  /** What the kept copy must agree with, read on every request (one indexed row): the letter's list version. */
  version: (slug: string) => Promise<number>;
  /** True while the server stops: the 503 page is never kept. */
  stopping: () => boolean;
  /** How long a copy may answer for: what the list version does not cover (a campaigner's change on another server, the pause, the clock). */
  ttlMs?: number;
  maxPages?: number;
};

/**
 * A public letter page costs milliseconds to render, and during a spike thousands of people ask
 * for the same one each second. A rendered copy answers anonymous GETs for `ttlMs`, and only
 * while the letter's list version is the one it was made at: a new signature on the list (on
 * any server) shows at once. Whatever a campaigner changes on this server (a write to the
 * workspace) drops every copy; a change made on another server shows within `ttlMs`, as the
 * pause does. Requests that arrive while a copy is being made wait for it instead of each
 * rendering their own. A campaigner's request (a session) is never answered from here, nor kept.
 */
export function pageCache({ match, version, stopping, ttlMs = 2000, maxPages = 200 }: PageCacheOptions): MiddlewareHandler {
  const pages = new Map<string, Page>();
  const making = new Map<string, Promise<Page | undefined>>();
  const isWorkspaceWrite = (method: string, path: string) => method !== 'GET' && method !== 'HEAD' && /^\/(cy\/)?admin(\/|$)/.test(path);

  return async (c, next) => {
    const { method, path } = c.req;
    if (isWorkspaceWrite(method, path)) {
      pages.clear();
      return next();
    }
    const slug = method === 'GET' ? match(path) : undefined;
    if (slug === undefined || hasSession(c) || stopping()) return next();

    const key = `${new URL(c.req.url).search}${path}#${await version(slug)}`;
    const kept = pages.get(key);
    if (kept && Date.now() - kept.at < ttlMs) return answer(kept);

    let made = making.get(key);
    if (!made) {
      made = (async () => {
        await next();
        const res = c.res;
        if (res.status !== 200 || res.headers.has('set-cookie')) return undefined;
        const page = { at: Date.now(), body: await res.arrayBuffer(), headers: [...res.headers] };
        if (pages.size >= maxPages) pages.clear();
        pages.set(key, page);
        return page;
      })().finally(() => making.delete(key));
      making.set(key, made);
      const page = await made;
      // The request that rendered it answers with the same copy (its own body was read into it).
      if (page) c.res = answer(page);
      return;
    }
    // Not kept (an error, a 404): each waiter is answered as if the copy had never been asked for.
    const page = await made.catch(() => undefined);
    return page ? answer(page) : next();
  };
}

const answer = (page: Page) => new Response(page.body, { status: 200, headers: page.headers });
