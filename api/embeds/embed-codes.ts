import { escapeXml } from './badge.ts';
import { embedMessages } from './embed-words.ts';
import type { Locale } from '../i18n/locale.ts';
import { localePath } from '../i18n/locale.ts';

/** The widget's size when the embedding site sets no limit: room for a two-line title, the count and the link. */
export const widgetSize = { width: 400, height: 240 } as const;

/** A letter's public addresses in a language, always on PUBLIC_ORIGIN. */
export function letterAddresses(publicOrigin: string, slug: string, locale: Locale) {
  const at = (path: string) => new URL(localePath(locale, `/letters/${encodeURIComponent(slug)}${path}`), publicOrigin).href;
  return { letter: at(''), widget: at('/embed'), badge: at('/badge.svg'), shareImage: at('/share.png') };
}

/**
 * The HTML a partner pastes into its site (and the oEmbed answer's `html`): the widget as an
 * iframe, titled for screen readers; the badge as an image linked to the letter, its alt
 * without the count (the pasted text stays while the count moves). Only our addresses and the
 * letter's title go in, escaped.
 */
export function embedCodes(
  publicOrigin: string,
  letter: { slug: string; title: string },
  locale: Locale,
  size: { width: number; height: number } = widgetSize,
) {
  const t = embedMessages[locale];
  const at = letterAddresses(publicOrigin, letter.slug, locale);
  const iframe =
    `<iframe src="${escapeXml(at.widget)}" width="${size.width}" height="${size.height}" ` +
    `title="${escapeXml(t.widgetTitle(letter.title))}" style="border:0" loading="lazy"></iframe>`;
  const badge =
    `<a href="${escapeXml(at.letter)}"><img src="${escapeXml(at.badge)}" ` +
    `alt="${escapeXml(t.badgeAlt(letter.title))}" height="20"></a>`;
  return { iframe, badge };
}
