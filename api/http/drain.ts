import diagnostics from 'node:diagnostics_channel';
import type { Server, ServerResponse } from 'node:http';

/**
 * The requests this process is answering, seen from Node's HTTP server itself (its
 * `http.server.request.start` channel): the adapter that owns the server does not hand it
 * out, and a response is only answered once its last byte is written, which a middleware
 * cannot see for a streamed body.
 */
export type Requests = {
  /** True from the start of `drain()`: requests arriving now are refused (site/fetch.ts). */
  readonly draining: boolean;
  /**
   * Stops accepting connections, closes the idle ones, asks every connection to close after
   * its answer, and waits until the requests in flight are answered or `ms` have passed.
   * Resolves with how many were still unanswered.
   */
  drain(ms: number): Promise<number>;
};

export function trackRequests(): Requests {
  const servers = new Set<Server>();
  const open = new Set<ServerResponse>();
  let draining = false;
  let allAnswered: (() => void) | undefined;
  diagnostics.subscribe('http.server.request.start', (message) => {
    const { server, response } = message as { server: Server; response: ServerResponse };
    servers.add(server);
    open.add(response);
    if (draining) response.shouldKeepAlive = false;
    // 'close' comes after the last byte is handed to the socket, or when the client went away.
    response.once('close', () => {
      open.delete(response);
      if (open.size === 0) allAnswered?.();
    });
  });
  return {
    get draining() {
      return draining;
    },
    async drain(ms) {
      draining = true;
      // Node closes idle keep-alive connections with the server; busy ones close after their answer.
      for (const server of servers) server.close();
      for (const response of open) if (!response.headersSent) response.shouldKeepAlive = false;
      if (open.size > 0) {
        await new Promise<void>((resolve) => {
          allAnswered = resolve;
          setTimeout(resolve, ms).unref();
        });
      }
      return open.size;
    },
  };
}
