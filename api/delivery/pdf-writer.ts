import { PDFDocument, type PDFFont, type PDFPage, rgb } from 'pdf-lib';
import { dejavuSans } from '../fonts/dejavu.ts';

/**
 * A small typesetter for the server's PDFs: A4 pages, running text that wraps and breaks onto
 * new pages, and a footer on every page once the page count is known. DejaVu Sans is embedded
 * (subset), so Welsh (ŵ, ŷ, â …) and any name a signer typed print as typed; the standard PDF
 * fonts cannot encode them.
 */
const pageSize: [number, number] = [595.28, 841.89];
const margin = 56;
const bottom = margin + 24;
const width = pageSize[0] - 2 * margin;
const ink = rgb(0.04, 0.05, 0.05);
const grey = rgb(0.31, 0.33, 0.35);

type Style = { size: number; bold?: boolean; grey?: boolean; indent?: number; before?: number; after?: number };

export type PdfWriter = {
  text(text: string, style: Style): void;
  /** Starts the next block on a new page unless the page is still empty. */
  newPage(): void;
  finish(footer: (page: number, pages: number) => string, title: string, lang: string): Promise<Uint8Array>;
};

export async function pdfWriter(): Promise<PdfWriter> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  // Loaded when a PDF is first made (fontkit is a fifth of an idle server's memory): see glyphs.ts.
  doc.registerFontkit((await import('@pdf-lib/fontkit')).default);
  const files = dejavuSans();
  const fonts: Record<'regular' | 'bold', PDFFont> = {
    regular: await doc.embedFont(files.regular, { subset: true }),
    bold: await doc.embedFont(files.bold, { subset: true }),
  };
  let page: PDFPage = doc.addPage(pageSize);
  let y = pageSize[1] - margin;
  let empty = true;

  const lineBreak = (style: Style) => {
    const height = style.size * 1.4;
    if (y - height < bottom) {
      page = doc.addPage(pageSize);
      y = pageSize[1] - margin;
    }
    y -= height;
    return y;
  };

  /**
   * Words onto lines no wider than the column; a word wider than the column is cut by
   * characters. Measuring a string shapes it with fontkit, which is slow, so each word is
   * measured once per font and size and a line's width is the sum of its words and spaces:
   * a pack with ten thousand names would otherwise take seconds.
   */
  const widths = new Map<string, number>();
  const widthOf = (s: string, font: PDFFont, size: number) => {
    const key = `${font === fonts.bold ? 'b' : 'r'}${size}:${s}`;
    let w = widths.get(key);
    if (w === undefined) {
      w = font.widthOfTextAtSize(s, size);
      widths.set(key, w);
    }
    return w;
  };
  function wrap(text: string, font: PDFFont, size: number, room: number): string[] {
    const space = widthOf(' ', font, size);
    const lines: string[] = [];
    let line = '';
    let lineWidth = 0;
    for (const word of text.split(/\s+/).filter(Boolean)) {
      const w = widthOf(word, font, size);
      if (line && lineWidth + space + w <= room) {
        line = `${line} ${word}`;
        lineWidth += space + w;
        continue;
      }
      if (line) lines.push(line);
      let rest = word;
      while (widthOf(rest, font, size) > room) {
        let cut = rest.length - 1;
        while (cut > 1 && font.widthOfTextAtSize(rest.slice(0, cut), size) > room) cut -= 1;
        lines.push(rest.slice(0, cut));
        rest = rest.slice(cut);
      }
      line = rest;
      lineWidth = widthOf(rest, font, size);
    }
    if (line) lines.push(line);
    return lines;
  }

  return {
    text(text, style) {
      const font = style.bold ? fonts.bold : fonts.regular;
      const indent = style.indent ?? 0;
      if (!empty) y -= style.before ?? 0;
      for (const paragraphLine of text.split('\n')) {
        for (const line of wrap(paragraphLine, font, style.size, width - indent)) {
          // The line's place first: it may start a new page, which the line must then go on.
          const at = lineBreak(style);
          page.drawText(line, { x: margin + indent, y: at, size: style.size, font, color: style.grey ? grey : ink });
        }
      }
      y -= style.after ?? 0;
      empty = false;
    },
    newPage() {
      if (empty) return;
      page = doc.addPage(pageSize);
      y = pageSize[1] - margin;
      empty = true;
    },
    async finish(footer, title, lang) {
      const pages = doc.getPages();
      pages.forEach((p, i) => {
        const words = footer(i + 1, pages.length);
        const size = 9;
        p.drawText(words, { x: pageSize[0] - margin - fonts.regular.widthOfTextAtSize(words, size), y: margin - 8, size, font: fonts.regular, color: grey });
      });
      doc.setTitle(title);
      doc.setLanguage(lang);
      doc.setProducer('Llofnod');
      return doc.save();
    },
  };
}
