import { embedMessages } from './embed-words.ts';
import { textWidth } from './glyphs.ts';
import type { LetterCard } from './letter-card.ts';

/** Text put into SVG (XML) as text, never as markup: a title is campaign text, but still only text. */
export const escapeXml = (s: string) =>
  s.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[ch]!);

const size = 11;
const pad = 6;
const height = 20;

/** The badge's two halves and their widths: what it draws, and the size a page gives its <img>. */
function badgeLayout({ locale, count }: Pick<LetterCard, 'locale' | 'count'>) {
  const t = embedMessages[locale];
  const left = t.siteName;
  const right = t.signed(count);
  const leftWidth = Math.ceil(textWidth(left, size) + 2 * pad);
  const rightWidth = Math.ceil(textWidth(right, size) + 2 * pad);
  return { left, right, leftWidth, rightWidth, width: leftWidth + rightWidth };
}

/** The badge's size in CSS pixels for a count, so an <img> of it takes its room before it loads. */
export const badgeSize = (card: Pick<LetterCard, 'locale' | 'count'>) => ({ width: badgeLayout(card).width, height });

/**
 * A shields-style badge, "Llofnod | 1,234 signed": real text (so it stays sharp and
 * selectable), its halves sized from DejaVu Sans' own metrics, the font named first so that
 * the measured widths are the drawn ones wherever DejaVu is installed, and a <title> that
 * says the whole thing to a screen reader.
 */
export function badgeSvg(card: LetterCard): string {
  const t = embedMessages[card.locale];
  const { left, right, leftWidth, rightWidth, width } = badgeLayout(card);
  const title = escapeXml(t.badgeTitle(card.title, card.count));
  const text = (s: string, x: number) =>
    `<text x="${x}" y="14" fill="#010101" fill-opacity=".3">${escapeXml(s)}</text><text x="${x}" y="13">${escapeXml(s)}</text>`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${title}" lang="${card.locale}">`,
    `<title>${title}</title>`,
    `<clipPath id="round"><rect width="${width}" height="${height}" rx="3"/></clipPath>`,
    `<g clip-path="url(#round)"><rect width="${leftWidth}" height="${height}" fill="#0b0c0c"/>`,
    `<rect x="${leftWidth}" width="${rightWidth}" height="${height}" fill="#00563f"/></g>`,
    `<g fill="#ffffff" font-family="DejaVu Sans,Verdana,Geneva,sans-serif" font-size="${size}">`,
    text(left, pad),
    text(right, leftWidth + pad),
    '</g></svg>',
  ].join('');
}
