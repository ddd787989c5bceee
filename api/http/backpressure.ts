import { AsyncLocalStorage } from 'node:async_hooks';
import diagnostics from 'node:diagnostics_channel';
import type { ServerResponse } from 'node:http';

/**
 * Astro's Node adapter writes every answer of this server, the API's too, and it writes a
 * streamed body as fast as the stream gives it, never waiting for the socket to drain: a
 * million-row CSV to a slow reader would pile up in memory. So a stream asks here before making
 * its next chunk: Node announces each request's response on a diagnostics channel before the
 * adapter sees it, and the response is kept for the rest of that request's work.
 */
const responses = new AsyncLocalStorage<ServerResponse>();
diagnostics.subscribe('http.server.request.start', (message) => responses.enterWith((message as { response: ServerResponse }).response));

/**
 * For a stream made while answering a request: resolves at once while the socket takes more,
 * else when it has drained (or closed). Outside a Node server (the tests' `app.request`), at once.
 */
export function socketReady(): () => Promise<void> {
  const response = responses.getStore();
  return async () => {
    if (!response?.writableNeedDrain) return;
    await new Promise<void>((resolve) => {
      const done = () => {
        response.off('drain', done);
        response.off('close', done);
        resolve();
      };
      response.on('drain', done);
      response.on('close', done);
    });
  };
}
