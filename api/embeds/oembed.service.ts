import type { Deps } from '../deps.ts';
import { InvalidInputError, NotFoundError, NotImplementedError } from '../errors.ts';
import { fieldProblems } from '../i18n/validation/problems.ts';
import { type Locale, localePath } from '../i18n/locale.ts';
import { embedCodes, letterAddresses, widgetSize } from './embed-codes.ts';
import { embedMessages } from './embed-words.ts';
import { letterCard } from './letter-card.ts';
import { type Oembed, oembedQuerySchema } from './oembed.schema.ts';
import { shareImageSize } from './share-image.ts';

/** A letter's page (or its media page) in either language, with or without a trailing slash. */
const letterPath = /^(\/cy)?\/letters\/([^/]+)(?:\/media)?\/?$/;

/** The letter and language a URL shows, if it is a letter page of this site; else undefined. */
export function letterOfUrl(url: string, publicOrigin: string): { slug: string; locale: Locale } | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  const match = parsed.origin === publicOrigin ? letterPath.exec(parsed.pathname) : null;
  if (!match) return undefined;
  try {
    return { slug: decodeURIComponent(match[2]!), locale: match[1] ? 'cy' : 'en' };
  } catch {
    return undefined;
  }
}

/**
 * oEmbed for a letter page: its widget as a "rich" iframe, in the page's language, no larger
 * than the consumer allows. The share image is the thumbnail only when it fits those limits,
 * as the spec requires of a thumbnail.
 */
export async function oembedFor(deps: Pick<Deps, 'db' | 'letters' | 'clock'>, publicOrigin: string, query: unknown): Promise<Oembed> {
  const parsed = oembedQuerySchema.safeParse(query);
  if (!parsed.success) throw new InvalidInputError(fieldProblems(parsed.error));
  const { url, maxwidth = Infinity, maxheight = Infinity, format } = parsed.data;
  if (format !== 'json') throw new NotImplementedError();
  const target = letterOfUrl(url, publicOrigin);
  if (!target) throw new NotFoundError('letter');
  const card = await letterCard(deps, target.slug, target.locale);
  const size = { width: Math.min(widgetSize.width, maxwidth), height: Math.min(widgetSize.height, maxheight) };
  const thumbnailFits = shareImageSize.width <= maxwidth && shareImageSize.height <= maxheight;
  return {
    version: '1.0',
    type: 'rich',
    provider_name: embedMessages[target.locale].siteName,
    provider_url: new URL(localePath(target.locale, '/'), publicOrigin).href,
    title: card.title,
    html: embedCodes(publicOrigin, card, target.locale, size).iframe,
    ...size,
    ...(thumbnailFits && {
      thumbnail_url: letterAddresses(publicOrigin, card.slug, target.locale).shareImage,
      thumbnail_width: shareImageSize.width,
      thumbnail_height: shareImageSize.height,
    }),
  };
}
