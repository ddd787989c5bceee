import { randomUUID } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type { Logger } from 'pino';
import { log as processLog } from './logger.ts';
import { loggedPath } from './redact.ts';

declare module 'hono' {
  interface ContextVariableMap {
    /** This request's id, in its log line and its X-Request-Id answer header. */
    requestId: string;
  }
}

export const requestIdHeader = 'X-Request-Id';

/**
 * One line per request: its id, method, path (secrets and addresses taken out, no query),
 * status and the milliseconds until the answer began (a download streams on after that). The
 * id is made here, never taken from the request: a client could otherwise write into another
 * request's lines. Nothing of who asked (address, cookies, headers) is logged.
 */
export function requestLog(log: Logger = processLog): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now();
    const id = randomUUID();
    c.set('requestId', id);
    await next();
    c.header(requestIdHeader, id);
    const { status } = c.res;
    const line = { reqId: id, method: c.req.method, path: loggedPath(c.req.path), status, ms: Math.round((performance.now() - started) * 10) / 10 };
    if (status >= 500) log.error(line, 'request');
    else log.info(line, 'request');
  };
}
