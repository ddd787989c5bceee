import { createRequire } from 'node:module';
import type Fontkit from '@pdf-lib/fontkit';
import { dejavuSans } from '../fonts/dejavu.ts';

/**
 * DejaVu Sans for the images the server draws. Text becomes outlines, so an image looks the same
 * on any machine, whatever fonts it has, and Welsh (ŵ, ŷ, â …) and any title draw as written.
 */
export type Weight = 'regular' | 'bold';
type Font = ReturnType<typeof Fontkit.create>;

/**
 * Loaded on first use, not at start: fontkit and the two parsed faces are a fifth of an idle
 * server's memory, and many servers never draw a badge. Synchronously, so measuring stays a
 * plain function (fontkit is CommonJS, so require can load it).
 */
let fonts: Record<Weight, Font> | undefined;
function fontFor(weight: Weight): Font {
  if (!fonts) {
    const fontkit = createRequire(import.meta.url)('@pdf-lib/fontkit') as typeof Fontkit;
    const files = dejavuSans();
    fonts = { regular: fontkit.create(files.regular), bold: fontkit.create(files.bold) };
  }
  return fonts[weight];
}

/** How wide a string is at a size (px), with the font's own advances and kerning. */
export function textWidth(text: string, size: number, weight: Weight = 'regular'): number {
  const font = fontFor(weight);
  return (font.layout(text).advanceWidth * size) / font.unitsPerEm;
}

/**
 * One line of text as SVG outlines, its baseline starting at (x, y): a path per glyph in the
 * font's own units, placed by one transform (font units run upwards, SVG's y runs down).
 */
export function textOutline(text: string, size: number, x: number, y: number, weight: Weight = 'regular'): string {
  const font = fontFor(weight);
  const scale = size / font.unitsPerEm;
  const run = font.layout(text);
  let pen = 0;
  const glyphs = run.glyphs.map((glyph, i) => {
    const position = run.positions[i]!;
    const at = `${pen + position.xOffset} ${position.yOffset}`;
    pen += position.xAdvance;
    const d = glyph.path.toSVG();
    return d ? `<path transform="translate(${at})" d="${d}"/>` : '';
  });
  return `<g transform="matrix(${scale} 0 0 ${-scale} ${x} ${y})">${glyphs.join('')}</g>`;
}

/** Words onto at most `maxLines` lines no wider than `room`; the last line ends in "…" when the text goes on. */
export function wrapText(text: string, size: number, room: number, maxLines: number, weight: Weight = 'regular'): string[] {
  const lines: string[] = [];
  let line = '';
  const words = text.split(/\s+/).filter(Boolean);
  for (const [i, word] of words.entries()) {
    const candidate = line ? `${line} ${word}` : word;
    if (!line || textWidth(candidate, size, weight) <= room) {
      line = candidate;
      continue;
    }
    lines.push(line);
    line = word;
    if (lines.length === maxLines) {
      line = '';
      lines[maxLines - 1] = ellipsis(`${lines[maxLines - 1]} ${words.slice(i).join(' ')}`, size, room, weight);
      break;
    }
  }
  if (line) lines.push(line);
  return lines.map((l) => (textWidth(l, size, weight) > room ? ellipsis(l, size, room, weight) : l));
}

/** The longest start of `text` that fits in `room` with "…" after it. */
function ellipsis(text: string, size: number, room: number, weight: Weight): string {
  let cut = text.length;
  while (cut > 1 && textWidth(`${text.slice(0, cut).trimEnd()}…`, size, weight) > room) cut -= 1;
  return `${text.slice(0, cut).trimEnd()}…`;
}
