import type { APIRoute } from 'astro';
import { badgeSvg } from '../../../../../api/embeds/badge.ts';
import { cardOfRequest, imageResponse } from '../../../../lib/embed-response.ts';

/** The letter's badge, "Llofnod | 1,234 signed", for a partner's page to show as an image. */
export const GET: APIRoute = async (context) => {
  const card = await cardOfRequest(context);
  if (!card) return context.rewrite('/404');
  return imageResponse(context.request, badgeSvg(card), 'image/svg+xml; charset=utf-8');
};
