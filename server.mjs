/**
 * The production server (`npm start` becomes it; the tests and the bench spawn it): the process
 * that owns the socket. Astro's own standalone server looks every request up on disk and turns
 * it into a web Request before Hono sees it, and writes answers without waiting for the socket
 * to drain; that cost a signature more than the signing did. So here the API goes straight to
 * Hono on @hono/node-server, as the bare Hono bench server does; built assets are read from
 * dist/client; every other path is a page, rendered by Astro's handler.
 *
 * Plain JavaScript (checked by tsc through its JSDoc): a .ts entry would make Node load its
 * type stripper, 18 MB of memory for the life of the server. Run it with `serverFlags`
 * (scripts/lib/build.ts), as `npm start` does.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { getRequestListener } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';

const built = path.join(import.meta.dirname, 'dist');

// Importing it starts the runtime (site/fetch.ts), which stops the process on a bad variable.
/** @type {{ handler: (req: http.IncomingMessage, res: http.ServerResponse) => Promise<void> }} */
const bundle = await import(path.join(built, 'server/entry.mjs'));
const pages = bundle.handler;

/** See site/handoff.ts: the runtime inside the bundle hands its API over under this symbol. */
const site = /** @type {import('./site/handoff.ts').Handoff | undefined} */ (/** @type {any} */ (globalThis)[Symbol.for('llofnod.handoff')]);
if (!site) throw new Error('the built site did not hand over its API: is dist/ from this version? (npm run build)');

const api = getRequestListener(site.api);

// Assets are content-hashed and never change once built: the names at start are all there will be.
const clientDir = path.join(built, 'client');
const assetRoots = new Set(fs.readdirSync(clientDir));
const assets = getRequestListener(
  new Hono()
    .use(
      serveStatic({
        root: path.relative(process.cwd(), clientDir),
        onFound: (file, c) => {
          if (file.includes(`${path.sep}_astro${path.sep}`)) c.header('Cache-Control', 'public, max-age=31536000, immutable');
        },
      }),
    )
    .notFound((c) => c.text('Not found', 404)).fetch,
);

/** @param {string} url */
const firstSegment = (url) => url.slice(1).split(/[/?#]/, 1)[0] ?? '';

const server = http.createServer((req, res) => {
  const url = req.url ?? '/';
  if (url.startsWith('/api/')) return void api(req, res);
  if (assetRoots.has(firstSegment(url))) return void assets(req, res);
  try {
    decodeURI(url);
  } catch {
    res.writeHead(400).end('Bad request.');
    return;
  }
  void pages(req, res);
});
server.listen(site.port, site.host, () => site.log.info(`Llofnod: http://${site.host}:${site.port}  (Ctrl-C to stop)`));
