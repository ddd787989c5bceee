import type { Context, MiddlewareHandler } from 'hono';
import { preferredLocale } from './body.ts';
import { hasSession } from './cache.ts';

type Answer = { at: number; body: ArrayBuffer; headers: [string, string][] };

export type AnswerCacheOptions = {
  /** What a kept answer must agree with, read on every request (one indexed row): the letter's list version. */
  version: (slug: string) => Promise<number>;
  /** True while the server stops: the 503 page is never kept. */
  stopping?: () => boolean;
  /**
   * How long a copy may answer for: what the list version does not cover (a campaigner's change
   * made on another server, the pause, the clock). 0 keeps nothing (requests made at the same
   * moment still share one answer).
   */
  ttlMs?: number;
  maxAnswers?: number;
};

export type AnswerCache = {
  /**
   * For the letter `slugOf` names (undefined: not a letter's answer), anonymous GETs are
   * answered from a kept copy. `variant`: whatever else the answer depends on (the language a
   * JSON answer's words are in).
   */
  keep(slugOf: (c: Context) => string | undefined, variant?: (c: Context) => string): MiddlewareHandler;
  /** Drops every kept answer when a campaigner writes anything (a non-GET under /admin, /cy/admin or /api/admin). */
  forgetOnWorkspaceWrites: MiddlewareHandler;
};

const isWorkspaceWrite = (method: string, path: string) =>
  method !== 'GET' && method !== 'HEAD' && /^\/(cy\/|api\/)?admin(\/|$)/.test(path);

/**
 * A letter's page costs milliseconds to render and its figures several queries, and in a spike
 * thousands of people ask for the same ones each second. A rendered answer is kept for `ttlMs`,
 * and only while the letter's list version is the one it was made at: a new signature on the
 * list (on any server) shows at once. A campaigner's write on this server drops every copy; one
 * made on another server shows within `ttlMs`, as the pause does. Requests that arrive while an
 * answer is being made wait for it instead of each making their own. A campaigner's request (a
 * session) is never answered from here, nor kept; nor is anything but a 200 without cookies.
 */
export function answerCache({ version, stopping = () => false, ttlMs = 2000, maxAnswers = 200 }: AnswerCacheOptions): AnswerCache {
  const answers = new Map<string, Answer>();
  const making = new Map<string, Promise<Answer | undefined>>();

  const keep = (slugOf: (c: Context) => string | undefined, variant: (c: Context) => string = () => ''): MiddlewareHandler =>
    async (c, next) => {
      const slug = c.req.method === 'GET' ? slugOf(c) : undefined;
      if (slug === undefined || hasSession(c) || stopping()) return next();

      // Unreadable (the database is away): answered as if nothing were kept, so the page or the
      // API meets the same failure and says so its own way (a 503), not this cache.
      const current = await version(slug).catch(() => undefined);
      if (current === undefined) return next();
      const key = `${variant(c)}#${c.req.url}#${current}`;
      const kept = answers.get(key);
      if (kept && Date.now() - kept.at < ttlMs) return answer(kept);

      let made = making.get(key);
      if (!made) {
        made = (async () => {
          await next();
          const res = c.res;
          if (res.status !== 200 || res.headers.has('set-cookie')) return undefined;
          const made = { at: Date.now(), body: await res.arrayBuffer(), headers: [...res.headers] };
          if (answers.size >= maxAnswers) answers.clear();
          answers.set(key, made);
          return made;
        })().finally(() => making.delete(key));
        making.set(key, made);
        const kept = await made;
        // The request that made it answers with a copy too: its own body was read into it.
        if (kept) c.res = answer(kept);
        return;
      }
      // Not kept (an error, a 404): each waiter is answered as if no copy had been asked for.
      const shared = await made.catch(() => undefined);
      return shared ? answer(shared) : next();
    };

  return {
    keep,
    forgetOnWorkspaceWrites: async (c, next) => {
      if (!isWorkspaceWrite(c.req.method, c.req.path)) return next();
      answers.clear();
      await next();
      // Again once it is done: an answer made while the write was under way may show the old state.
      answers.clear();
    },
  };
}

/** Where no cache is given: the request goes on untouched. */
export const passOn: MiddlewareHandler = (_c, next) => next();

/** A letter's public figures in the API: kept per letter, per language of Accept-Language (none given: each read afresh). */
export const keepLetterFigures = (answers: AnswerCache | undefined): MiddlewareHandler =>
  answers ? answers.keep((c) => c.req.param('slug'), (c) => preferredLocale(c.req.header('accept-language'))) : passOn;

const answer = (kept: Answer) => new Response(kept.body, { status: 200, headers: kept.headers });
