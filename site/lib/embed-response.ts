import { createHash } from 'node:crypto';
import type { APIContext } from 'astro';
import { type LetterCard, letterCard } from '../../api/embeds/letter-card.ts';

/**
 * The letter a badge or share image shows, in the address's language; undefined for a slug
 * no letter has (the endpoint then answers with the 404 page).
 */
export async function cardOfRequest(context: APIContext): Promise<LetterCard | undefined> {
  const slug = context.params.slug ?? '';
  const { deps } = context.locals.runtime;
  return deps.letters.get(slug) && letterCard(deps, slug, context.locals.lang);
}

/**
 * An image answer that caches briefly (the count moves) and revalidates by ETag: a crawler or a
 * partner's page asking again gets `304` with no body while the count is the same.
 */
export function imageResponse(request: Request, body: Uint8Array<ArrayBuffer> | string, type: string): Response {
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
  const headers = { 'Content-Type': type, 'Cache-Control': 'public, max-age=300', ETag: etag };
  if (request.headers.get('if-none-match')?.split(/\s*,\s*/).includes(etag)) return new Response(null, { status: 304, headers });
  return new Response(body, { headers });
}
