import type { Logger } from 'pino';

/**
 * What the built site hands to the process that owns the socket (server.mjs). The runtime (the
 * database, the group-commit queues, the mail sender) lives inside Astro's bundle, and only one
 * may exist per process: server.mjs imports the bundle and takes the API from here rather than
 * starting a second copy. A registered symbol, because the bundle is not a module server.mjs can name.
 */
export type Handoff = {
  /** The JSON API under /api, as Hono answers it. */
  api: (request: Request) => Response | Promise<Response>;
  host: string;
  port: number;
  /** The process's logger (api/log/logger.ts), for the lines server.mjs writes itself. */
  log: Logger;
};

const key = Symbol.for('llofnod.handoff');
type Holder = { [key]?: Handoff };

export function handOff(handoff: Handoff): void {
  (globalThis as Holder)[key] = handoff;
}
