import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { Hono } from 'hono';
import { NotFoundError } from '../errors.ts';
import { publicationsDir } from './pdf-facts.ts';

/**
 * A publication's PDF, from content/publications/ where it is committed. Served here rather than
 * copied into dist/client by the build: a static file there has no Content-Disposition, and its
 * first path segment would become an asset root in server.mjs, shadowing the /publications
 * pages. The file is streamed (@hono/node-server writes the next chunk once the socket drains),
 * so a large report never sits in memory. It is a file on disk, not a read of the database, so
 * it takes no download slot. Not `immutable`: a PDF may be remade under the same name; an hour,
 * revalidated by its size and time.
 */
const pdfCache = 'public, max-age=3600';

export const publicationRoutes = (dir = publicationsDir()) =>
  new Hono().get('/publications/:file{[a-z0-9]+(?:-[a-z0-9]+)*(?:\\.cy)?\\.pdf}', async (c) => {
    const name = c.req.param('file');
    const file = path.join(dir, name);
    const facts = await stat(file).catch(() => undefined);
    if (!facts?.isFile()) throw new NotFoundError('publication');
    const etag = `"${facts.size.toString(36)}-${Math.floor(facts.mtimeMs).toString(36)}"`;
    const headers = { ETag: etag, 'Cache-Control': pdfCache, 'Last-Modified': facts.mtime.toUTCString() };
    if (c.req.header('if-none-match') === etag) return c.body(null, 304, headers);
    const download = {
      ...headers,
      'Content-Type': 'application/pdf',
      'Content-Length': String(facts.size),
      'Content-Disposition': `attachment; filename="${name}"`,
    };
    // Hono answers HEAD by dropping the GET's body unread: an opened file would stay open.
    if (c.req.method === 'HEAD') return c.body(null, 200, download);
    return c.body(Readable.toWeb(createReadStream(file)) as ReadableStream<Uint8Array>, 200, download);
  });
