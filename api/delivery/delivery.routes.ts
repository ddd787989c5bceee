import { Hono } from 'hono';
import type { Deps } from '../deps.ts';
import { findLetter } from '../letters/letter.service.ts';
import { deliveryPackPdf } from './pack.pdf.ts';
import { deliveryPack } from './pack.service.ts';

/**
 * The delivery pack as a PDF, for campaigners (mounted under /api/admin, behind the session
 * gate): it holds letters meant for the recipient only. `?lang=cy` makes the Welsh pack.
 */
export const deliveryRoutes = (deps: Deps) =>
  new Hono().get('/admin/letters/:slug/pack.pdf', async (c) => {
    const letter = findLetter(deps, c.req.param('slug'));
    const lang = c.req.query('lang') === 'cy' ? 'cy' : 'en';
    const bytes = await deliveryPackPdf(await deliveryPack(deps, letter.slug, lang));
    const day = deps.clock().toISOString().slice(0, 10);
    return c.body(new Uint8Array(bytes), 200, {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `attachment; filename="${letter.slug}-delivery-pack-${lang}-${day}.pdf"`,
      'Cache-Control': 'private, no-store',
    });
  });
