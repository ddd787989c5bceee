import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export type PdfLine = { text: string; x: number; y: number; width: number };

/** Each page's runs of text with where they sit, as a reader's text layer sees them. */
export async function pdfLines(bytes: Uint8Array): Promise<PdfLine[][]> {
  const task = getDocument({ data: new Uint8Array(bytes), useSystemFonts: false });
  const pdf = await task.promise;
  const pages: PdfLine[][] = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    const content = await (await pdf.getPage(i)).getTextContent();
    pages.push(
      content.items.flatMap((item) =>
        'str' in item && item.str.trim() ? [{ text: item.str, x: item.transform[4] as number, y: item.transform[5] as number, width: item.width }] : [],
      ),
    );
  }
  await task.destroy();
  return pages;
}

/** The words on each page of a PDF: how a test reads a PDF back. */
export const pdfPages = async (bytes: Uint8Array): Promise<string[]> =>
  (await pdfLines(bytes)).map((lines) => lines.map((l) => l.text).join(' ').replace(/\s+/g, ' '));

/** Runs of text printed over one another on a page (the same line height, overlapping across). */
export const overprinted = (lines: PdfLine[]): string[] =>
  lines.flatMap((a, i) =>
    lines.slice(i + 1).filter((b) => Math.abs(a.y - b.y) < 2 && a.x < b.x + b.width && b.x < a.x + a.width).map((b) => `${a.text} / ${b.text}`),
  );
