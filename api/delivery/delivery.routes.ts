import { Hono } from 'hono';
import type { Deps } from '../deps.ts';
import { numericId, pdfDownloadHeaders } from '../http/download.ts';
import { findLetter } from '../letters/letter.service.ts';
import { packQuerySchema } from './delivery.schema.ts';
import { replyPdf } from './delivery.service.ts';
import { deliveryPackPdf } from './pack.pdf.ts';
import { deliveryPack } from './pack.service.ts';
import { publicPackPdf } from './public-pack.service.ts';

/**
 * The delivery pack as a PDF, for campaigners (under /api/admin, behind the session gate): it
 * holds letters meant for the recipient only; and the public pack, for anyone. `?lang=cy`
 * makes the Welsh one.
 */
export const deliveryRoutes = (deps: Deps) =>
  new Hono()
    // The reply is published whole: its PDF too, as a download with the site's strict headers.
    .get('/letters/:slug/replies/:id/reply.pdf', async (c) => {
      const id = numericId(c.req.param('id'));
      const bytes = await replyPdf(deps, c.req.param('slug'), id);
      return c.body(new Uint8Array(bytes), 200, pdfDownloadHeaders(`${c.req.param('slug')}-reply-${id}.pdf`, 'public, max-age=300'));
    })
    // The pack as anyone may read it (the media page's download): only what is published.
    .get('/letters/:slug/pack.pdf', async (c) => {
      const { lang } = packQuerySchema.parse(c.req.query());
      const bytes = await publicPackPdf(deps, c.req.param('slug'), lang);
      return c.body(new Uint8Array(bytes), 200, pdfDownloadHeaders(`${c.req.param('slug')}-pack-${lang}.pdf`, 'public, max-age=60'));
    })
    .get('/admin/letters/:slug/pack.pdf', async (c) => {
    const letter = findLetter(deps, c.req.param('slug'));
    const { lang } = packQuerySchema.parse(c.req.query());
    const bytes = await deliveryPackPdf(await deliveryPack(deps, letter.slug, lang));
    const day = deps.clock().toISOString().slice(0, 10);
    return c.body(new Uint8Array(bytes), 200, pdfDownloadHeaders(`${letter.slug}-delivery-pack-${lang}-${day}.pdf`, 'private, no-store'));
  });
