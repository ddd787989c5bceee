import type { APIRoute } from 'astro';
import { shareImage } from '../../../../../api/embeds/share-image.ts';
import { cardOfRequest, imageResponse } from '../../../../lib/embed-response.ts';

/** The letter's Open Graph / Twitter card image, 1200 × 630, in the address's language, with the live count. */
export const GET: APIRoute = async (context) => {
  const card = await cardOfRequest(context);
  if (!card) return context.rewrite('/404');
  return imageResponse(context.request, await shareImage(card), 'image/png');
};
