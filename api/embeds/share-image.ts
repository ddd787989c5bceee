import { embedMessages } from './embed-words.ts';
import { textOutline, textWidth, wrapText } from './glyphs.ts';
import type { LetterCard } from './letter-card.ts';

/** Open Graph's and Twitter's large card: 1.91 : 1. */
export const shareImageSize = { width: 1200, height: 630 } as const;

const margin = 80;
const room = shareImageSize.width - 2 * margin;
const ink = '#0b0c0c';
const grey = '#484949';
const brand = '#00563f';

/** The card as SVG, every word as outlines (glyphs.ts), so the PNG needs no fonts on the machine. */
export function shareImageSvg(card: LetterCard): string {
  const t = embedMessages[card.locale];
  const { width, height } = shareImageSize;
  const titleSize = 60;
  const titleLines = wrapText(card.title, titleSize, room, 3, 'bold');
  const titleTop = 190;
  const lineHeight = 74;
  const recipientY = titleTop + lineHeight * (titleLines.length - 1) + 64;
  const recipient = wrapText(t.to(card.recipient), 30, room, 1)[0] ?? '';
  const name = t.siteName;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<rect width="${width}" height="16" fill="${brand}"/>`,
    `<g fill="${grey}">${textOutline(t.kicker.toUpperCase(), 28, margin, 110, 'bold')}</g>`,
    `<g fill="${ink}">${titleLines.map((line, i) => textOutline(line, titleSize, margin, titleTop + i * lineHeight, 'bold')).join('')}</g>`,
    `<g fill="${grey}">${textOutline(recipient, 30, margin, recipientY)}</g>`,
    `<rect x="0" y="${height - 130}" width="${width}" height="130" fill="#f3f2f1"/>`,
    `<g fill="${brand}">${textOutline(t.signatures(card.count), 52, margin, height - 47, 'bold')}</g>`,
    `<g fill="${ink}">${textOutline(name, 34, width - margin - textWidth(name, 34, 'bold'), height - 52, 'bold')}</g>`,
    '</svg>',
  ].join('');
}

/**
 * Images already made, by letter, language and count: a new count makes a new image, and the
 * old ones age out. The promise is kept rather than the bytes, so a burst of requests for an
 * image not made yet waits on one rendering instead of starting one each (single flight).
 *
 * Per process, and right with any number of servers: an image is a pure function of its key
 * (the count is read from the database for each request; title and recipient come from the
 * content this process was built with, so they change only with a restart), so a kept image is
 * never stale, only the count a server read a moment ago. Nothing is served that another
 * server would draw differently for the same count.
 */
const made = new Map<string, Promise<Uint8Array<ArrayBuffer>>>();
const keep = 200;

async function render(card: LetterCard): Promise<Uint8Array<ArrayBuffer>> {
  // sharp is loaded when first needed: its native library is a tenth of an idle server's memory.
  const { default: sharp } = await import('sharp');
  return new Uint8Array(await sharp(Buffer.from(shareImageSvg(card))).png({ compressionLevel: 9 }).toBuffer());
}

/** The card as a PNG. */
export function shareImage(card: LetterCard): Promise<Uint8Array<ArrayBuffer>> {
  const key = `${card.slug}\u0000${card.locale}\u0000${card.count}`;
  const cached = made.get(key);
  if (cached) return cached;
  const image = render(card);
  made.set(key, image);
  // A failed rendering is not kept: the next request tries again.
  image.catch(() => made.delete(key));
  if (made.size > keep) made.delete(made.keys().next().value!);
  return image;
}
