import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';
import type { PdfFacts } from './publication.schema.ts';

/** Where the publications and their PDFs live, from the project's root (the build's and the server's working directory). */
export const publicationsDir = (root = process.cwd()) => path.join(root, 'content', 'publications');

/** A PDF that is missing or cannot be read: the build stops with this message. */
export class PdfFactsError extends Error {}

/**
 * The facts a download link shows, read from the file itself: its size in bytes, its page count
 * and the language its catalogue declares (/Lang), so nobody types them and none goes stale
 * when the PDF is remade.
 */
export async function readPdfFacts(file: string): Promise<PdfFacts> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch {
    throw new PdfFactsError(`the PDF ${file} is missing: add it, or make it with \`npm run publication:pdf -- <slug>\``);
  }
  let doc: PDFDocument;
  try {
    doc = await PDFDocument.load(bytes, { updateMetadata: false, throwOnInvalidObject: true });
  } catch (error) {
    throw new PdfFactsError(`the PDF ${file} cannot be read (${error instanceof Error ? error.message : String(error)})`);
  }
  const lang = doc.catalog.get(PDFName.of('Lang'));
  return {
    file: path.basename(file),
    bytes: bytes.byteLength,
    pages: doc.getPageCount(),
    lang: lang instanceof PDFString || lang instanceof PDFHexString ? lang.decodeText() : undefined,
  };
}
