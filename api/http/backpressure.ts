import { AsyncLocalStorage } from 'node:async_hooks';
import diagnostics from 'node:diagnostics_channel';
import type { ServerResponse } from 'node:http';

/**
 * In production the API's answers are written by @hono/node-server, which waits for the socket
 * to drain; under `astro dev` Astro's adapter writes them as fast as the stream gives them, and
 * a million-row CSV to a slow reader would pile up in memory. So a stream asks here before making
 * its next chunk, whoever writes it: Node announces each request's response on a diagnostics
 * channel before any handler sees it, and the response is kept for the rest of that request's work.
 */
const responses = new AsyncLocalStorage<ServerResponse>();
diagnostics.subscribe('http.server.request.start', (message) => responses.enterWith((message as { response: ServerResponse }).response));

/**
 * For a stream made while answering a request: resolves once the socket takes more (when it
 * has drained, or closed), and never before the event loop has had a turn. Reads on SQLite
 * never wait for I/O, so without that turn a fast client's million-row download would be
 * made in one go, every other request (a signature) waiting seconds for it to end.
 * Outside a Node server (the tests' `app.request`) only the turn.
 */
export function socketReady(): () => Promise<void> {
  const response = responses.getStore();
  return async () => {
    await new Promise<void>((resolve) => setImmediate(resolve));
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
