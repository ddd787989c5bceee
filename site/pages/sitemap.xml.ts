import type { APIRoute } from 'astro';
import { publicPages, sitemapResponse } from '../lib/sitemap.ts';

/** `/sitemap.xml`: every public page in English and Welsh (site/lib/sitemap.ts). */
export const GET: APIRoute = async ({ locals }) => {
  const { deps, config } = locals.runtime;
  return sitemapResponse(config.publicOrigin, await publicPages(deps));
};
