import type { APIRoute } from 'astro';
import { publicCacheControl } from '../../api/http/cache.ts';

/**
 * Made by the server, not a file, because the sitemap's address is absolute (`PUBLIC_ORIGIN`).
 * Mailed-link pages also say `noindex`; this keeps crawlers from following them at all.
 */
const unlisted = ['/admin/', '/api/admin/', '/confirm/', '/withdraw/', '/unsubscribe/', '/support/confirm/', '/comments/'];

export const GET: APIRoute = ({ locals }) => {
  const disallow = unlisted.flatMap((p) => (p.startsWith('/api/') ? [p] : [p, `/cy${p}`]));
  const body = ['User-agent: *', ...disallow.map((p) => `Disallow: ${p}`), '', `Sitemap: ${new URL('/sitemap.xml', locals.runtime.config.publicOrigin).href}`, ''].join('\n');
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': publicCacheControl } });
};
