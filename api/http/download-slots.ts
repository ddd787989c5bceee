import type { MiddlewareHandler } from 'hono';
import { DownloadsBusyError } from '../errors.ts';

/**
 * At most `slots` whole-list downloads streaming at once in this process; one more is answered
 * `503 downloads_busy` with Retry-After at once, rather than queueing for the readers (where it
 * would hold its client waiting, and on PostgreSQL end in the pool's timeout). A slot is held
 * until the body has been sent or the client has gone, not merely until the handler returns.
 */
export function downloadSlots(slots: number): MiddlewareHandler {
  let streaming = 0;
  return async (c, next) => {
    // Hono answers HEAD by dropping the GET's body unread and uncancelled: a slot taken would never come back.
    if (c.req.method === 'HEAD') return next();
    if (streaming >= slots) throw new DownloadsBusyError();
    streaming++;
    let held = true;
    const release = () => {
      if (held) streaming--;
      held = false;
    };
    try {
      await next();
    } catch (error) {
      release();
      throw error;
    }
    const body = c.res.body;
    if (!body) return release();
    const source = body.getReader();
    c.res = new Response(
      new ReadableStream<Uint8Array>({
        async pull(controller) {
          try {
            const { value, done } = await source.read();
            if (done) {
              release();
              controller.close();
            } else controller.enqueue(value);
          } catch (error) {
            release();
            controller.error(error);
          }
        },
        cancel(reason) {
          release();
          return source.cancel(reason);
        },
      }),
      c.res,
    );
  };
}
